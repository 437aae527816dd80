package dev.roadmap.model;

import java.util.Objects;

/**
 * A reference by id to another element of the roadmap, with the position where it is written.
 *
 * @param id the id as written
 * @param span where the reference is written
 */
public record Ref(String id, Span span) {
  public Ref {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
  }
}
