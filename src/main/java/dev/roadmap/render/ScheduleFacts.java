package dev.roadmap.render;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Precision;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.Deadlines;
import dev.roadmap.plan.Interval;
import dev.roadmap.plan.MissionStates;
import dev.roadmap.plan.Pins;
import dev.roadmap.plan.Schedule;
import java.util.Locale;

/** What several formats say about a whole schedule, and what dates a milestone. */
final class ScheduleFacts {
  private ScheduleFacts() {}

  /** The roadmap's title, or its file name when it has none. */
  static String title(Roadmap r) {
    return r.title() == null ? r.file() : r.title();
  }

  /** The title of the schedule's roadmap. */
  static String title(Schedule s) {
    return title(s.roadmap());
  }

  /** The live milestone that finishes last (the first in file order of a tie), or null. */
  static Schedule.Entry finishEntry(Schedule s) {
    Schedule.Entry last = null;
    for (Schedule.Entry e : s.milestones().values()) {
      if (e.milestone().status().isLive()
          && (last == null || e.dates().finish().isAfter(last.dates().finish()))) {
        last = e;
      }
    }
    return last;
  }

  /**
   * The project finish at the precision it is known, followed by " (computed)" when the scheduler
   * computed it: "2028-08-25 (computed)", "2008-09".
   */
  static String finishWords(Schedule s) {
    Schedule.Entry last = finishEntry(s);
    if (last == null) {
      return startText(s.roadmap());
    }
    return last.finishText() + (last.pinned() ? "" : " (computed)");
  }

  /** The project start at the precision the file writes it. */
  static String startText(Roadmap r) {
    return r.startPrecision().format(r.start());
  }

  /**
   * A milestone's own bounds, for the views: "not before 2005-01; deadline 2005-08-31, missed by 12
   * days", or "" when it has neither. A deadline is missed by the fewest days its precision allows
   * ("by at least" when a date is a month or a year).
   */
  static String constraints(Milestone m, Interval dates, boolean pinned) {
    StringBuilder b = new StringBuilder();
    if (m.notBefore() != null) {
      b.append("not before ").append(m.precision(MilestoneField.NOT_BEFORE).format(m.notBefore()));
    }
    if (m.deadline() != null) {
      b.append(b.length() == 0 ? "" : "; ").append(deadline(m, dates, pinned));
    }
    return b.toString();
  }

  /** "deadline 2005-08-31", "deadline 2005-08-31, missed by 12 days". */
  static String deadline(Milestone m, Interval dates, boolean pinned) {
    Precision dp = m.precision(MilestoneField.DEADLINE);
    String d = "deadline " + dp.format(m.deadline());
    long missed = dates == null ? 0 : Deadlines.missedBy(m, dates, pinned);
    if (missed <= 0) {
      return d;
    }
    boolean coarse = dp.isCoarse() || (pinned && Pins.finishPrecision(m).isCoarse());
    return d + ", missed by " + (coarse ? "at least " : "") + Plural.of(missed, "day");
  }

  /** {@link #constraints(Milestone, Interval, boolean)} of a scheduled milestone. */
  static String constraints(Schedule.Entry e) {
    return constraints(e.milestone(), e.dates(), e.pinned());
  }

  /**
   * "Start 2002-12-05, as of 2026-11-27: 54 milestones in 3 phases, 10 of 12 missions transferred;
   * finish 2028-10-31 (computed)."
   */
  static String summary(Schedule s) {
    Roadmap r = s.roadmap();
    StringBuilder b = new StringBuilder("Start ").append(startText(r));
    if (r.asOf() != null) {
      b.append(", as of ").append(r.asOf());
    }
    b.append(": ")
        .append(Plural.of(s.milestones().size(), "milestone"))
        .append(" in ")
        .append(Plural.of(r.phases().size(), "phase"));
    if (!r.missions().isEmpty() && r.asOf() != null) {
      var states = MissionStates.on(s, r.asOf());
      b.append(", ")
          .append(MissionStates.transferred(states))
          .append(" of ")
          .append(Plural.of(states.size(), "mission"))
          .append(" transferred");
    }
    b.append("; finish ").append(finishWords(s)).append('.');
    return b.toString();
  }

  /**
   * The driving prerequisite's id, or what else dates the milestone: "pinned", "project-start"...
   */
  static String driver(Schedule.Entry e) {
    return e.drivingPrerequisite()
        .orElse(e.driver().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
