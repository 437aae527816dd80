package dev.roadmap.load;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Roadmap;
import java.util.List;

/**
 * What the loader made of a file.
 *
 * @param roadmap the roadmap read, possibly partial; null when the file is not a YAML mapping
 * @param diagnostics findings of the loader (RM1xx), in the order found
 */
public record LoadResult(Roadmap roadmap, List<Diagnostic> diagnostics) {
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
