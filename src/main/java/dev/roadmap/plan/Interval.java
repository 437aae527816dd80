package dev.roadmap.plan;

import dev.roadmap.model.Precision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a milestone occupies: {@code [start, end)} in whole days. A zero-length milestone has
 * {@code start == end} and is shown as the single day {@code start}.
 *
 * @param start first day
 * @param end the day after the last day (exclusive)
 */
public record Interval(LocalDate start, LocalDate end) {
  public Interval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " before start " + start);
    }
  }

  public boolean isZeroLength() {
    return start.equals(end);
  }

  /** The last day as a person reads it: {@code end - 1 day}, or the day of a zero-length one. */
  public LocalDate finish() {
    return isZeroLength() ? start : end.minusDays(1);
  }

  public long days() {
    return ChronoUnit.DAYS.between(start, end);
  }

  /** "2004-11-01" for a zero-length interval, "2005-01-10..2005-08-05" otherwise. */
  public String display() {
    return isZeroLength() ? start.toString() : start + ".." + finish();
  }

  /**
   * As {@link #display()}, the first day written at {@code startPrecision} and the last at {@code
   * finishPrecision}: "2004-08", "2004-07..2004-08"; a span within one month or year written at
   * that precision is shown once ("2004-08").
   */
  public String display(Precision startPrecision, Precision finishPrecision) {
    if (startPrecision == Precision.DAY && finishPrecision == Precision.DAY) {
      return display();
    }
    String a = startPrecision.format(start);
    if (isZeroLength()) {
      return a;
    }
    String b = finishPrecision.format(finish());
    return a.equals(b) ? a : a + ".." + b;
  }
}
