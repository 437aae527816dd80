package dev.roadmap.plan;

import dev.roadmap.model.Milestone;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Whether a milestone, as scheduled, finishes after its deadline, and by how many days. */
public final class Deadlines {
  private Deadlines() {}

  /**
   * The days by which a live milestone's finish passes its deadline, 0 when it meets it or has
   * none. A pinned finish written as a month or a year is taken at its earliest day, and a coarse
   * deadline at its last (the model holds it so): a deadline is missed only if it is missed on
   * every day the precision allows, and the days are the fewest it can be missed by.
   *
   * @param m the milestone
   * @param dates its scheduled days
   * @param pinned true when the file pins them
   */
  public static long missedBy(Milestone m, Interval dates, boolean pinned) {
    if (m.deadline() == null || !m.status().isLive()) {
      return 0;
    }
    java.time.LocalDate finish = dates.finish();
    if (pinned && !m.precisions().allDays()) {
      Optional<Pins.Bounds> b = Pins.bounds(m);
      if (b.isPresent()) {
        finish = b.get().earliestFinish();
      }
    }
    return Math.max(0, ChronoUnit.DAYS.between(m.deadline(), finish));
  }

  /** {@link #missedBy(Milestone, Interval, boolean)} for a scheduled entry. */
  public static long missedBy(Schedule.Entry e) {
    return missedBy(e.milestone(), e.dates(), e.pinned());
  }
}
