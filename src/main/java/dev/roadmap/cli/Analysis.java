package dev.roadmap.cli;

import dev.roadmap.check.Checks;
import dev.roadmap.check.Folds;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Directives;
import dev.roadmap.load.Limits;
import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Load and check of one file: {@code read -> load -> check}. The checks run on whatever the loader
 * could read, so that one run reports every problem of a file. {@link Loaded} goes on to gate and
 * schedule; the tests of every package analyse files through this.
 *
 * @param roadmap the roadmap, or null when the file is not a roadmap at all
 * @param report the findings, folded ({@link Folds})
 * @param asOf the status date the checks used ({@link AsOf}), or null when none is known
 * @param unfolded the findings before the folds: what a baseline is written from and matched with
 */
public record Analysis(Roadmap roadmap, FileReport report, LocalDate asOf, FileReport unfolded) {

  /** The analysis of these findings (after suppressions and any baseline), folded. */
  Analysis(Roadmap roadmap, FileReport unfolded, LocalDate asOf) {
    this(
        roadmap,
        new FileReport(unfolded.file(), unfolded.source(), Folds.apply(unfolded.diagnostics())),
        asOf,
        unfolded);
  }

  /**
   * Loads within {@code limits}, checks and applies suppressions; the status date is {@code asOf},
   * else the file's, else none.
   */
  public static Analysis of(
      Sources.Source source, LocalDate asOf, Suppressions.Options options, Limits limits) {
    return of(source, asOf, null, options, limits);
  }

  /**
   * Loads within {@code limits}, checks as of {@code asOf}, else the file's {@code as-of}, else
   * {@code today} ({@link AsOf}), and applies suppressions.
   */
  public static Analysis of(
      Sources.Source source,
      LocalDate asOf,
      LocalDate today,
      Suppressions.Options options,
      Limits limits) {
    return of(source, asOf, today, options, limits, Progress.off());
  }

  /** As {@link #of(Sources.Source, LocalDate, LocalDate, Suppressions.Options, Limits)}, shown. */
  static Analysis of(
      Sources.Source source,
      LocalDate asOf,
      LocalDate today,
      Suppressions.Options options,
      Limits limits,
      Progress progress) {
    if (source.problem() != null) {
      return new Analysis(
          null, new FileReport(source.name(), source.text(), List.of(source.problem())), null);
    }
    LoadResult loaded;
    if (progress.silent()) {
      loaded = RoadmapLoader.load(source.name(), source.text(), limits);
    } else {
      int length = Math.max(1, source.text().length());
      progress.stage("reading", source.name());
      progress.step(0, length, "");
      loaded = RoadmapLoader.load(source.name(), source.text(), limits, progress::step);
    }
    List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
    LocalDate date = AsOf.of(asOf, loaded.roadmap(), today);
    if (loaded.roadmap() != null) {
      List<Diagnostic> checked;
      if (progress.silent()) {
        checked = Checks.runUnfolded(loaded.roadmap(), date, n -> {});
      } else {
        progress.stage("checking", source.name());
        progress.step(0, Checks.all().size(), "checks");
        checked = Checks.runUnfolded(loaded.roadmap(), date, progress::step);
      }
      if (loaded.diagnostics().stream().anyMatch(Analysis::unreadSchedule)) {
        // A date, a duration, a type or a status that could not be read leaves the schedule and
        // the status other than the writer meant: what they would say (RM3xx, RM5xx) follows from
        // that one mistake, and waits until it is fixed.
        checked =
            checked.stream()
                .filter(
                    d ->
                        d.code().family() != Code.Family.SCHEDULE
                            && d.code().family() != Code.Family.STATUS)
                .toList();
      }
      all.addAll(checked);
    }
    List<Diagnostic> kept =
        Suppressions.apply(
            all,
            options.inline() ? Directives.parse(source.name(), source.text()) : List.of(),
            options);
    // A suppression that silences nothing is news only in a file without errors: after an error
    // (a syntax error, a bad date, a missing mission...), what it silenced may be gone with what
    // the error changed, and the error is the one mistake to report.
    if (options.reportUnused()
        && kept.stream()
            .anyMatch(d -> d.severity() == Severity.ERROR && d.code() != Code.UNUSED_SUPPRESSION)) {
      kept = kept.stream().filter(d -> d.code() != Code.UNUSED_SUPPRESSION).toList();
    }
    return new Analysis(loaded.roadmap(), new FileReport(source.name(), source.text(), kept), date);
  }

  /** A finding of the loader that leaves the schedule or the status other than meant. */
  private static boolean unreadSchedule(Diagnostic d) {
    return d.code() == Code.BAD_DATE || d.code() == Code.BAD_DURATION || d.code() == Code.BAD_VALUE;
  }

  boolean hasErrors() {
    return report.count(Severity.ERROR) > 0;
  }
}
