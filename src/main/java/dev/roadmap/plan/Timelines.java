package dev.roadmap.plan;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Builds the {@link Timeline} of a scheduled roadmap: its milestones by phase, then by date. */
public final class Timelines {
  private Timelines() {}

  /**
   * The timeline of the milestones that {@code filter} accepts; phases keep their place even when
   * empty, so their numbers stay those of the file.
   */
  public static Timeline of(Schedule schedule, Predicate<Milestone> filter) {
    Roadmap roadmap = schedule.roadmap();
    // The milestones of each phase id, in file order, found in one pass (not one per phase).
    Map<String, List<Milestone>> byPhase = new HashMap<>();
    for (Milestone m : roadmap.milestones()) {
      if (m.phase() != null && filter.test(m)) {
        byPhase.computeIfAbsent(m.phase(), k -> new ArrayList<>()).add(m);
      }
    }
    List<Timeline.PhaseEntries> phases = new ArrayList<>();
    int number = 0;
    for (Phase p : roadmap.phases()) {
      number++;
      List<Timeline.Entry> dated = new ArrayList<>();
      List<Timeline.Entry> undated = new ArrayList<>();
      for (Milestone m : byPhase.getOrDefault(p.id(), List.of())) {
        Timeline.Entry e = entry(m, schedule);
        (e.dates().isPresent() ? dated : undated).add(e);
      }
      // A stable sort: same dates keep file order.
      dated.sort(
          Comparator.comparing((Timeline.Entry e) -> e.dates().orElseThrow().start())
              .thenComparing(e -> e.dates().orElseThrow().end()));
      List<Timeline.Entry> all = new ArrayList<>(dated);
      all.addAll(undated);
      phases.add(new Timeline.PhaseEntries(number, p, all));
    }
    return new Timeline(roadmap, phases);
  }

  private static Timeline.Entry entry(Milestone m, Schedule schedule) {
    Schedule.Entry s = schedule.get(m.id());
    if (s == null || s.milestone() != m) {
      // A second milestone with an id already taken (only in a roadmap with errors).
      return new Timeline.Entry(m, Pins.of(m), false, null, false);
    }
    return new Timeline.Entry(
        m, java.util.Optional.of(s.dates()), !s.pinned(), s.slackDays(), s.critical());
  }
}
