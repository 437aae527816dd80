package dev.roadmap.diag;

import java.util.List;
import java.util.Objects;

/**
 * The findings for one file, with its text for snippets.
 *
 * @param file the source name
 * @param source the file's text
 * @param diagnostics the findings, sorted by {@link Diagnostic#ORDER}
 * @param includedBy the file that includes this one, which was checked with it ({@code include}),
 *     or null for a file checked on its own
 */
public record FileReport(
    String file, String source, List<Diagnostic> diagnostics, String includedBy) {
  public FileReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }

  /** The findings of a file checked on its own. */
  public FileReport(String file, String source, List<Diagnostic> diagnostics) {
    this(file, source, diagnostics, null);
  }

  /** This report with other findings. */
  public FileReport with(List<Diagnostic> replaced) {
    return new FileReport(file, source, replaced, includedBy);
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
