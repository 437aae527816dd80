package dev.roadmap.check;

import dev.roadmap.model.Authority;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Mission;
import dev.roadmap.model.Phase;
import dev.roadmap.model.PositionTable;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.CycleLinks;
import dev.roadmap.plan.DependencyGraph;
import dev.roadmap.plan.Interval;
import dev.roadmap.plan.Pins;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every check reads: the roadmap, its elements indexed by id (the first of each id), the
 * dependency graph, the schedule, and the status date. Safe to share between threads: the graph and
 * the schedule are made when first asked for, once.
 */
public final class CheckContext {
  private final Roadmap roadmap;
  private final LocalDate asOf;
  private volatile DependencyGraph graph;
  private final Map<String, Phase> phases = new LinkedHashMap<>();
  private final Map<String, Integer> phaseOrder = new LinkedHashMap<>();
  private final Map<String, Mission> missions = new LinkedHashMap<>();
  private final Map<String, Authority> authorities = new LinkedHashMap<>();
  private volatile Optional<Schedule> schedule;
  private volatile CycleLinks cycleLinks;
  private volatile Map<String, RenamedIds.Renamed> renamedIds;

  /**
   * @param roadmap the roadmap, possibly partial
   * @param asOf the status date, or null when none is known
   */
  public CheckContext(Roadmap roadmap, LocalDate asOf) {
    this.roadmap = roadmap;
    this.asOf = asOf;
    for (Phase p : roadmap.phases()) {
      if (phases.putIfAbsent(p.id(), p) == null) {
        phaseOrder.put(p.id(), phaseOrder.size());
      }
    }
    roadmap.missions().forEach(m -> missions.putIfAbsent(m.id(), m));
    roadmap.authorities().forEach(a -> authorities.putIfAbsent(a.id(), a));
  }

  /**
   * The schedule, if the roadmap can be scheduled (it has a start and no cycle). Made by the first
   * check that asks, once; checks on other threads that ask meanwhile wait for it.
   */
  public Optional<Schedule> schedule() {
    Optional<Schedule> s = schedule;
    if (s == null) {
      synchronized (this) {
        s = schedule;
        if (s == null) {
          s = Scheduler.schedule(roadmap, graph());
          schedule = s;
        }
      }
    }
    return s;
  }

  /**
   * The dates of a milestone: scheduled when the roadmap can be scheduled, else pinned only. A
   * second milestone with an id already taken has its pinned dates only.
   */
  public Optional<Interval> dates(Milestone m) {
    Schedule.Entry e = schedule().map(s -> s.get(m.id())).orElse(null);
    if (e != null && e.milestone() == m) {
      return Optional.of(e.dates());
    }
    return Pins.of(m);
  }

  public Roadmap roadmap() {
    return roadmap;
  }

  /** Where each element of the roadmap is written. */
  public PositionTable positions() {
    return roadmap.positions();
  }

  /** The status date, or null. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The dependency graph: made by the first check that asks, once, like the schedule. */
  public DependencyGraph graph() {
    DependencyGraph g = graph;
    if (g == null) {
      synchronized (this) {
        g = graph;
        if (g == null) {
          g = DependencyGraph.of(roadmap);
          graph = g;
        }
      }
    }
    return g;
  }

  /** The ids that look renamed into a duplicate ({@link RenamedIds}), found once a file. */
  Map<String, RenamedIds.Renamed> renamedIds() {
    Map<String, RenamedIds.Renamed> r = renamedIds;
    if (r == null) {
      synchronized (this) {
        r = renamedIds;
        if (r == null) {
          r = RenamedIds.of(this);
          renamedIds = r;
        }
      }
    }
    return r;
  }

  /**
   * The links that lie on a dependency cycle: made by the first check that asks, once. A link on a
   * cycle has RM206 for its finding, not also RM300 or RM301.
   */
  public CycleLinks cycleLinks() {
    CycleLinks l = cycleLinks;
    if (l == null) {
      synchronized (this) {
        l = cycleLinks;
        if (l == null) {
          l = CycleLinks.of(graph());
          cycleLinks = l;
        }
      }
    }
    return l;
  }

  /** What has been made so far: the graph, the schedule, or neither. */
  Check.Needs made() {
    return schedule != null
        ? Check.Needs.SCHEDULE
        : graph != null ? Check.Needs.GRAPH : Check.Needs.NOTHING;
  }

  public Map<String, Phase> phases() {
    return phases;
  }

  /** Position of a phase in phase order, or -1 if unknown. */
  public int phaseIndex(String id) {
    return phaseOrder.getOrDefault(id, -1);
  }

  public Map<String, Mission> missions() {
    return missions;
  }

  public Map<String, Authority> authorities() {
    return authorities;
  }
}
