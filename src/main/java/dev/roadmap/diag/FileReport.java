package dev.roadmap.diag;

import java.util.List;
import java.util.Objects;

/**
 * The findings for one file, with its text for snippets.
 *
 * @param file the source name
 * @param source the file's text
 * @param diagnostics the findings, sorted by {@link Diagnostic#ORDER}
 */
public record FileReport(String file, String source, List<Diagnostic> diagnostics) {
  public FileReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
