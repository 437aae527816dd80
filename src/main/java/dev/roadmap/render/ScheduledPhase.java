package dev.roadmap.render;

import dev.roadmap.model.Phase;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Timeline;
import dev.roadmap.plan.Timelines;
import java.util.ArrayList;
import java.util.List;

/**
 * A phase of the plan's {@link Timeline} of a whole schedule, with its milestones as schedule
 * entries: how the exports that show every phase (Markdown, Mermaid, HTML, DOT) group milestones.
 *
 * @param number 1-based position in phase order
 * @param phase the phase
 * @param entries its milestones, by start, then end, then file order
 */
record ScheduledPhase(int number, Phase phase, List<Schedule.Entry> entries) {

  /** Every phase in phase order, empty ones and ones whose id is taken twice included. */
  static List<ScheduledPhase> of(Schedule s) {
    return of(s, DetailFilter.NONE);
  }

  /**
   * Every phase in phase order with the milestones {@code filter} lets through; with a filter, the
   * phases left with none are left out.
   */
  static List<ScheduledPhase> of(Schedule s, DetailFilter filter) {
    Timeline t = Timelines.of(s, filter);
    List<ScheduledPhase> out = new ArrayList<>(t.phases().size());
    for (Timeline.PhaseEntries p : t.phases()) {
      List<Schedule.Entry> entries = new ArrayList<>(p.entries().size());
      for (Timeline.Entry e : p.entries()) {
        Schedule.Entry scheduled = s.get(e.milestone().id());
        // A second milestone with a taken id (its RM200 suppressed) is not scheduled.
        if (scheduled != null && scheduled.milestone() == e.milestone()) {
          entries.add(scheduled);
        }
      }
      if (filter.isNone() || !entries.isEmpty()) {
        out.add(new ScheduledPhase(p.number(), p.phase(), entries));
      }
    }
    return out;
  }
}
