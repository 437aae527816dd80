package dev.roadmap.plan;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduler: a forward pass in dependency order gives every unpinned milestone its earliest
 * dates; a backward pass from the project finish gives the latest ones, hence slack and the
 * critical path. Calendar days, as TaskJuggler's {@code duration} and {@code gapduration}. Linear
 * in milestones plus dependencies.
 *
 * <p>Constraints from a dependency on P with lag L: finish-to-start {@code S >= E(P) + L};
 * start-to-start {@code S >= S(P) + L}; finish-to-finish {@code E >= E(P) + L}. Several
 * prerequisites: the latest wins (ties go to the first listed). Nothing unpinned starts before the
 * project start, its {@code not-before} or its phase's start. Pinned milestones keep their dates
 * (the checks report what that violates), so in the backward pass a pinned milestone has no slack
 * and bounds its prerequisites. Superseded and cancelled milestones are dated like the others but
 * constrain nothing.
 */
public final class Scheduler {
  private Scheduler() {}

  /**
   * Schedules a roadmap. Empty when it cannot be scheduled: no project start, or a dependency
   * cycle. Unknown prerequisites and contradictory date fields are ignored (the checks report
   * them), so this also runs on roadmaps with errors.
   */
  public static Optional<Schedule> schedule(Roadmap roadmap) {
    if (roadmap.start() == null) {
      return Optional.empty();
    }
    DependencyGraph graph = DependencyGraph.of(roadmap);
    Optional<List<Milestone>> order = graph.topologicalOrder();
    if (order.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Phase> phases = new HashMap<>();
    roadmap.phases().forEach(p -> phases.putIfAbsent(p.id(), p));

    Map<String, Interval> early = new HashMap<>();
    Map<String, Schedule.Driver> drivers = new HashMap<>();
    Map<String, Boolean> pinned = new HashMap<>();
    for (Milestone m : order.get()) {
      Optional<Interval> pin = Pins.of(m);
      Schedule.Driver driver;
      Interval dates;
      if (pin.isPresent()) {
        dates = pin.get();
        driver = new Schedule.Driver(Schedule.DriverKind.PINNED, null, dates.start());
      } else {
        int duration = m.durationDays() == null ? 0 : Math.max(0, m.durationDays());
        driver = earliest(roadmap, m, phases.get(m.phase() == null ? "" : m.phase().id()));
        for (Dependency d : m.requires()) {
          Interval p = early.get(d.target().id());
          Milestone pm = graph.milestone(d.target().id()).orElse(null);
          if (p == null || pm == null || pm == m || !pm.status().isLive()) {
            continue;
          }
          LocalDate s = startAllowedBy(d, p, duration);
          if (s.isAfter(driver.date())) {
            driver = new Schedule.Driver(Schedule.DriverKind.PREREQUISITE, d, s);
          }
        }
        dates = new Interval(driver.date(), driver.date().plusDays(duration));
      }
      early.put(m.id(), dates);
      drivers.put(m.id(), driver);
      pinned.put(m.id(), pin.isPresent());
    }

    LocalDate finish = roadmap.start();
    for (Milestone m : order.get()) {
      if (m.status().isLive() && early.get(m.id()).end().isAfter(finish)) {
        finish = early.get(m.id()).end();
      }
    }

    // Backward pass: latest end of each milestone that keeps every dependent and the finish.
    Map<String, LocalDate> lateEnd = new HashMap<>();
    List<Milestone> reverse = new ArrayList<>(order.get());
    java.util.Collections.reverse(reverse);
    Map<String, List<Map.Entry<Milestone, Dependency>>> dependents = new HashMap<>();
    for (Milestone m : order.get()) {
      for (Dependency d : m.requires()) {
        if (graph.milestone(d.target().id()).isPresent() && !d.target().id().equals(m.id())) {
          dependents.computeIfAbsent(d.target().id(), k -> new ArrayList<>()).add(Map.entry(m, d));
        }
      }
    }
    for (Milestone m : reverse) {
      Interval mine = early.get(m.id());
      LocalDate latest = finish.isBefore(mine.end()) ? mine.end() : finish;
      if (m.status().isLive()) {
        for (Map.Entry<Milestone, Dependency> e : dependents.getOrDefault(m.id(), List.of())) {
          Milestone s = e.getKey();
          if (!s.status().isLive()) {
            continue;
          }
          Dependency d = e.getValue();
          LocalDate sEnd = lateEnd.get(s.id());
          long sDays = early.get(s.id()).days();
          LocalDate sStart = sEnd.minusDays(sDays);
          LocalDate bound =
              switch (d.type()) {
                case FINISH_TO_START -> sStart.minusDays(d.lagDays());
                case START_TO_START -> sStart.minusDays(d.lagDays()).plusDays(mine.days());
                case FINISH_TO_FINISH -> sEnd.minusDays(d.lagDays());
              };
          if (bound.isBefore(latest)) {
            latest = bound;
          }
        }
      }
      if (pinned.get(m.id())) {
        // A pinned milestone keeps its dates: it has no slack, and bounds what comes before it.
        latest = mine.end();
      }
      lateEnd.put(m.id(), latest);
    }

    Map<String, Schedule.Entry> entries = new LinkedHashMap<>();
    for (Milestone m : graph.milestones().values()) {
      Interval dates = early.get(m.id());
      long slack = ChronoUnit.DAYS.between(dates.end(), lateEnd.get(m.id()));
      entries.put(
          m.id(), new Schedule.Entry(m, dates, pinned.get(m.id()), slack, drivers.get(m.id())));
    }
    return Optional.of(new Schedule(roadmap, entries, finish));
  }

  /** The earliest start that {@code d} allows a dependent of {@code duration} days. */
  static LocalDate startAllowedBy(Dependency d, Interval prerequisite, int duration) {
    return switch (d.type()) {
      case FINISH_TO_START -> prerequisite.end().plusDays(d.lagDays());
      case START_TO_START -> prerequisite.start().plusDays(d.lagDays());
      case FINISH_TO_FINISH -> prerequisite.end().plusDays(d.lagDays()).minusDays(duration);
    };
  }

  private static Schedule.Driver earliest(Roadmap r, Milestone m, Phase phase) {
    Schedule.Driver driver =
        new Schedule.Driver(Schedule.DriverKind.PROJECT_START, null, r.start());
    if (phase != null && phase.start() != null && phase.start().isAfter(driver.date())) {
      driver = new Schedule.Driver(Schedule.DriverKind.PHASE_START, null, phase.start());
    }
    if (m.notBefore() != null && m.notBefore().isAfter(driver.date())) {
      driver = new Schedule.Driver(Schedule.DriverKind.NOT_BEFORE, null, m.notBefore());
    }
    return driver;
  }
}
