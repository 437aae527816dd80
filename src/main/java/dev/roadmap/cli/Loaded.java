package dev.roadmap.cli;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Severity;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.render.DiagnosticTextRenderer;
import dev.roadmap.render.Style;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * A roadmap read, checked and scheduled for a command that needs a sound one: {@code load -> check
 * -> gate on errors -> plan}, the one way every command but {@code validate} gets a schedule. A
 * file that the gate stops goes no further: its diagnostics go to standard error and the command
 * exits 1.
 *
 * @param name the source name
 * @param analysis its findings
 * @param schedule its schedule
 */
record Loaded(String name, Analysis analysis, Schedule schedule) {
  /** Which errors stop a command. */
  enum Gate {
    /** Every error: a view shows only a roadmap without any. */
    ERRORS,
    /**
     * Errors in the file or its references (RM1xx, RM2xx), which leave nothing sound to compare;
     * not errors about dates, transfers and status (RM3xx-RM5xx): showing how those change is what
     * a diff in a pull request is for.
     */
    UNSOUND;

    boolean stops(Analysis a) {
      if (this == ERRORS) {
        return a.hasErrors();
      }
      if (a.roadmap() == null) {
        return true;
      }
      for (Diagnostic d : a.report().diagnostics()) {
        if (d.severity() == Severity.ERROR
            && (d.code().family() == Code.Family.FILE
                || d.code().family() == Code.Family.REFERENCES)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Loads and checks {@code source} (with {@code asOf} the status date, or null for the file's),
   * stops at {@code gate} with the diagnostics printed in {@code style}, and schedules.
   *
   * @throws UserException (exit 1) when the gate stops the roadmap or it cannot be scheduled
   */
  static Loaded of(
      Sources.Source source,
      LocalDate asOf,
      Gate gate,
      PrintWriter err,
      Style style,
      Limits limits) {
    String name = source.name();
    Analysis a = Analysis.of(source, asOf, Suppressions.Options.DEFAULT, limits);
    if (gate.stops(a)) {
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
    return new Loaded(name, a, s);
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
