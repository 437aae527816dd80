package dev.roadmap.check;

import dev.roadmap.model.Dependency;

/** A lag in the words of a finding: "14 days", "3 months", "-1 month". */
final class LagWords {
  private LagWords() {}

  static String of(Dependency d) {
    if (d.lagMonths() != 0) {
      return d.lagMonths() + (Math.abs(d.lagMonths()) == 1 ? " month" : " months");
    }
    return d.lagDays() + (Math.abs(d.lagDays()) == 1 ? " day" : " days");
  }
}
