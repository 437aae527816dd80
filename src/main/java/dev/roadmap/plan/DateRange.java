package dev.roadmap.plan;

import java.time.LocalDate;

/**
 * The days the format can write: the years 0001-9999, as {@code YYYY-MM-DD}. A milestone's days and
 * the day after its last, which the exports write as its exclusive end (JSON, CSV, iCal), must all
 * be among them: its first day is 0001-01-01 or later, and its last day 9999-12-30 or earlier
 * (RM307).
 */
public final class DateRange {
  private DateRange() {}

  /** The first day that can be written. */
  public static final LocalDate FIRST = LocalDate.of(1, 1, 1);

  /** The last day that can be written. */
  public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  /** The last day a milestone may occupy, so that the day after it can still be written. */
  public static final LocalDate LAST_DAY = LAST.minusDays(1);

  /** Whether every day of {@code e}, and the day after its last, can be written. */
  public static boolean fits(Schedule.Entry e) {
    return startFits(e) && finishFits(e);
  }

  /** Whether its first day is 0001-01-01 or later. */
  public static boolean startFits(Schedule.Entry e) {
    return !e.dates().start().isBefore(FIRST);
  }

  /**
   * Whether its last day, at its latest (the last day of a month or a year it is written as), is
   * {@link #LAST_DAY} or earlier.
   */
  public static boolean finishFits(Schedule.Entry e) {
    return !e.latestFinish().isAfter(LAST_DAY);
  }

  /** Whether every milestone of {@code s} {@link #fits}. */
  public static boolean fits(Schedule s) {
    for (Schedule.Entry e : s.milestones().values()) {
      if (!fits(e)) {
        return false;
      }
    }
    return true;
  }
}
