package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Phase;
import dev.roadmap.plan.Interval;
import dev.roadmap.plan.Pins;
import dev.roadmap.plan.Schedule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks on dates, pinned or computed by the scheduler: RM300 a pinned milestone dated before a
 * prerequisite allows; RM302 a milestone outside its phase window; RM303 past its deadline. A
 * computed date that breaks a window or a deadline names the chain of prerequisites that pushed it.
 * When the roadmap cannot be scheduled (a cycle), only pinned dates are checked.
 */
final class ScheduleCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    for (Milestone m : c.roadmap().milestones()) {
      // Superseded and cancelled milestones are shown, not scheduled against.
      Optional<Interval> pinned = m.status().isLive() ? Pins.of(m) : Optional.empty();
      if (pinned.isPresent()) {
        pinned(c, m, pinned.get(), out);
      }
    }
    Optional<Schedule> schedule = c.schedule();
    if (schedule.isPresent()) {
      for (Schedule.Entry e : schedule.get().milestones().values()) {
        if (!e.pinned() && e.milestone().status().isLive()) {
          computed(c, schedule.get(), e, out);
        }
      }
    }
    return out;
  }

  @Override
  public Needs needs() {
    return Needs.SCHEDULE;
  }

  /** RM300, RM302 and RM303 for a live milestone whose dates the file pins. */
  private static void pinned(CheckContext c, Milestone m, Interval i, List<Diagnostic> out) {
    prerequisites(c, m, i, out);
    window(c, m, i, startKey(m), out);
    if (m.deadline() != null && i.finish().isAfter(m.deadline())) {
      out.add(
          Diagnostic.of(
              Code.MISSES_DEADLINE,
              c.positions().of(m, finishKey(m)),
              pastDeadline(m, "finishes", i.finish()),
              "move it earlier, shorten it, or agree a later deadline"));
    }
  }

  private static void prerequisites(CheckContext c, Milestone m, Interval i, List<Diagnostic> out) {
    for (int k = 0; k < m.requires().size(); k++) {
      Dependency d = m.requires().get(k);
      Milestone p = c.graph().milestone(d.target()).orElse(null);
      if (p == null || p == m || !p.status().isLive()) {
        continue;
      }
      Optional<Interval> pi = c.dates(p);
      if (pi.isEmpty()) {
        continue;
      }
      LocalDate allowed;
      LocalDate actual;
      String what;
      switch (d.type()) {
        case START_TO_START -> {
          allowed = pi.get().start().plusDays(d.lagDays());
          actual = i.start();
          what = "start";
        }
        case FINISH_TO_FINISH -> {
          allowed = pi.get().end().plusDays(d.lagDays());
          actual = i.end();
          what = "finish";
        }
        default -> {
          allowed = pi.get().end().plusDays(d.lagDays());
          actual = i.start();
          what = "start";
        }
      }
      // A link on a cycle: RM206 is its one finding (looked at only when the dates disagree).
      if (actual.isBefore(allowed) && !DependencyCycleCheck.onOneCycle(c, m.id(), p.id())) {
        String lag = d.lagDays() == 0 ? "" : " with a lag of " + d.lagDays() + " days";
        // For a finish-to-finish link, show the inclusive finish days people read.
        LocalDate shownActual = what.equals("finish") ? i.finish() : actual;
        LocalDate shownAllowed =
            what.equals("finish") ? (i.isZeroLength() ? allowed : allowed.minusDays(1)) : allowed;
        out.add(
            Diagnostic.of(
                Code.STARTS_BEFORE_PREREQUISITE,
                c.positions().ofRequirementTarget(m, k),
                "'"
                    + m.id()
                    + "' "
                    + (what.equals("start") ? "starts " : "finishes ")
                    + shownActual
                    + ", "
                    + days(actual, allowed)
                    + " before '"
                    + p.id()
                    + "' allows ("
                    + d.type().key()
                    + lag
                    + ": not before "
                    + shownAllowed
                    + ")",
                "move '"
                    + m.id()
                    + "' to "
                    + shownAllowed
                    + " or later, or correct '"
                    + p.id()
                    + "'"));
      }
    }
  }

  /** RM302 and RM303 for a live milestone the scheduler dates. */
  private static void computed(CheckContext c, Schedule s, Schedule.Entry e, List<Diagnostic> out) {
    Milestone m = e.milestone();
    Interval i = e.dates();
    Phase p = m.phase() == null ? null : c.phases().get(m.phase());
    boolean pastPhase = p != null && p.end() != null && !inverted(p) && i.finish().isAfter(p.end());
    boolean contradictory =
        m.notBefore() != null && m.deadline() != null && m.deadline().isBefore(m.notBefore());
    boolean pastDeadline =
        m.deadline() != null && !contradictory && i.finish().isAfter(m.deadline());
    if (!pastPhase && !pastDeadline) {
      return;
    }
    LocalDate finish = i.finish();
    // The chain is named only in a finding: building it for every milestone would be quadratic.
    String chain =
        s.drivingChain(m.id()).stream()
            .map(x -> x.milestone().id())
            .collect(Collectors.joining(" -> "));
    String pushed = chain.contains(" -> ") ? "; the chain " + chain + " dates it" : "";
    String fix = "start what pushes it earlier, shorten the chain, or ";
    if (pastPhase) {
      out.add(
          Diagnostic.of(
              Code.OUTSIDE_PHASE_WINDOW,
              c.positions().of(m),
              pastPhase(m, "is computed to finish", finish, p) + pushed,
              fix + "widen the window " + window(p)));
    }
    if (pastDeadline) {
      out.add(
          Diagnostic.of(
              Code.MISSES_DEADLINE,
              c.positions().of(m, MilestoneField.DEADLINE),
              pastDeadline(m, "is computed to finish", finish) + pushed,
              fix + "agree a later deadline"));
    }
  }

  /** RM303's message: "'a' finishes 2005-09-02, 2 days after its deadline 2005-08-31". */
  private static String pastDeadline(Milestone m, String finishes, LocalDate finish) {
    return late(m, finishes, finish, m.deadline()) + "its deadline " + m.deadline();
  }

  /** RM302's: "'a' finishes 2009-01-02, 2 days after its phase 'p' closes on 2008-12-31". */
  private static String pastPhase(Milestone m, String finishes, LocalDate finish, Phase p) {
    return late(m, finishes, finish, p.end()) + "its phase '" + p.id() + "' closes on " + p.end();
  }

  /** "'a' finishes 2009-01-02, 2 days after ": a finish past {@code limit}. */
  private static String late(Milestone m, String finishes, LocalDate finish, LocalDate limit) {
    return "'" + m.id() + "' " + finishes + " " + finish + ", " + days(limit, finish) + " after ";
  }

  private static void window(
      CheckContext c, Milestone m, Interval i, MilestoneField key, List<Diagnostic> out) {
    if (m.phase() == null) {
      return;
    }
    Phase p = c.phases().get(m.phase());
    if (p == null || inverted(p)) {
      // RM305 reports an inverted window; measuring against it would only add noise.
      return;
    }
    if (p.start() != null && i.start().isBefore(p.start())) {
      out.add(
          Diagnostic.of(
              Code.OUTSIDE_PHASE_WINDOW,
              c.positions().of(m, key),
              "'"
                  + m.id()
                  + "' starts "
                  + i.start()
                  + ", "
                  + days(i.start(), p.start())
                  + " before its phase '"
                  + p.id()
                  + "' opens on "
                  + p.start(),
              "move it into the window " + window(p) + ", or into another phase"));
    } else if (p.end() != null && i.finish().isAfter(p.end())) {
      out.add(
          Diagnostic.of(
              Code.OUTSIDE_PHASE_WINDOW,
              c.positions().of(m, finishKey(m)),
              pastPhase(m, "finishes", i.finish(), p),
              "move it into the window " + window(p) + ", or into another phase"));
    }
  }

  /** The window as words: "2004-01-01..2008-12-31", "from 2017-01-01", "until 2008-12-31". */
  private static String window(Phase p) {
    if (p.start() != null && p.end() != null) {
      return p.start() + ".." + p.end();
    }
    return p.start() != null ? "from " + p.start() : "until " + p.end();
  }

  private static boolean inverted(Phase p) {
    return p.start() != null && p.end() != null && p.end().isBefore(p.start());
  }

  /** The key that sets where a pinned milestone starts. */
  static MilestoneField startKey(Milestone m) {
    return m.date() != null
        ? MilestoneField.DATE
        : m.start() != null ? MilestoneField.START : MilestoneField.END;
  }

  /** The key that sets where a pinned milestone finishes. */
  private static MilestoneField finishKey(Milestone m) {
    if (m.date() != null) {
      return MilestoneField.DATE;
    }
    if (m.end() != null) {
      return MilestoneField.END;
    }
    return m.durationDays() != null ? MilestoneField.DURATION : MilestoneField.START;
  }

  static String days(LocalDate from, LocalDate to) {
    long n = ChronoUnit.DAYS.between(from, to);
    return n == 1 ? "1 day" : n + " days";
  }
}
