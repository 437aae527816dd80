package dev.roadmap.render;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.model.Span;
import java.util.List;

/** How the reports of findings name a place, write a finding on one line and count findings. */
final class Findings {
  private Findings() {}

  /**
   * The field {@code findings} of a view's JSON: the roadmap's findings, each as {@code validate
   * --format json} writes it, so that a view of a roadmap with findings is still valid JSON on
   * standard output.
   */
  static void json(com.fasterxml.jackson.core.JsonGenerator g, List<Diagnostic> findings)
      throws java.io.IOException {
    g.writeArrayFieldStart("findings");
    for (Diagnostic d : findings) {
      DiagnosticJsonRenderer.write(g, d);
    }
    g.writeEndArray();
  }

  /** {@code file:line:col}, or the file alone when the position is not known. */
  static String where(Span s) {
    return s.isKnown() ? s.file() + ":" + s.line() + ":" + s.column() : s.file();
  }

  /**
   * A finding on one line: {@code where: severity: message [RMnnn]}, the place and the message
   * {@link Printable}, so that a line break or an escape sequence quoted from the file cannot end
   * the line or reach the terminal.
   */
  static String line(String where, Diagnostic d) {
    return Printable.of(where)
        + ": "
        + d.severity().label()
        + ": "
        + Printable.of(d.message())
        + " ["
        + d.code().id()
        + "]";
  }

  /** The findings of one severity in all the reports. */
  static long count(List<FileReport> reports, Severity severity) {
    long n = 0;
    for (FileReport r : reports) {
      n += r.count(severity);
    }
    return n;
  }

  /** "checked 3 files: 2 errors, 1 warning" or "checked 1 file: no problems found". */
  static String summary(List<FileReport> reports, Style style) {
    return summary(reports, style, 0);
  }

  /**
   * The summary of {@code reports}, and how many files named on the command line could not be read
   * ({@code notRead}): "checked 1 file: no problems found; could not read 1 file". No file checked
   * is not "no problems found".
   */
  static String summary(List<FileReport> reports, Style style, int notRead) {
    String unread = notRead == 0 ? "" : "; could not read " + Plural.of(notRead, "file");
    if (reports.isEmpty()) {
      return "checked 0 files" + unread;
    }
    return counts(reports, style) + unread;
  }

  private static String counts(List<FileReport> reports, Style style) {
    long errors = count(reports, Severity.ERROR);
    long warnings = count(reports, Severity.WARNING);
    long infos = count(reports, Severity.INFO);
    long included = reports.stream().filter(r -> r.includedBy() != null).count();
    String files =
        "checked "
            + Plural.of(reports.size(), "file")
            + (included == 0 ? "" : " (" + included + " included by another)")
            + ": ";
    if (errors + warnings + infos == 0) {
      return files + style.green("no problems found");
    }
    StringBuilder b = new StringBuilder(files);
    String sep = "";
    if (errors > 0) {
      b.append(style.red(Plural.of(errors, "error")));
      sep = ", ";
    }
    if (warnings > 0) {
      b.append(sep).append(style.yellow(Plural.of(warnings, "warning")));
      sep = ", ";
    }
    if (infos > 0) {
      b.append(sep).append(Plural.of(infos, "note"));
    }
    return b.toString();
  }

  /** "! RM303 RM302": the mark of a milestone with these findings' codes, or "" for none. */
  static String mark(List<String> codes) {
    return codes == null || codes.isEmpty() ? "" : "! " + String.join(" ", codes);
  }

  /** Two spaces and the mark, in red, of milestone {@code id} when it has findings. */
  static void appendMark(
      StringBuilder out, java.util.Map<String, List<String>> findings, String id, Style style) {
    String mark = mark(findings.get(id));
    if (!mark.isEmpty()) {
      out.append("  ").append(style.red(mark));
    }
  }
}
