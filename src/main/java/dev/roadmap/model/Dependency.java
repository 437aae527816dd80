package dev.roadmap.model;

import java.util.Objects;

/**
 * A prerequisite of a milestone.
 *
 * @param target the prerequisite milestone
 * @param type how the two are linked
 * @param lagDays signed lag in days; negative is a lead
 * @param span position of the whole entry in {@code requires}
 */
public record Dependency(Ref target, DependencyType type, int lagDays, Span span) {
  public Dependency {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
  }
}
