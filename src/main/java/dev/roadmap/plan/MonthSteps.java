package dev.roadmap.plan;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import java.time.LocalDate;

/**
 * The scheduler's arithmetic for lags and durations in calendar months, over epoch days. A month is
 * added as {@link LocalDate#plusMonths} adds it: the day of the month is kept, or the month's last
 * day when it is shorter (2024-01-31 plus 1 month is 2024-02-29). That is not invertible, so the
 * backward pass searches the few days near {@link LocalDate#minusMonths} for the latest day that
 * still fits.
 */
final class MonthSteps {
  private MonthSteps() {}

  /** {@code day} moved by the lag of {@code d}. */
  static long shift(Dependency d, long day) {
    return d.shift(LocalDate.ofEpochDay(day)).toEpochDay();
  }

  /** The end (exclusive) of {@code m} when it starts on {@code start}. */
  static long end(Milestone m, long start) {
    return m.endFrom(LocalDate.ofEpochDay(start)).toEpochDay();
  }

  /** The earliest start of {@code m} whose end is on or after {@code end}. */
  static long earliestStartEndingBy(Milestone m, long end) {
    long x = m.startBefore(LocalDate.ofEpochDay(end)).toEpochDay();
    while (end(m, x) < end) {
      x++;
    }
    while (end(m, x - 1) >= end) {
      x--;
    }
    return x;
  }

  /**
   * The latest day {@code x} such that {@code x} moved by the lag of {@code d} is {@code <= limit}.
   */
  static long latestBefore(Dependency d, long limit) {
    LocalDate l = LocalDate.ofEpochDay(limit);
    long x = l.minusMonths(d.lagMonths()).toEpochDay();
    while (shift(d, x) > limit) {
      x--;
    }
    while (shift(d, x + 1) <= limit) {
      x++;
    }
    return x;
  }
}
