package dev.roadmap.cli;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a roadmap read from several files, one report a file: each finding goes to the
 * file it is written in (its span's), where that file's inline suppressions apply to it.
 */
final class IncludedReports {
  private IncludedReports() {}

  static Analysis of(
      Roadmap roadmap,
      Sources.Source top,
      List<IncludedFiles.Part> parts,
      List<Diagnostic> all,
      Suppressions.Options options,
      LocalDate asOf) {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    byFile.put(top.name(), new ArrayList<>());
    for (IncludedFiles.Part p : parts) {
      byFile.put(p.source().name(), new ArrayList<>());
    }
    for (Diagnostic d : all) {
      // A finding placed nowhere in particular belongs to the top file.
      byFile.getOrDefault(d.span().file(), byFile.get(top.name())).add(d);
    }
    List<FileReport> reports = new ArrayList<>();
    reports.add(report(top, byFile.get(top.name()), null, options));
    for (IncludedFiles.Part p : parts) {
      reports.add(report(p.source(), byFile.get(p.source().name()), p.includedBy(), options));
    }
    boolean errors =
        reports.stream()
            .flatMap(r -> r.diagnostics().stream())
            .anyMatch(d -> d.severity() == Severity.ERROR && d.code() != Code.UNUSED_SUPPRESSION);
    if (errors) {
      // As in one file: after an error, a suppression that silences nothing is no news.
      reports.replaceAll(
          r ->
              r.with(
                  r.diagnostics().stream()
                      .filter(d -> d.code() != Code.UNUSED_SUPPRESSION)
                      .toList()));
    }
    return new Analysis(roadmap, reports, asOf);
  }

  private static FileReport report(
      Sources.Source source,
      List<Diagnostic> found,
      String includedBy,
      Suppressions.Options options) {
    List<Diagnostic> kept = Analysis.suppress(found, source, options);
    return new FileReport(source.name(), source.text(), kept, includedBy);
  }
}
