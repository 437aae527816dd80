package dev.roadmap.load;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Roadmap;
import java.util.List;

/**
 * What the loader made of a file.
 *
 * @param roadmap the roadmap read, possibly partial; null when the file is not a YAML mapping
 * @param diagnostics findings of the loader (RM1xx), in the order found
 * @param includes the entries of the file's {@code include} list, in file order
 */
public record LoadResult(Roadmap roadmap, List<Diagnostic> diagnostics, List<Include> includes) {
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
    includes = List.copyOf(includes);
  }

  /** What the loader made of a file that includes none. */
  public LoadResult(Roadmap roadmap, List<Diagnostic> diagnostics) {
    this(roadmap, diagnostics, List.of());
  }
}
