package dev.roadmap.model;

import java.util.Objects;

/**
 * An authority that can hold command of a mission (for example US Forces Korea).
 *
 * @param id unique id among authorities
 * @param name human name, or null
 * @param extensions its {@code x-} keys
 */
public record Authority(String id, String name, Extensions extensions) {
  public Authority {
    Objects.requireNonNull(id, "id");
    extensions = extensions == null ? Extensions.NONE : extensions;
  }

  /** An authority with no {@code x-} keys. */
  public Authority(String id, String name) {
    this(id, name, Extensions.NONE);
  }
}
