package dev.roadmap.render;

import dev.roadmap.model.Dependency;

/** How the exports write a prerequisite link: its type when not finish-to-start, and its lag. */
final class LinkText {
  private LinkText() {}

  /** "SS", "FF", "+2w", "SS -3d"; empty for a finish-to-start link without lag. */
  static String label(Dependency d) {
    String type =
        switch (d.type()) {
          case FINISH_TO_START -> "";
          case START_TO_START -> "SS";
          case FINISH_TO_FINISH -> "FF";
        };
    String lag = d.hasLag() ? lag(d) : "";
    return (type + " " + lag).strip();
  }

  /**
   * A signed lag in calendar months as written ("+3mo", "-1mo"), else in weeks when it is whole
   * weeks, else in days: "+37w", "-3d".
   */
  static String lag(Dependency d) {
    if (d.lagMonths() != 0) {
      return (d.lagMonths() > 0 ? "+" : "") + d.lagMonths() + "mo";
    }
    return lag(d.lagDays());
  }

  /** A signed lag in weeks when it is whole weeks, else in days: "+37w", "-3d". */
  static String lag(int days) {
    String sign = days > 0 ? "+" : "";
    return days % 7 == 0 ? sign + days / 7 + "w" : sign + days + "d";
  }
}
