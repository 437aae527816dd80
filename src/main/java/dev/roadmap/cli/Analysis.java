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
 */
public record Analysis(Roadmap roadmap, FileReport report) {

  /** Loads within {@code limits}, checks and applies suppressions. */
  public static Analysis of(
      Sources.Source source, LocalDate asOf, Suppressions.Options options, Limits limits) {
    if (source.problem() != null) {
      return new Analysis(
          null, new FileReport(source.name(), source.text(), List.of(source.problem())));
    }
    LoadResult loaded = RoadmapLoader.load(source.name(), source.text(), limits);
    List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
    if (loaded.roadmap() != null) {
      all.addAll(Checks.run(loaded.roadmap(), asOf));
    }
    List<Diagnostic> kept =
        Suppressions.apply(
            all,
            options.inline() ? Directives.parse(source.name(), source.text()) : List.of(),
            options);
    return new Analysis(loaded.roadmap(), new FileReport(source.name(), source.text(), kept));
  }

  boolean hasErrors() {
    return report.count(Severity.ERROR) > 0;
  }
}
