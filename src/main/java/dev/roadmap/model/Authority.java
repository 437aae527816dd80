package dev.roadmap.model;

import java.util.Objects;

/**
 * An authority that can hold command of a mission (for example US Forces Korea).
 *
 * @param id unique id among authorities
 * @param name human name, or null
 */
public record Authority(String id, String name) {
  public Authority {
    Objects.requireNonNull(id, "id");
  }
}
