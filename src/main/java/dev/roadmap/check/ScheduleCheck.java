package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Precision;
import dev.roadmap.plan.DateRange;
import dev.roadmap.plan.Interval;
import dev.roadmap.plan.Pins;
import dev.roadmap.plan.Schedule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
      Optional<Pins.Bounds> pinned = m.status().isLive() ? Pins.bounds(m) : Optional.empty();
      if (pinned.isPresent()) {
        pinned(c, m, pinned.get(), out);
      }
    }
    Optional<Schedule> schedule = c.schedule();
    if (schedule.isPresent()) {
      DrivingChains chains = new DrivingChains(schedule.get());
      for (Schedule.Entry e : schedule.get().milestones().values()) {
        if (!e.pinned() && e.milestone().status().isLive()) {
          computed(c, chains, e, out);
        }
      }
    }
    return out;
  }

  @Override
  public Needs needs() {
    return Needs.SCHEDULE;
  }

  /**
   * RM300, RM302 and RM303 for a live milestone whose dates the file pins. A date written as a
   * month or a year is measured at the day of it that is kindest to the rule: a finding holds for
   * every day the precision allows.
   */
  private static void pinned(CheckContext c, Milestone m, Pins.Bounds b, List<Diagnostic> out) {
    prerequisites(c, m, b, out);
    window(c, m, b, startKey(m), out);
    if (m.deadline() != null && b.earliestFinish().isAfter(m.deadline())) {
      out.add(
          Diagnostic.of(
              Code.MISSES_DEADLINE,
              c.positions().of(m, finishKey(m)),
              pastDeadline(m, "finishes", b.earliestFinish(), Pins.finishPrecision(m)),
              "move it earlier, shorten it, or agree a later deadline"));
    }
  }

  /**
   * The earliest days a live prerequisite allows: a pinned one's earliest, by its precision; a
   * computed one's scheduled days.
   */
  private static Optional<Pins.Bounds> earliest(CheckContext c, Milestone p) {
    if (p.isPinned() && !p.precisions().allDays()) {
      Optional<Pins.Bounds> b = Pins.bounds(p);
      if (b.isPresent()) {
        return b;
      }
    }
    return c.dates(p).map(Pins.Bounds::of);
  }

  private static void prerequisites(
      CheckContext c, Milestone m, Pins.Bounds i, List<Diagnostic> out) {
    boolean coarse = false;
    for (int k = 0; k < m.requires().size(); k++) {
      Dependency d = m.requires().get(k);
      Milestone p = c.graph().milestone(d.target()).orElse(null);
      if (p == null || p == m || !p.status().isLive()) {
        continue;
      }
      Optional<Pins.Bounds> pi = earliest(c, p);
      if (pi.isEmpty()) {
        continue;
      }
      // The dependent at its latest, the prerequisite at its earliest: a finding for every day.
      LocalDate allowed;
      LocalDate actual;
      String what;
      switch (d.type()) {
        case START_TO_START -> {
          allowed = d.shift(pi.get().earliestStart());
          actual = i.latestStart();
          what = "start";
        }
        case FINISH_TO_FINISH -> {
          allowed = d.shift(pi.get().earliestEnd());
          actual = i.latestEnd();
          what = "finish";
        }
        default -> {
          allowed = d.shift(pi.get().earliestEnd());
          actual = i.latestStart();
          what = "start";
        }
      }
      // A link on a cycle: RM206 is its one finding. Against the phase order, RM301 stands for
      // this one once suppressions are applied ({@link Folds}).
      if (actual.isBefore(allowed) && !c.cycleLinks().contains(m, p)) {
        String lag = !d.hasLag() ? "" : " with a lag of " + LagWords.of(d);
        boolean zero = i.latestStart().equals(i.latestEnd());
        coarse = !m.precisions().allDays() || !p.precisions().allDays();
        // For a finish-to-finish link, show the inclusive finish days people read.
        String shownActual =
            what.equals("finish")
                ? Pins.finishPrecision(m).format(i.latestFinish())
                : Pins.startPrecision(m).format(actual);
        LocalDate shownAllowed =
            what.equals("finish") ? (zero ? allowed : allowed.minusDays(1)) : allowed;
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
                    + (coarse ? "at least " : "")
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
  private static void computed(
      CheckContext c, DrivingChains chains, Schedule.Entry e, List<Diagnostic> out) {
    if (!DateRange.fits(e)) {
      return; // RM307 names it: its days cannot be written
    }
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
    // The chain is named only in a finding, and quoted by its ends when it is long.
    String chain = chains.quote(m.id());
    String pushed = chain.isEmpty() ? "" : "; the chain " + chain + " dates it";
    String fix = "start what pushes it earlier, shorten the chain, or ";
    if (pastPhase) {
      out.add(
          Diagnostic.of(
              Code.OUTSIDE_PHASE_WINDOW,
              c.positions().of(m),
              pastPhase(m, "is computed to finish", finish, Precision.DAY, p) + pushed,
              fix + "widen the window " + window(p)));
    }
    if (pastDeadline) {
      out.add(
          Diagnostic.of(
              Code.MISSES_DEADLINE,
              c.positions().of(m, MilestoneField.DEADLINE),
              pastDeadline(m, "is computed to finish", finish, Precision.DAY) + pushed,
              fix + "agree a later deadline"));
    }
  }

  /**
   * RM303's message: "'a' finishes 2005-09-02, 2 days after its deadline 2005-08-31"; a finish or
   * deadline written as a month or a year is named so, and the days are "at least".
   */
  private static String pastDeadline(
      Milestone m, String finishes, LocalDate finish, Precision finishPrecision) {
    Precision dp = m.precision(MilestoneField.DEADLINE);
    return late(m, finishes, finish, finishPrecision, m.deadline(), dp)
        + "its deadline "
        + dp.format(m.deadline());
  }

  /** RM302's: "'a' finishes 2009-01-02, 2 days after its phase 'p' closes on 2008-12-31". */
  private static String pastPhase(
      Milestone m, String finishes, LocalDate finish, Precision finishPrecision, Phase p) {
    return late(m, finishes, finish, finishPrecision, p.end(), p.endPrecision())
        + "its phase '"
        + p.id()
        + "' closes on "
        + p.endPrecision().format(p.end());
  }

  /** "'a' finishes 2009-01-02, 2 days after ": a finish past {@code limit}. */
  private static String late(
      Milestone m,
      String finishes,
      LocalDate finish,
      Precision finishPrecision,
      LocalDate limit,
      Precision limitPrecision) {
    boolean coarse = finishPrecision.isCoarse() || limitPrecision.isCoarse();
    return "'"
        + m.id()
        + "' "
        + finishes
        + " "
        + finishPrecision.format(finish)
        + ", "
        + (coarse ? "at least " : "")
        + days(limit, finish)
        + " after ";
  }

  private static void window(
      CheckContext c, Milestone m, Pins.Bounds i, MilestoneField key, List<Diagnostic> out) {
    if (m.phase() == null) {
      return;
    }
    Phase p = c.phases().get(m.phase());
    if (p == null || inverted(p)) {
      // RM305 reports an inverted window; measuring against it would only add noise.
      return;
    }
    Precision sp = Pins.startPrecision(m);
    if (p.start() != null && i.latestStart().isBefore(p.start())) {
      boolean coarse = sp.isCoarse() || p.startPrecision().isCoarse();
      out.add(
          Diagnostic.of(
              Code.OUTSIDE_PHASE_WINDOW,
              c.positions().of(m, key),
              "'"
                  + m.id()
                  + "' starts "
                  + sp.format(i.latestStart())
                  + ", "
                  + (coarse ? "at least " : "")
                  + days(i.latestStart(), p.start())
                  + " before its phase '"
                  + p.id()
                  + "' opens on "
                  + p.startPrecision().format(p.start()),
              "move it into the window " + window(p) + ", or into another phase"));
    } else if (p.end() != null && i.earliestFinish().isAfter(p.end())) {
      out.add(
          Diagnostic.of(
              Code.OUTSIDE_PHASE_WINDOW,
              c.positions().of(m, finishKey(m)),
              pastPhase(m, "finishes", i.earliestFinish(), Pins.finishPrecision(m), p),
              "move it into the window " + window(p) + ", or into another phase"));
    }
  }

  /** The window as words: "2004-01-01..2008-12-31", "from 2017-01-01", "until 2008-12-31". */
  private static String window(Phase p) {
    String a = p.startPrecision().format(p.start());
    String b = p.endPrecision().format(p.end());
    if (p.start() != null && p.end() != null) {
      return a + ".." + b;
    }
    return p.start() != null ? "from " + a : "until " + b;
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
  static MilestoneField finishKey(Milestone m) {
    if (m.date() != null) {
      return MilestoneField.DATE;
    }
    if (m.end() != null) {
      return MilestoneField.END;
    }
    return m.hasDuration() ? MilestoneField.DURATION : MilestoneField.START;
  }

  static String days(LocalDate from, LocalDate to) {
    long n = ChronoUnit.DAYS.between(from, to);
    return n == 1 ? "1 day" : n + " days";
  }
}
