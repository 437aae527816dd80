package dev.roadmap.load;

import dev.roadmap.model.Span;
import java.util.Objects;

/**
 * One entry of a file's {@code include} list: a path or a glob, relative to the including file.
 *
 * @param pattern the path or glob as written
 * @param span where it is written
 */
public record Include(String pattern, Span span) {
  public Include {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(span, "span");
  }

  /** Whether the entry is a glob ({@code *}, {@code ?}, {@code [...]} or {@code {a,b}}). */
  public boolean isGlob() {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return true;
      }
    }
    return false;
  }
}
