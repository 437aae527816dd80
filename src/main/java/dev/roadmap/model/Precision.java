package dev.roadmap.model;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How precisely a date is written: a day ({@code 2004-08-01}), a month ({@code 2004-08}) or a year
 * ({@code 2004}). A coarse date is kept as one day of its period (format.md says which) beside its
 * precision, and printed at its precision.
 */
public enum Precision {
  DAY("day"),
  MONTH("month"),
  YEAR("year");

  private final String key;

  Precision(String key) {
    this.key = key;
  }

  /** The word used in JSON and the docs: {@code day}, {@code month} or {@code year}. */
  public String key() {
    return key;
  }

  /** True for a month or a year. */
  public boolean isCoarse() {
    return this != DAY;
  }

  /** The first day of the period at this precision that holds {@code d}. */
  public LocalDate first(LocalDate d) {
    return switch (this) {
      case DAY -> d;
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  /** The last day of the period at this precision that holds {@code d}. */
  public LocalDate last(LocalDate d) {
    return switch (this) {
      case DAY -> d;
      case MONTH -> d.with(TemporalAdjusters.lastDayOfMonth());
      case YEAR -> d.with(TemporalAdjusters.lastDayOfYear());
    };
  }

  /** {@code d} written at this precision: "2004-08-01", "2004-08" or "2004"; "" for null. */
  public String format(LocalDate d) {
    if (d == null) {
      return "";
    }
    return switch (this) {
      case DAY -> d.toString();
      case MONTH -> d.toString().substring(0, d.toString().length() - 3);
      case YEAR -> d.toString().substring(0, d.toString().length() - 6);
    };
  }

  /** The coarser of two precisions. */
  public Precision coarser(Precision other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
