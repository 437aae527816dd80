package dev.roadmap.render;

import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.MissionStates;
import dev.roadmap.plan.Schedule;
import java.time.LocalDate;
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

  /** The last day of the latest live milestone, as a person reads it; the start without one. */
  static LocalDate finish(Schedule s) {
    LocalDate last = null;
    for (Schedule.Entry e : s.milestones().values()) {
      if (e.milestone().status().isLive() && (last == null || e.dates().finish().isAfter(last))) {
        last = e.dates().finish();
      }
    }
    return last == null ? s.roadmap().start() : last;
  }

  /**
   * "Start 2002-12-05, as of 2026-11-27: 54 milestones in 3 phases, 10 of 12 missions transferred;
   * finish 2028-10-31."
   */
  static String summary(Schedule s) {
    Roadmap r = s.roadmap();
    StringBuilder b = new StringBuilder("Start ").append(r.start());
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
    b.append("; finish ").append(finish(s)).append('.');
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
