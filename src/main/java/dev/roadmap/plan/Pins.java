package dev.roadmap.plan;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Precision;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a milestone's own fields fix, before any scheduling. A date written as a month or a
 * year is scheduled at its first day, except an {@code end}, which is its last (format.md, "Dates
 * at month or year precision"); {@link #bounds} gives every day such a date allows, for the checks.
 */
public final class Pins {
  private Pins() {}

  /**
   * The interval the file pins, if it pins one: {@code date} (zero length), {@code start} with
   * {@code duration} or {@code end}, {@code start} alone (zero length), or {@code end} with {@code
   * duration}. Empty when the milestone is not pinned or its date fields contradict each other
   * (RM304 reports that).
   */
  public static Optional<Interval> of(Milestone m) {
    if (m.date() != null) {
      if (m.start() != null || m.end() != null || m.hasDuration()) {
        return Optional.empty();
      }
      return Optional.of(new Interval(m.date(), m.date()));
    }
    if (m.start() != null) {
      if (m.end() != null) {
        if (m.end().isBefore(m.start())) {
          return Optional.empty();
        }
        Interval i = new Interval(m.start(), m.end().plusDays(1));
        if (m.hasDuration() && !m.endFrom(m.start()).equals(i.end())) {
          return m.precisions().allDays() ? Optional.empty() : coarseSpan(m);
        }
        return Optional.of(i);
      }
      return Optional.of(new Interval(m.start(), m.endFrom(m.start())));
    }
    if (m.end() != null && m.hasDuration() && !m.hasZeroDuration()) {
      LocalDate end = m.end().plusDays(1);
      return Optional.of(new Interval(m.startBefore(end), end));
    }
    return Optional.empty();
  }

  /**
   * {@code start}, {@code end} and {@code duration} with a coarse start or end: the earliest start
   * that both allow, if the duration fits between them.
   */
  private static Optional<Interval> coarseSpan(Milestone m) {
    Optional<Bounds> b = bounds(m);
    return b.map(x -> new Interval(x.earliestStart(), x.earliestEnd()));
  }

  /**
   * Every day a pinned milestone may fall on, as far as its fields say: a date written as a month
   * or a year allows each day of it. Equal to {@link #of} for a milestone whose dates are days.
   * Empty as {@link #of} is empty.
   *
   * @param earliestStart the first day it may start
   * @param latestStart the last day it may start
   * @param earliestEnd the earliest end (exclusive; the start for a zero-length milestone)
   * @param latestEnd the latest end (exclusive; the start for a zero-length milestone)
   */
  public record Bounds(
      LocalDate earliestStart, LocalDate latestStart, LocalDate earliestEnd, LocalDate latestEnd) {

    /** The bounds of one interval: no choice of days. */
    public static Bounds of(Interval i) {
      return new Bounds(i.start(), i.start(), i.end(), i.end());
    }

    /** The earliest last day, as a person reads it. */
    public LocalDate earliestFinish() {
      return earliestEnd.equals(earliestStart) ? earliestStart : earliestEnd.minusDays(1);
    }

    /** The latest last day, as a person reads it. */
    public LocalDate latestFinish() {
      return latestEnd.equals(latestStart) ? latestStart : latestEnd.minusDays(1);
    }
  }

  /** See {@link Bounds}. */
  public static Optional<Bounds> bounds(Milestone m) {
    if (m.precisions().allDays()) {
      return of(m).map(Bounds::of);
    }
    Precision pd = m.precision(MilestoneField.DATE);
    Precision ps = m.precision(MilestoneField.START);
    Precision pe = m.precision(MilestoneField.END);
    Integer n = monthsAsDays(m);
    if (m.date() != null) {
      if (m.start() != null || m.end() != null || n != null) {
        return Optional.empty();
      }
      LocalDate first = pd.first(m.date());
      LocalDate last = pd.last(m.date());
      return Optional.of(new Bounds(first, last, first, last));
    }
    if (m.start() != null) {
      LocalDate fs = ps.first(m.start());
      LocalDate ls = ps.last(m.start());
      if (m.end() == null) {
        return Optional.of(new Bounds(fs, ls, m.endFrom(fs), m.endFrom(ls)));
      }
      LocalDate fe = pe.first(m.end());
      LocalDate le = pe.last(m.end());
      if (le.isBefore(fs)) {
        return Optional.empty();
      }
      if (n == null) {
        LocalDate earliestEnd = (fe.isBefore(fs) ? fs : fe).plusDays(1);
        LocalDate latestStart = ls.isAfter(le) ? le : ls;
        return Optional.of(new Bounds(fs, latestStart, earliestEnd, le.plusDays(1)));
      }
      // The last day is start + n - 1, within both the start's and the end's period.
      LocalDate from = max(fs, fe.plusDays(1L - n));
      LocalDate to = min(ls, le.plusDays(1L - n));
      if (n <= 0 || to.isBefore(from)) {
        return Optional.empty();
      }
      return Optional.of(new Bounds(from, to, from.plusDays(n), to.plusDays(n)));
    }
    if (m.end() != null && n != null && n > 0) {
      LocalDate fe = pe.first(m.end()).plusDays(1);
      LocalDate le = pe.last(m.end()).plusDays(1);
      return Optional.of(new Bounds(m.startBefore(fe), m.startBefore(le), fe, le));
    }
    return Optional.empty();
  }

  /** The precision a pinned milestone's first day is written at ({@code date}, {@code start}). */
  public static Precision startPrecision(Milestone m) {
    if (m.precisions().allDays()) {
      return Precision.DAY;
    }
    if (m.date() != null) {
      return m.precision(MilestoneField.DATE);
    }
    return m.start() != null ? m.precision(MilestoneField.START) : m.precision(MilestoneField.END);
  }

  /**
   * The precision a pinned milestone's last day is written at: its {@code end}, else the field its
   * finish is counted from.
   */
  public static Precision finishPrecision(Milestone m) {
    if (m.precisions().allDays()) {
      return Precision.DAY;
    }
    if (m.date() != null) {
      return m.precision(MilestoneField.DATE);
    }
    return m.end() != null ? m.precision(MilestoneField.END) : m.precision(MilestoneField.START);
  }

  /**
   * The duration in days, for the bounds of coarse dates: a duration in months counts the days of
   * those months from the milestone's written start or end (an approximation only where a coarse
   * start, an end and a duration in months are all given).
   */
  private static Integer monthsAsDays(Milestone m) {
    if (m.durationMonths() == null) {
      return m.durationDays();
    }
    LocalDate from = m.start() != null ? m.start() : m.end() != null ? m.end() : null;
    if (from == null) {
      return m.durationMonths();
    }
    return (int) (m.endFrom(from).toEpochDay() - from.toEpochDay());
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
