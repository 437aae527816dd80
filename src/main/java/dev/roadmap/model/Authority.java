package dev.roadmap.model;

import java.util.Objects;

/**
 * An authority that can hold command of a mission (for example US Forces Korea).
 *
 * @param id unique id among authorities
 * @param name human name
 * @param span position of the id value
 */
public record Authority(String id, String name, Span span) {
  public Authority {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
  }
}
