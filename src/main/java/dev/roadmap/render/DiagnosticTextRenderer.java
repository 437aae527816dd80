package dev.roadmap.render;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.diag.SourceLines;
import java.util.List;

/**
 * Diagnostics as a person reads them: a head line {@code file:line:col: severity: message [RMnnn]},
 * the source line with a caret underline, and a help line; then a summary line.
 */
public final class DiagnosticTextRenderer {
  /** Longest source line shown whole in a snippet; longer ones are shown around the finding. */
  static final int MAX_SNIPPET = 160;

  private DiagnosticTextRenderer() {}

  /** Renders every finding of every report, then the summary. */
  public static String render(List<FileReport> reports, Style style) {
    return render(reports, style, 0);
  }

  /**
   * Renders every finding of every report, then the summary, which counts the {@code notRead} files
   * that could not be read.
   */
  public static String render(List<FileReport> reports, Style style, int notRead) {
    StringBuilder out = new StringBuilder();
    for (FileReport r : reports) {
      if (r.diagnostics().isEmpty()) {
        continue; // no excerpt to show: the lines are not needed
      }
      SourceLines lines = SourceLines.of(r.source());
      for (Diagnostic d : r.diagnostics()) {
        appendDiagnostic(out, d, lines, style);
      }
    }
    out.append(Findings.summary(reports, style, notRead)).append('\n');
    return out.toString();
  }

  static void appendDiagnostic(StringBuilder out, Diagnostic d, SourceLines lines, Style style) {
    var s = d.span();
    out.append(style.bold(Findings.where(s) + ":"))
        .append(' ')
        .append(severity(d.severity(), style))
        .append(' ')
        .append(style.bold(Printable.of(d.message())))
        .append(' ')
        .append(style.dim("[" + d.code().id() + "]"))
        .append('\n');
    String gutter = " ".repeat(Integer.toString(Math.max(1, s.line())).length() + 1);
    int length = s.isKnown() ? lines.length(s.line()) : -1;
    if (length >= 0) {
      String line;
      var span = s;
      if (length <= MAX_SNIPPET) {
        line = Printable.masked(lines.line(s.line()));
      } else {
        // Show a window of a very long line around the finding, marked with "...": only the
        // window is copied, so many findings on one long line cost their windows, not the line.
        int from = Math.max(0, Math.min(s.column() - 1 - MAX_SNIPPET / 3, length));
        int to = Math.min(length, from + MAX_SNIPPET);
        String shown =
            (from > 0 ? "..." : "")
                + Printable.masked(lines.part(s.line(), from, to))
                + (to < length ? "..." : "");
        int shift = from - (from > 0 ? 3 : 0);
        int endLine = s.endLine() == s.line() ? s.line() : s.line();
        int endColumn = s.endLine() == s.line() ? s.endColumn() : length + 1;
        span =
            new dev.roadmap.model.Span(
                s.file(),
                s.line(),
                s.column() - shift,
                endLine,
                Math.min(endColumn - shift, shown.length() + 1));
        line = shown;
      }
      out.append(style.blue(gutter + "|")).append('\n');
      out.append(style.blue(s.line() + " |")).append(line.isEmpty() ? "" : " " + line).append('\n');
      out.append(style.blue(gutter + "|"))
          .append(' ')
          .append(underline(line, span, d.severity(), style))
          .append('\n');
    }
    if (d.hint() != null) {
      out.append(style.blue(gutter + "="))
          .append(' ')
          .append(style.bold("help:"))
          .append(' ')
          .append(Printable.of(d.hint()))
          .append('\n');
    }
    out.append('\n');
  }

  private static String underline(
      String line, dev.roadmap.model.Span s, Severity sev, Style style) {
    int start = Math.min(Math.max(0, s.column() - 1), line.length());
    int end = s.endLine() == s.line() ? s.endColumn() - 1 : line.length();
    end = Math.min(Math.max(end, start + 1), Math.max(line.length(), start + 1));
    StringBuilder pad = new StringBuilder();
    for (int i = 0; i < start; i++) {
      pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    String marks = "^" + "~".repeat(Math.max(0, end - start - 1));
    return pad + colour(sev, marks, style);
  }

  private static String severity(Severity sev, Style style) {
    return colour(sev, sev.label() + ":", style);
  }

  private static String colour(Severity sev, String text, Style style) {
    return switch (sev) {
      case ERROR -> style.red(text);
      case WARNING -> style.yellow(text);
      case INFO -> style.cyan(text);
    };
  }

  /** The head line of a finding, plain: {@code file:line:col: severity: message [RMnnn]}. */
  public static String head(Diagnostic d) {
    return Findings.where(d.span())
        + ": "
        + severity(d.severity(), Style.PLAIN)
        + " "
        + Printable.of(d.message())
        + " ["
        + d.code().id()
        + "]";
  }

  /** "checked 3 files: 2 errors, 1 warning" or "checked 1 file: no problems found". */
  public static String summary(List<FileReport> reports, Style style) {
    return Findings.summary(reports, style);
  }

  /** As {@link #summary(List, Style)}, with the count of files that could not be read. */
  public static String summary(List<FileReport> reports, Style style, int notRead) {
    return Findings.summary(reports, style, notRead);
  }
}
