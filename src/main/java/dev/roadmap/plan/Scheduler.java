package dev.roadmap.plan;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

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
 * and bounds its prerequisites. A live milestone's deadline bounds its latest finish, so its slack
 * is never more than the days to its deadline, nor to a deadline of anything it leads to; a
 * milestone computed past its deadline has negative slack. Superseded and cancelled milestones are
 * dated like the others but constrain nothing.
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
    return schedule(roadmap, DependencyGraph.of(roadmap));
  }

  /** Schedules a roadmap whose graph is already built: {@code graph} must be of {@code roadmap}. */
  public static Optional<Schedule> schedule(Roadmap roadmap, DependencyGraph graph) {
    int[] order = graph.order();
    if (roadmap.start() == null || order == null) {
      return Optional.empty();
    }
    Map<String, Phase> phases = new HashMap<>();
    roadmap.phases().forEach(p -> phases.putIfAbsent(p.id(), p));

    // Days as epoch days in int arrays, one slot per milestone number: no object per date.
    int n = graph.size();
    long[] earlyStart = new long[n];
    long[] earlyEnd = new long[n];
    boolean[] pinned = new boolean[n];
    boolean[] live = new boolean[n];
    Schedule.DriverKind[] driverKind = new Schedule.DriverKind[n];
    int[] driverLink = new int[n];
    for (int i : order) {
      Milestone m = graph.at(i);
      live[i] = m.status().isLive();
      driverLink[i] = -1;
      Optional<Interval> pin = Pins.of(m);
      if (pin.isPresent()) {
        pinned[i] = true;
        driverKind[i] = Schedule.DriverKind.PINNED;
        earlyStart[i] = pin.get().start().toEpochDay();
        earlyEnd[i] = pin.get().end().toEpochDay();
        continue;
      }
      int duration = m.durationDays() == null ? 0 : Math.max(0, m.durationDays());
      boolean monthly = m.durationMonths() != null;
      Schedule.Driver floor = earliest(roadmap, m, phases.get(m.phase() == null ? "" : m.phase()));
      driverKind[i] = floor.kind();
      long start = floor.date().toEpochDay();
      for (int e = graph.firstLink(i); e < graph.firstLink(i + 1); e++) {
        int p = graph.linkTarget(e);
        if (!live[p]) {
          continue;
        }
        int lag = graph.linkLag(e);
        long s;
        if (monthly || graph.link(e).lagMonths() != 0) {
          s = startAfter(graph.link(e), m, earlyStart[p], earlyEnd[p], duration);
        } else {
          s =
              switch (graph.linkType(e)) {
                case FINISH_TO_START -> earlyEnd[p] + lag;
                case START_TO_START -> earlyStart[p] + lag;
                case FINISH_TO_FINISH -> earlyEnd[p] + lag - duration;
              };
        }
        if (s > start) {
          start = s;
          driverKind[i] = Schedule.DriverKind.PREREQUISITE;
          driverLink[i] = e;
        }
      }
      earlyStart[i] = start;
      earlyEnd[i] = monthly ? MonthSteps.end(m, start) : start + duration;
    }

    long finish = roadmap.start().toEpochDay();
    for (int i : order) {
      if (live[i] && earlyEnd[i] > finish) {
        finish = earlyEnd[i];
      }
    }

    // Backward pass: latest end of each milestone that keeps every dependent and the finish.
    long[] lateEnd = new long[n];
    for (int k = order.length - 1; k >= 0; k--) {
      int i = order[k];
      long days = earlyEnd[i] - earlyStart[i];
      long latest = Math.max(finish, earlyEnd[i]);
      if (live[i]) {
        for (int j = graph.firstDependentLink(i); j < graph.firstDependentLink(i + 1); j++) {
          int e = graph.dependentLink(j);
          int s = graph.linkSource(e);
          if (!live[s]) {
            continue;
          }
          int lag = graph.linkLag(e);
          long sEnd = lateEnd[s];
          long sStart = sEnd - (earlyEnd[s] - earlyStart[s]);
          Dependency d = graph.link(e);
          long bound;
          if (d.lagMonths() != 0) {
            // The latest day that, moved by the lag, still meets the dependent's late date.
            bound =
                switch (graph.linkType(e)) {
                  case FINISH_TO_START -> MonthSteps.latestBefore(d, sStart);
                  case START_TO_START -> MonthSteps.latestBefore(d, sStart) + days;
                  case FINISH_TO_FINISH -> MonthSteps.latestBefore(d, sEnd);
                };
          } else {
            bound =
                switch (graph.linkType(e)) {
                  case FINISH_TO_START -> sStart - lag;
                  case START_TO_START -> sStart - lag + days;
                  case FINISH_TO_FINISH -> sEnd - lag;
                };
          }
          latest = Math.min(latest, bound);
        }
      }
      LocalDate deadline = live[i] ? graph.at(i).deadline() : null;
      if (deadline != null) {
        // A deadline bounds slack, as in MS Project: the finish may not pass it (a zero-length
        // milestone's end is its day; another's is the day after its last). Past it, slack is
        // negative, and so is that of the chain that dates it.
        long bound = deadline.toEpochDay() + (days == 0 ? 0 : 1);
        latest = Math.min(latest, bound);
      }
      if (pinned[i]) {
        // A pinned milestone keeps its dates: it has no slack, and bounds what comes before it.
        latest = earlyEnd[i];
      }
      lateEnd[i] = latest;
    }

    return Optional.of(
        new Schedule(
            roadmap,
            new Entries(graph, earlyStart, earlyEnd, lateEnd, pinned, driverKind, driverLink),
            LocalDate.ofEpochDay(finish)));
  }

  /**
   * The schedule's entries as a read-only map over the scheduler's arrays, in file order: an entry
   * is made when asked for, so a million milestones keep a few arrays rather than a million
   * long-lived entries, intervals and drivers (which the collector would copy about). Equal entries
   * come back for equal questions; the map can be read from several threads.
   */
  static final class Entries extends AbstractMap<String, Schedule.Entry> {
    private final DependencyGraph graph;
    private final long[] earlyStart;
    private final long[] earlyEnd;
    private final long[] lateEnd;
    private final boolean[] pinned;
    private final Schedule.DriverKind[] driverKind;
    private final int[] driverLink;

    /** One LocalDate per day of the schedule's span, when that span is not absurdly long. */
    private final LocalDate[] days;

    private final long firstDay;

    Entries(
        DependencyGraph graph,
        long[] earlyStart,
        long[] earlyEnd,
        long[] lateEnd,
        boolean[] pinned,
        Schedule.DriverKind[] driverKind,
        int[] driverLink) {
      this.graph = graph;
      this.earlyStart = earlyStart;
      this.earlyEnd = earlyEnd;
      this.lateEnd = lateEnd;
      this.pinned = pinned;
      this.driverKind = driverKind;
      this.driverLink = driverLink;
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int i = 0; i < earlyStart.length; i++) {
        min = Math.min(min, earlyStart[i]);
        max = Math.max(max, earlyEnd[i]);
      }
      if (min > max) {
        days = new LocalDate[0];
        firstDay = 0;
        return;
      }
      // Out of LocalDate's range fails here, as computing the dates one by one would.
      LocalDate.ofEpochDay(min);
      LocalDate.ofEpochDay(max);
      firstDay = min;
      days = max - min < DAYS_KEPT ? new LocalDate[(int) (max - min + 1)] : null;
    }

    /**
     * The LocalDate of a day, made once. Threads may race to fill a slot: both make an equal,
     * immutable LocalDate (final fields, safely published), and either may stay.
     */
    private LocalDate day(long epochDay) {
      if (days == null) {
        return LocalDate.ofEpochDay(epochDay);
      }
      int k = (int) (epochDay - firstDay);
      LocalDate d = days[k];
      if (d == null) {
        d = LocalDate.ofEpochDay(epochDay);
        days[k] = d;
      }
      return d;
    }

    Schedule.Entry entry(int i) {
      LocalDate start = day(earlyStart[i]);
      Schedule.Driver driver =
          new Schedule.Driver(
              driverKind[i], driverLink[i] < 0 ? null : graph.link(driverLink[i]), start);
      return new Schedule.Entry(
          graph.at(i),
          new Interval(start, day(earlyEnd[i])),
          pinned[i],
          lateEnd[i] - earlyEnd[i],
          driver);
    }

    @Override
    public Schedule.Entry get(Object key) {
      int i = key instanceof String id ? graph.index(id) : -1;
      return i < 0 ? null : entry(i);
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String id && graph.index(id) >= 0;
    }

    @Override
    public int size() {
      return graph.size();
    }

    @Override
    public Set<Map.Entry<String, Schedule.Entry>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Schedule.Entry>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < graph.size();
            }

            @Override
            public Map.Entry<String, Schedule.Entry> next() {
              if (next >= graph.size()) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new SimpleImmutableEntry<>(graph.at(i).id(), entry(i));
            }
          };
        }

        @Override
        public int size() {
          return graph.size();
        }
      };
    }
  }

  /**
   * The earliest start of {@code m} that the link {@code d} to a prerequisite dated {@code [ps,
   * pe)} allows, when the lag or {@code m}'s duration is in calendar months.
   */
  private static long startAfter(Dependency d, Milestone m, long ps, long pe, int days) {
    boolean monthly = m.durationMonths() != null;
    return switch (d.type()) {
      case FINISH_TO_START -> MonthSteps.shift(d, pe);
      case START_TO_START -> MonthSteps.shift(d, ps);
      case FINISH_TO_FINISH ->
          monthly
              ? MonthSteps.earliestStartEndingBy(m, MonthSteps.shift(d, pe))
              : MonthSteps.shift(d, pe) - days;
    };
  }

  /** A schedule spanning fewer days than this keeps one LocalDate per day. */
  private static final long DAYS_KEPT = 1 << 16;

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
