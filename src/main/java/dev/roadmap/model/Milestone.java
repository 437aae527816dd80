package dev.roadmap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A milestone, task or gate of the roadmap. Date fields are null when absent; where each field is
 * written is kept in the roadmap's {@link PositionTable}.
 *
 * @param id unique id among milestones
 * @param title human title, or null when the file omits it
 * @param phase the id of the phase it belongs to (null only when the file omits it)
 * @param kind what it stands for
 * @param mission the id of the mission it concerns, or null
 * @param date pins a zero-length milestone to a day
 * @param start pins the first day
 * @param end pins the last day (inclusive)
 * @param durationDays length in days, or null
 * @param notBefore soft earliest start, or null
 * @param deadline latest allowed finish (inclusive), or null
 * @param requires prerequisites in file order
 * @param status progress
 * @param source citation, or null
 */
public record Milestone(
    String id,
    String title,
    String phase,
    Kind kind,
    String mission,
    LocalDate date,
    LocalDate start,
    LocalDate end,
    Integer durationDays,
    LocalDate notBefore,
    LocalDate deadline,
    List<Dependency> requires,
    Status status,
    String source) {

  public Milestone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    requires = List.copyOf(requires);
  }

  /** True when the file fixes its dates ({@code date}, or {@code start} or {@code end}). */
  public boolean isPinned() {
    return date != null || start != null || end != null;
  }

  /** This milestone with other dates, all else the same. */
  public Milestone withDates(
      LocalDate date, LocalDate start, LocalDate end, Integer durationDays, LocalDate notBefore) {
    return new Milestone(
        id,
        title,
        phase,
        kind,
        mission,
        date,
        start,
        end,
        durationDays,
        notBefore,
        deadline,
        requires,
        status,
        source);
  }
}
