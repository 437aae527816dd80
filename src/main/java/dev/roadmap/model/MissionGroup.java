package dev.roadmap.model;

import java.util.Objects;

/**
 * A programme of missions counted together: {@code status} says how many of a group's missions are
 * transferred (the ten missions of 2004-2008 are one group, wartime OPCON another).
 *
 * @param id unique id among mission groups
 * @param name human name, or null
 */
public record MissionGroup(String id, String name) {
  public MissionGroup {
    Objects.requireNonNull(id, "id");
  }
}
