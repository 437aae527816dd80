package dev.roadmap.model;

import java.util.Objects;

/**
 * A programme of missions counted together: {@code status} says how many of a group's missions are
 * transferred (the ten missions of 2004-2008 are one group, wartime OPCON another).
 *
 * @param id unique id among mission groups
 * @param name human name, or null
 * @param extensions its {@code x-} keys
 */
public record MissionGroup(String id, String name, Extensions extensions) {
  public MissionGroup {
    Objects.requireNonNull(id, "id");
    extensions = extensions == null ? Extensions.NONE : extensions;
  }

  /** A mission group with no {@code x-} keys. */
  public MissionGroup(String id, String name) {
    this(id, name, Extensions.NONE);
  }
}
