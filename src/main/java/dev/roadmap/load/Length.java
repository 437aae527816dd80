package dev.roadmap.load;

/**
 * A duration or a lag as written: a number of days ({@code 3d}, {@code 2w}) or of calendar months
 * ({@code 3mo}).
 *
 * @param amount the signed number of days or of months
 * @param months true for calendar months
 */
record Length(int amount, boolean months) {
  static Length days(int n) {
    return new Length(n, false);
  }

  static Length months(int n) {
    return new Length(n, true);
  }

  /** The days, or null for months. */
  Integer daysOrNull() {
    return months ? null : amount;
  }

  /** The months, or null for days. */
  Integer monthsOrNull() {
    return months ? amount : null;
  }
}
