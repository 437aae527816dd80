package dev.roadmap.cli;

import dev.roadmap.check.Checks;
import dev.roadmap.check.Folds;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Directives;
import dev.roadmap.load.Includes;
import dev.roadmap.load.Limits;
import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Load and check of one file: {@code read -> load -> check}. The checks run on whatever the loader
 * could read, so that one run reports every problem of a file. {@link Loaded} goes on to gate and
 * schedule; the tests of every package analyse files through this.
 *
 * @param roadmap the roadmap, or null when the file is not a roadmap at all
 * @param report the findings, folded ({@link Folds})
 * @param asOf the status date the checks used ({@link AsOf}), or null when none is known
 * @param included the findings of each file the roadmap includes ({@code include}), in the order
 *     read, folded; empty for a roadmap of one file
 * @param unfolded the findings of every file (the roadmap's own, then those of the files it
 *     includes) before the folds: what a baseline is written from and matched with
 */
public record Analysis(
    Roadmap roadmap,
    FileReport report,
    LocalDate asOf,
    List<FileReport> included,
    List<FileReport> unfolded) {
  public Analysis {
    included = List.copyOf(included);
    unfolded = List.copyOf(unfolded);
  }

  /** The analysis of one file's findings (after suppressions and any baseline), folded. */
  Analysis(Roadmap roadmap, FileReport unfolded, LocalDate asOf) {
    this(roadmap, List.of(unfolded), asOf);
  }

  /**
   * The analysis of the findings of each file, the roadmap's own first, then those of the files it
   * includes (each after suppressions and any baseline), folded.
   */
  Analysis(Roadmap roadmap, List<FileReport> unfolded, LocalDate asOf) {
    this(
        roadmap,
        fold(unfolded.get(0)),
        asOf,
        unfolded.subList(1, unfolded.size()).stream().map(Analysis::fold).toList(),
        unfolded);
  }

  private static FileReport fold(FileReport r) {
    return r.with(Folds.apply(r.diagnostics()));
  }

  /** The findings of every file: the roadmap's own, then those of the files it includes. */
  public List<FileReport> reports() {
    if (included.isEmpty()) {
      return List.of(report);
    }
    List<FileReport> all = new ArrayList<>();
    all.add(report);
    all.addAll(included);
    return all;
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
    return of(source, asOf, () -> today, options, limits, Progress.off());
  }

  /** As {@link #of(Sources.Source, LocalDate, LocalDate, Suppressions.Options, Limits)}, shown. */
  static Analysis of(
      Sources.Source source,
      LocalDate asOf,
      Supplier<LocalDate> today,
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
    IncludedFiles.Result includes =
        loaded.roadmap() == null
            ? new IncludedFiles.Result(List.of(), List.of())
            : IncludedFiles.of(source, loaded, limits, progress);
    Roadmap roadmap = loaded.roadmap();
    boolean whole = true;
    if (!includes.parts().isEmpty()) {
      all.addAll(includes.findings());
      List<Roadmap> parts = new ArrayList<>();
      for (IncludedFiles.Part p : includes.parts()) {
        if (p.load() == null || p.load().roadmap() == null) {
          whole = false;
        } else {
          parts.add(p.load().roadmap());
        }
        if (p.load() != null) {
          all.addAll(p.load().diagnostics());
        } else {
          all.add(p.source().problem());
        }
      }
      roadmap = Includes.merge(roadmap, parts);
      Diagnostic over = IncludedFiles.overLimits(roadmap, limits);
      if (over != null) {
        all.add(over);
        whole = false;
      }
    } else {
      all.addAll(includes.findings());
    }
    LocalDate date = AsOf.of(asOf, roadmap, today);
    // A file of the roadmap that is not read leaves the others' references to it unresolved: the
    // checks wait until every file reads.
    if (roadmap != null && whole) {
      List<Diagnostic> checked;
      if (progress.silent()) {
        checked = Checks.runUnfolded(roadmap, date, n -> {});
      } else {
        progress.stage("checking", source.name());
        progress.step(0, Checks.all().size(), "checks");
        checked = Checks.runUnfolded(roadmap, date, progress::step);
      }
      if (all.stream().anyMatch(Analysis::unreadSchedule)) {
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
    if (includes.parts().isEmpty()) {
      List<Diagnostic> kept = suppress(all, source, options);
      return new Analysis(roadmap, new FileReport(source.name(), source.text(), kept), date);
    }
    return IncludedReports.of(roadmap, source, includes.parts(), all, options, date);
  }

  /**
   * The findings of one file that {@code options} and its inline suppressions keep. A suppression
   * that silences nothing is news only in a file without errors: after an error (a syntax error, a
   * bad date, a missing mission...), what it silenced may be gone with what the error changed, and
   * the error is the one mistake to report.
   */
  static List<Diagnostic> suppress(
      List<Diagnostic> all, Sources.Source source, Suppressions.Options options) {
    List<Diagnostic> kept =
        Suppressions.apply(
            all,
            options.inline() ? Directives.parse(source.name(), source.text()) : List.of(),
            options);
    if (options.reportUnused()
        && kept.stream()
            .anyMatch(d -> d.severity() == Severity.ERROR && d.code() != Code.UNUSED_SUPPRESSION)) {
      kept = kept.stream().filter(d -> d.code() != Code.UNUSED_SUPPRESSION).toList();
    }
    return kept;
  }

  /** The findings of every file, each file's in output order. */
  List<Diagnostic> findings() {
    if (included.isEmpty()) {
      return report.diagnostics();
    }
    return reports().stream().flatMap(r -> r.diagnostics().stream()).toList();
  }

  /** A finding of the loader that leaves the schedule or the status other than meant. */
  private static boolean unreadSchedule(Diagnostic d) {
    return d.code() == Code.BAD_DATE || d.code() == Code.BAD_DURATION || d.code() == Code.BAD_VALUE;
  }

  boolean hasErrors() {
    return reports().stream().anyMatch(r -> r.count(Severity.ERROR) > 0);
  }
}
