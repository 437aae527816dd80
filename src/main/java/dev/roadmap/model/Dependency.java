package dev.roadmap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A prerequisite of a milestone.
 *
 * @param target the id of the prerequisite milestone
 * @param type how the two are linked
 * @param lagDays signed lag in days; negative is a lead
 * @param lagMonths signed lag in calendar months ({@code lag: 3mo}); 0 for a lag in days. At most
 *     one of the two lags is not zero.
 * @param extensions the {@code x-} keys of a prerequisite written as a mapping
 */
public record Dependency(
    String target, DependencyType type, int lagDays, int lagMonths, Extensions extensions) {
  public Dependency {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(type, "type");
    extensions = extensions == null ? Extensions.NONE : extensions;
  }

  /** A prerequisite with a lag in days. */
  public Dependency(String target, DependencyType type, int lagDays) {
    this(target, type, lagDays, 0, Extensions.NONE);
  }

  /** The shorthand {@code requires: [id]}: finish-to-start, no lag. */
  public static Dependency on(String target) {
    return new Dependency(target, DependencyType.FINISH_TO_START, 0);
  }

  /** True when the link has a lag or a lead. */
  public boolean hasLag() {
    return lagDays != 0 || lagMonths != 0;
  }

  /** The sign of the lag: 1 for a lag, -1 for a lead, 0 for none. */
  public int lagSign() {
    return lagMonths != 0 ? Integer.signum(lagMonths) : Integer.signum(lagDays);
  }

  /** {@code day} moved by the lag: calendar months as {@link LocalDate#plusMonths}, or days. */
  public LocalDate shift(LocalDate day) {
    return lagMonths != 0 ? day.plusMonths(lagMonths) : day.plusDays(lagDays);
  }

  /** The lag as the file writes it: "3mo", "-1mo", "14d"; "0d" for none. */
  public String lagText() {
    return lagMonths != 0 ? lagMonths + "mo" : lagDays + "d";
  }
}
