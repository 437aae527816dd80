package dev.roadmap.cli;

import dev.roadmap.check.Checks;
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
 * @param report the findings
 * @param asOf the status date the checks used ({@link AsOf}), or null when none is known
 */
public record Analysis(Roadmap roadmap, FileReport report, LocalDate asOf) {

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
    if (source.problem() != null) {
      return new Analysis(
          null, new FileReport(source.name(), source.text(), List.of(source.problem())), null);
    }
    LoadResult loaded = RoadmapLoader.load(source.name(), source.text(), limits);
    List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
    LocalDate date = AsOf.of(asOf, loaded.roadmap(), today);
    if (loaded.roadmap() != null) {
      all.addAll(Checks.run(loaded.roadmap(), date));
    }
    List<Diagnostic> kept =
        Suppressions.apply(
            all,
            options.inline() ? Directives.parse(source.name(), source.text()) : List.of(),
            options);
    return new Analysis(loaded.roadmap(), new FileReport(source.name(), source.text(), kept), date);
  }

  boolean hasErrors() {
    return report.count(Severity.ERROR) > 0;
  }
}
