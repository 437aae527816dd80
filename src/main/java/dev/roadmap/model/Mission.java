package dev.roadmap.model;

import java.util.Objects;

/**
 * A mission whose command passes from one authority to another.
 *
 * @param id unique id among missions
 * @param name human name, or null
 * @param from the id of the authority holding the mission before its transfer, or null
 * @param to the id of the authority holding it after, or null
 * @param group the id of its mission group, or null
 * @param extensions its {@code x-} keys
 */
public record Mission(
    String id, String name, String from, String to, String group, Extensions extensions) {
  public Mission {
    Objects.requireNonNull(id, "id");
    extensions = extensions == null ? Extensions.NONE : extensions;
  }

  /** A mission with no {@code x-} keys. */
  public Mission(String id, String name, String from, String to, String group) {
    this(id, name, from, to, group, Extensions.NONE);
  }

  /** A mission in no group. */
  public Mission(String id, String name, String from, String to) {
    this(id, name, from, to, null);
  }
}
