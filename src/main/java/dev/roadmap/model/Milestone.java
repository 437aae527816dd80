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
 * @param durationMonths length in calendar months ({@code duration: 3mo}), or null; at most one of
 *     {@code durationDays} and {@code durationMonths} is given
 * @param details owner, labels, links, notes and {@code x-} keys ({@link Details#NONE} for none)
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
    List<String> cites,
    Integer durationMonths,
    Details details) {

  public Milestone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    requires = List.copyOf(requires);
    cites = cites == null ? List.of() : List.copyOf(cites);
    if (precisions == null) {
      precisions = Precisions.DAY;
    }
    if (details == null) {
      details = Details.NONE;
    }
  }

  /**
   * A milestone whose dates are all days, citing no source by id, with no months and no details.
   */
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
        Precisions.DAY,
        List.of(),
        null,
        Details.NONE);
  }

  /** How precisely a date field is written. */
  public Precision precision(MilestoneField f) {
    return precisions.of(f);
  }

  /** True when the file gives a duration, in days or in months. */
  public boolean hasDuration() {
    return durationDays != null || durationMonths != null;
  }

  /** True when the file gives a duration of zero. */
  public boolean hasZeroDuration() {
    return (durationDays != null && durationDays == 0)
        || (durationMonths != null && durationMonths == 0);
  }

  /**
   * The end (exclusive) of the milestone if it starts on {@code start}: its duration in calendar
   * months as {@link LocalDate#plusMonths} counts them (the day of the month kept, or the month's
   * last day when the month is shorter), or in days; {@code start} itself when it has none.
   */
  public LocalDate endFrom(LocalDate start) {
    if (durationMonths != null) {
      return start.plusMonths(durationMonths);
    }
    return durationDays == null ? start : start.plusDays(durationDays);
  }

  /**
   * The start of the milestone if it ends (exclusive) on {@code end}: the duration counted back.
   */
  public LocalDate startBefore(LocalDate end) {
    if (durationMonths != null) {
      return end.minusMonths(durationMonths);
    }
    return durationDays == null ? end : end.minusDays(durationDays);
  }

  /** The duration as the file writes it: "3mo", "30d"; null when it has none. */
  public String durationText() {
    if (durationMonths != null) {
      return durationMonths + "mo";
    }
    return durationDays == null ? null : durationDays + "d";
  }

  /** True when the file fixes its dates ({@code date}, or {@code start} or {@code end}). */
  public boolean isPinned() {
    return date != null || start != null || end != null;
  }

  /**
   * This milestone with other dates and the same duration (in days or in months), all else the
   * same; see {@link #withDates(LocalDate, LocalDate, LocalDate, Integer, LocalDate)}.
   */
  public Milestone withDates(LocalDate date, LocalDate start, LocalDate end, LocalDate notBefore) {
    return withDates(date, start, end, durationDays, durationMonths, notBefore);
  }

  /**
   * This milestone with other dates and a duration in days (or none), all else the same. The new
   * {@code date}, {@code start} and {@code end} are days; {@code not-before} keeps its precision
   * only if it is unchanged, and the deadline keeps its own.
   */
  public Milestone withDates(
      LocalDate date, LocalDate start, LocalDate end, Integer durationDays, LocalDate notBefore) {
    return withDates(date, start, end, durationDays, null, notBefore);
  }

  private Milestone withDates(
      LocalDate date,
      LocalDate start,
      LocalDate end,
      Integer durationDays,
      Integer durationMonths,
      LocalDate notBefore) {
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
        cites,
        durationMonths,
        details);
  }
}
