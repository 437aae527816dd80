package dev.roadmap.render;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Rules;
import dev.roadmap.diag.Severity;
import java.util.List;

/**
 * Findings as GitHub Actions workflow commands: {@code ::error file=..,line=..,col=..,endLine=..,
 * endColumn=..,title=..::message}, one {@code ::group::} per file, escaped as the runner requires.
 * GitHub shows at most ten annotations of each kind per step; when there are more, a notice says so
 * and points to the step summary, which {@link #summary} writes in full.
 */
public final class GithubRenderer {
  /** Annotations of one kind that GitHub shows per step. */
  public static final int SHOWN_PER_KIND = 10;

  private GithubRenderer() {}

  public static String render(List<FileReport> reports, boolean summaryWritten) {
    StringBuilder b = new StringBuilder();
    for (FileReport r : reports) {
      if (r.diagnostics().isEmpty()) {
        continue;
      }
      b.append("::group::").append(data(r.file())).append('\n');
      for (Diagnostic d : r.diagnostics()) {
        b.append(command(d)).append('\n');
      }
      b.append("::endgroup::\n");
    }
    long errors = Findings.count(reports, Severity.ERROR);
    long warnings = Findings.count(reports, Severity.WARNING);
    long notes = Findings.count(reports, Severity.INFO);
    if (errors > SHOWN_PER_KIND || warnings > SHOWN_PER_KIND || notes > SHOWN_PER_KIND) {
      b.append("::notice title=roadmap::")
          .append(
              data(
                  "GitHub shows at most "
                      + SHOWN_PER_KIND
                      + " annotations of each kind per"
                      + " step; this run has "
                      + Plural.of(errors, "error")
                      + ", "
                      + Plural.of(warnings, "warning")
                      + " and "
                      + Plural.of(notes, "note")
                      + ". "
                      + (summaryWritten
                          ? "The step summary lists them all."
                          : "Run 'roadmap validate' locally to see them all.")))
          .append('\n');
    }
    b.append(Findings.summary(reports, Style.PLAIN)).append('\n');
    return b.toString();
  }

  /** One workflow command for a finding. */
  static String command(Diagnostic d) {
    String kind =
        switch (d.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "notice";
        };
    StringBuilder b =
        new StringBuilder("::").append(kind).append(" file=").append(property(d.span().file()));
    var s = d.span();
    if (s.isKnown()) {
      b.append(",line=").append(s.line()).append(",col=").append(s.column());
      b.append(",endLine=").append(s.endLine()).append(",endColumn=").append(s.endColumn());
    }
    b.append(",title=").append(property(d.code().id() + " " + Rules.of(d.code()).name()));
    String message =
        Printable.of(d.message()) + (d.hint() == null ? "" : "\nhelp: " + Printable.of(d.hint()));
    return b.append("::").append(data(message)).toString();
  }

  /** The Markdown appended to {@code $GITHUB_STEP_SUMMARY}: every finding, in a table. */
  public static String summary(List<FileReport> reports) {
    StringBuilder b = new StringBuilder("### roadmap validate\n\n");
    b.append(Findings.summary(reports, Style.PLAIN)).append("\n\n");
    if (reports.stream().allMatch(r -> r.diagnostics().isEmpty())) {
      return b.toString();
    }
    b.append("| location | severity | code | message |\n| --- | --- | --- | --- |\n");
    for (FileReport r : reports) {
      for (Diagnostic d : r.diagnostics()) {
        String where = Findings.where(d.span());
        b.append("| `")
            .append(where.replace("`", "'").replace("|", "\\|"))
            .append("` | ")
            .append(d.severity().label())
            .append(" | ")
            .append(d.code().id())
            .append(" | ")
            .append(Markdown.text(d.message()))
            .append(d.hint() == null ? "" : " (" + Markdown.text(d.hint()) + ")")
            .append(" |\n");
      }
    }
    return b.append('\n').toString();
  }

  /** Escaping of a command's message, as the Actions runner decodes it. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a command's property value: also ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
