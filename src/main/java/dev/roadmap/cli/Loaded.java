package dev.roadmap.cli;

import dev.roadmap.diag.Severity;
import dev.roadmap.load.Limits;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.render.DiagnosticTextRenderer;
import dev.roadmap.render.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * A roadmap read, checked and scheduled for a command that needs a valid one: {@code read -> load
 * -> check -> gate on errors -> plan}. A file with errors stops here: its diagnostics go to
 * standard error and the command exits 1.
 *
 * @param name the source name
 * @param source the file
 * @param analysis its findings
 * @param schedule its schedule
 */
record Loaded(String name, Sources.Source source, Analysis analysis, Schedule schedule) {

  static Loaded of(
      String file, LocalDate asOf, Env env, PrintWriter err, Style style, Limits limits) {
    String name = file.equals("-") ? Sources.STDIN : file;
    Sources.Source source;
    try {
      source = Sources.read(name, env.stdin(), limits);
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, "cannot read '" + name + "': " + Sources.reason(e));
    }
    Analysis a = Analysis.of(source, asOf, dev.roadmap.diag.Suppressions.Options.DEFAULT, limits);
    if (a.hasErrors()) {
      err.print(DiagnosticTextRenderer.render(List.of(a.report()), style));
      throw new UserException(ExitCodes.FINDINGS, name + " has errors; fix them first");
    }
    Schedule s =
        Scheduler.schedule(a.roadmap())
            .orElseThrow(
                () ->
                    new UserException(
                        ExitCodes.FINDINGS,
                        name
                            + " cannot be scheduled: it has no start or a dependency cycle"
                            + " (a suppressed error?)"));
    return new Loaded(name, source, a, s);
  }

  Roadmap roadmap() {
    return analysis.roadmap();
  }

  /** A note on standard error when the roadmap has warnings. */
  void noteWarnings(PrintWriter err, String command) {
    long warnings = analysis.report().count(Severity.WARNING);
    if (warnings > 0) {
      err.println(
          "roadmap: "
              + DiagnosticTextRenderer.summary(List.of(analysis.report()), Style.PLAIN)
                  .replaceFirst("^checked 1 file: ", "")
              + "; 'roadmap validate "
              + command
              + "' shows them");
    }
  }
}
