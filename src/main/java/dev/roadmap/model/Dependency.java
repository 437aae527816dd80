package dev.roadmap.model;

import java.util.Objects;

/**
 * A prerequisite of a milestone.
 *
 * @param target the id of the prerequisite milestone
 * @param type how the two are linked
 * @param lagDays signed lag in days; negative is a lead
 */
public record Dependency(String target, DependencyType type, int lagDays) {
  public Dependency {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(type, "type");
  }

  /** The shorthand {@code requires: [id]}: finish-to-start, no lag. */
  public static Dependency on(String target) {
    return new Dependency(target, DependencyType.FINISH_TO_START, 0);
  }
}
