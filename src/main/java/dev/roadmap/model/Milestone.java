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
 * @param source a citation in free text, or null
 * @param precisions how precisely each date field is written ({@link Precisions#DAY} when all are
 *     days); a coarse date field holds the day format.md gives it: the first day of its month or
 *     year, the last for {@code end} and {@code deadline}
 * @param cites the ids of the sources it cites ({@code source: [s2, s6]}), in file order; empty
 *     when its {@code source} is free text or absent
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
    String source,
    Precisions precisions,
    List<String> cites) {

  public Milestone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    requires = List.copyOf(requires);
    cites = cites == null ? List.of() : List.copyOf(cites);
    if (precisions == null) {
      precisions = Precisions.DAY;
    }
  }

  /** A milestone that cites no source by id. */
  public Milestone(
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
      String source,
      Precisions precisions) {
    this(
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
        source,
        precisions,
        List.of());
  }

  /** A milestone whose dates are all days. */
  public Milestone(
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
    this(
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
        source,
        Precisions.DAY);
  }

  /** How precisely a date field is written. */
  public Precision precision(MilestoneField f) {
    return precisions.of(f);
  }

  /** True when the file fixes its dates ({@code date}, or {@code start} or {@code end}). */
  public boolean isPinned() {
    return date != null || start != null || end != null;
  }

  /**
   * This milestone with other dates, all else the same. The new {@code date}, {@code start} and
   * {@code end} are days; {@code not-before} keeps its precision only if it is unchanged, and the
   * deadline keeps its own.
   */
  public Milestone withDates(
      LocalDate date, LocalDate start, LocalDate end, Integer durationDays, LocalDate notBefore) {
    Precisions p = Precisions.DAY.with(MilestoneField.DEADLINE, precision(MilestoneField.DEADLINE));
    if (Objects.equals(notBefore, this.notBefore)) {
      p = p.with(MilestoneField.NOT_BEFORE, precision(MilestoneField.NOT_BEFORE));
    }
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
        source,
        p,
        cites);
  }
}
