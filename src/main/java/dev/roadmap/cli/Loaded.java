package dev.roadmap.cli;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.DateRange;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.render.DiagnosticTextRenderer;
import dev.roadmap.render.Style;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A roadmap read, checked and scheduled for a command that needs a sound one: {@code load -> check
 * -> gate on errors -> plan}, the one way every command but {@code validate} gets a schedule. A
 * file that the gate stops goes no further: its diagnostics go to standard error and the command
 * exits 1. Views pass {@link Gate#UNSOUND}: a roadmap with schedule findings is shown, with its
 * findings ({@link #findingsById}, {@link #summarize}).
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
     * Errors in the file or its references (RM1xx, RM2xx), and dates outside the years 0001-9999
     * (RM307), which leave nothing sound to show or compare; not the other errors about dates,
     * transfers and status (RM3xx-RM5xx): showing how those change is what a diff in a pull request
     * is for.
     */
    UNSOUND;

    boolean stops(Analysis a) {
      if (this == ERRORS) {
        return a.hasErrors();
      }
      if (a.roadmap() == null) {
        return true;
      }
      for (Diagnostic d : a.findings()) {
        if (d.severity() == Severity.ERROR
            && (d.code().family() == Code.Family.FILE
                || d.code().family() == Code.Family.REFERENCES
                || d.code() == Code.DATE_OUT_OF_RANGE)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Loads and checks {@code source} as of {@code asOf} (else the file's as-of, else {@code today}:
   * {@link AsOf}), stops at {@code gate} with the diagnostics printed in {@code style}, and
   * schedules.
   *
   * @throws UserException (exit 1) when the gate stops the roadmap or it cannot be scheduled
   */
  static Loaded of(
      Sources.Source source,
      LocalDate asOf,
      Supplier<LocalDate> today,
      Gate gate,
      PrintWriter err,
      Style style,
      Limits limits) {
    return of(source, asOf, today, gate, err, style, limits, null, Progress.off());
  }

  /**
   * As {@link #of(Sources.Source, LocalDate, Supplier, Gate, PrintWriter, Style, Limits)}, without
   * the findings that {@code baseline} holds (when not null), before the gate: a baselined finding
   * neither stops nor marks a view, as it does not fail {@code validate}; with its stages on {@code
   * progress}, which it closes before it prints.
   */
  static Loaded of(
      Sources.Source source,
      LocalDate asOf,
      Supplier<LocalDate> today,
      Gate gate,
      PrintWriter err,
      Style style,
      Limits limits,
      Baseline baseline,
      Progress progress) {
    String name = source.name();
    Analysis a = Analysis.of(source, asOf, today, Suppressions.Options.DEFAULT, limits, progress);
    if (baseline != null && a.roadmap() != null) {
      Map<String, Roadmap> roadmaps = new java.util.HashMap<>();
      for (FileReport r : a.unfolded()) {
        roadmaps.put(r.file(), a.roadmap());
      }
      List<FileReport> kept = baseline.filter(a.unfolded(), roadmaps, new ArrayList<>());
      a = new Analysis(a.roadmap(), kept, a.asOf());
    }
    if (gate.stops(a)) {
      progress.close();
      err.print(DiagnosticTextRenderer.render(a.reports(), style));
      throw new UserException(ExitCodes.FINDINGS, name + " has errors; fix them first");
    }
    progress.stage("scheduling", name);
    Schedule s =
        Scheduler.schedule(a.roadmap())
            .orElseThrow(
                () ->
                    new UserException(
                        ExitCodes.FINDINGS,
                        name
                            + " cannot be scheduled: it has no start or a dependency cycle"
                            + " (a suppressed error?)"));
    if (!DateRange.fits(s)) {
      // RM307 suppressed: no view or export may write a day outside the years 0001-9999.
      throw new UserException(
          ExitCodes.FINDINGS,
          name
              + " has a milestone outside the years 0001-9999 ("
              + Code.DATE_OUT_OF_RANGE.id()
              + "); a view or an export cannot show it, even with the finding suppressed");
    }
    return new Loaded(name, a, s);
  }

  Roadmap roadmap() {
    return analysis.roadmap();
  }

  /** The status date of the command ({@link AsOf}). */
  LocalDate asOf() {
    return analysis.asOf();
  }

  /** The schedule, with the roadmap's as-of set to the command's status date (for exports). */
  Schedule scheduleAsOf() {
    LocalDate d = asOf();
    if (d == null || d.equals(roadmap().asOf())) {
      return schedule;
    }
    return new Schedule(roadmap().withAsOf(d), schedule.milestones(), schedule.finish());
  }

  /** The findings, after suppressions, in output order. */
  List<Diagnostic> findings() {
    return analysis.findings();
  }

  /**
   * The codes of the findings of each milestone that has any, by milestone id: a finding belongs to
   * the milestone within whose lines it is written (the milestones of one file are written one
   * after another, so the last milestone that starts at or before its line).
   */
  Map<String, List<String>> findingsById() {
    List<Milestone> ms = roadmap().milestones();
    // Where each milestone starts, as (line, index) pairs in order, one array a file: one binary
    // search a finding, not a scan of every milestone (a million milestones with thousands of
    // findings).
    Map<String, long[]> starts = new java.util.HashMap<>();
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      dev.roadmap.model.Span at = roadmap().positions().of(ms.get(i));
      if (at.line() > 0) {
        long[] a = starts.computeIfAbsent(at.file(), f -> new long[16]);
        int n = counts.getOrDefault(at.file(), 0);
        if (n == a.length) {
          a = java.util.Arrays.copyOf(a, 2 * n);
          starts.put(at.file(), a);
        }
        a[n] = ((long) at.line() << 32) | i;
        counts.put(at.file(), n + 1);
      }
    }
    starts.replaceAll(
        (f, a) -> {
          long[] b = java.util.Arrays.copyOf(a, counts.get(f));
          java.util.Arrays.sort(b);
          return b;
        });
    Map<String, List<String>> out = new TreeMap<>();
    for (Diagnostic d : findings()) {
      int line = d.span().line();
      long[] inFile = starts.get(d.span().file());
      if (line <= 0 || inFile == null) {
        continue;
      }
      // The last milestone that starts at or before the line (the later one of two on one line).
      int at = java.util.Arrays.binarySearch(inFile, ((long) line << 32) | 0xFFFFFFFFL);
      int owner = at >= 0 ? at : -at - 2;
      if (owner >= 0) {
        List<String> codes =
            out.computeIfAbsent(ms.get((int) inFile[owner]).id(), k -> new ArrayList<>());
        if (!codes.contains(d.code().id())) {
          codes.add(d.code().id());
        }
      }
    }
    return out;
  }

  /**
   * Ends a view: the head line of each finding and their count on standard error (so that a machine
   * format on standard output stays valid), and the exit code, as {@code validate} would give it
   * with its default {@code --fail-on error}.
   *
   * @param program the command as the user invoked it ({@link Invocation}), for the hint
   * @param command the FILE argument, for the hint
   */
  int summarize(String program, PrintWriter err, String command) {
    return summarize(program, err, command, true);
  }

  /**
   * As {@link #summarize(String, PrintWriter, String)}, for a view that marks the milestones with
   * findings ({@code marked}) or one that does not (a data export, what-if).
   */
  int summarize(String program, PrintWriter err, String command, boolean marked) {
    List<Diagnostic> all = findings();
    if (all.isEmpty()) {
      return ExitCodes.OK;
    }
    StringBuilder b = new StringBuilder();
    b.append("roadmap: ")
        .append(
            DiagnosticTextRenderer.summary(analysis.reports(), Style.PLAIN)
                .replaceFirst("^checked [^:]*: ", ""))
        .append(marked ? " (milestones marked ! above)" : "")
        .append("; ")
        .append(
            command.equals("-")
                // The text came on standard input: the command alone would not show them again.
                ? "give the same standard input to '"
                    + program
                    + " validate -' to see them in full:\n"
                : "'" + program + " validate " + command + "' shows them in full:\n");
    for (Diagnostic d : all) {
      b.append("  ").append(DiagnosticTextRenderer.head(d)).append('\n');
    }
    err.print(b);
    return analysis.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
