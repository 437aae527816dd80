package dev.roadmap.check;

import dev.roadmap.model.Span;

/**
 * How a message names a second place: "line 12" in the finding's own file, "missions/nsa.yaml:12"
 * in another file of the roadmap (with includes), the file named as the findings name it.
 */
final class Places {
  private Places() {}

  /** Where {@code other} is, as seen from a finding at {@code at}. */
  static String line(Span other, Span at) {
    return other.file().equals(at.file())
        ? "line " + other.line()
        : other.file() + ":" + other.line();
  }
}
