package dev.roadmap.model;

import java.util.Objects;

/**
 * A mission whose command passes from one authority to another.
 *
 * @param id unique id among missions
 * @param name human name
 * @param from the authority holding the mission before its transfer, or null if not given
 * @param to the authority holding it after, or null if not given
 * @param span position of the id value
 */
public record Mission(String id, String name, Ref from, Ref to, Span span) {
  public Mission {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
  }
}
