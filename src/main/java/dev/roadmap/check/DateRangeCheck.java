package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Span;
import dev.roadmap.plan.DateRange;
import dev.roadmap.plan.Pins;
import dev.roadmap.plan.Schedule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RM307: a milestone whose days, or the day after its last (the exclusive end the exports write),
 * leave the years 0001-9999 ({@link DateRange}). A pinned one is reported at the field that dates
 * it; a computed one at what pushes it out: its duration, or the prerequisite that dates it. A
 * milestone dated out of the range by a prerequisite that is itself out of it is not reported
 * again: the first of the chain is the one to fix. Every status counts, as the exports write every
 * milestone.
 */
final class DateRangeCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    for (Milestone m : c.roadmap().milestones()) {
      Optional<Pins.Bounds> b = Pins.bounds(m);
      if (b.isPresent()) {
        pinned(c, m, b.get(), out);
      }
    }
    Optional<Schedule> schedule = c.schedule();
    if (schedule.isPresent()) {
      DrivingChains chains = new DrivingChains(schedule.get());
      for (Schedule.Entry e : schedule.get().milestones().values()) {
        if (!e.pinned() && !DateRange.finishFits(e) && !drivenOut(schedule.get(), e)) {
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

  private static void pinned(CheckContext c, Milestone m, Pins.Bounds b, List<Diagnostic> out) {
    if (b.earliestStart().isBefore(DateRange.FIRST)) {
      // Only an end and a duration can date a start before the first day.
      MilestoneField key =
          m.date() != null || m.start() != null
              ? ScheduleCheck.startKey(m)
              : MilestoneField.DURATION;
      out.add(
          Diagnostic.of(
              Code.DATE_OUT_OF_RANGE,
              c.positions().of(m, key),
              "'"
                  + m.id()
                  + "' starts "
                  + days(b.earliestStart(), DateRange.FIRST)
                  + " before "
                  + DateRange.FIRST
                  + ", the first day a date can be",
              "the years run from 0001 to 9999: shorten it, or end it later"));
    }
    if (b.latestFinish().isAfter(DateRange.LAST_DAY)) {
      out.add(
          Diagnostic.of(
              Code.DATE_OUT_OF_RANGE,
              c.positions().of(m, ScheduleCheck.finishKey(m)),
              "'"
                  + m.id()
                  + "' runs to "
                  + shown(b.latestFinish())
                  + ", past "
                  + DateRange.LAST_DAY
                  + ", the last day a milestone can have: the day after it, which the exports write"
                  + " as its end, must be in the years 0001-9999",
              "move it to end on " + DateRange.LAST_DAY + " or earlier"));
    }
  }

  /** A computed milestone past the last day: at its duration, or at the link that dates it. */
  private static void computed(
      CheckContext c, DrivingChains chains, Schedule.Entry e, List<Diagnostic> out) {
    Milestone m = e.milestone();
    Span at;
    if (!e.dates().start().isAfter(DateRange.LAST_DAY) && m.durationDays() != null) {
      at = c.positions().of(m, MilestoneField.DURATION);
    } else {
      at = driverPosition(c, m, e);
    }
    String chain = chains.quote(m.id());
    out.add(
        Diagnostic.of(
            Code.DATE_OUT_OF_RANGE,
            at,
            "'"
                + m.id()
                + "' is computed to finish "
                + shown(e.dates().finish())
                + ", past "
                + DateRange.LAST_DAY
                + ", the last day a milestone can have"
                + (chain.isEmpty() ? "" : "; the chain " + chain + " dates it"),
            "the years run from 0001 to 9999: shorten the chain or its durations and lags"));
  }

  /** Where the prerequisite that dates {@code m} is named, else its id. */
  private static Span driverPosition(CheckContext c, Milestone m, Schedule.Entry e) {
    Dependency d = e.driver().dependency();
    if (d != null) {
      for (int k = 0; k < m.requires().size(); k++) {
        if (m.requires().get(k) == d) {
          return c.positions().ofRequirementTarget(m, k);
        }
      }
    }
    return c.positions().of(m);
  }

  /** Whether the prerequisite that dates {@code e} is out of the range itself. */
  private static boolean drivenOut(Schedule s, Schedule.Entry e) {
    return e.drivingPrerequisite().map(s::get).map(p -> !DateRange.fits(p)).orElse(false);
  }

  /** A day as YYYY-MM-DD when it has four digits, else by its distance from the last day. */
  private static String shown(LocalDate d) {
    if (!d.isAfter(DateRange.LAST)) {
      return d.toString();
    }
    return days(DateRange.LAST, d) + " after " + DateRange.LAST;
  }

  private static String days(LocalDate from, LocalDate to) {
    long n = ChronoUnit.DAYS.between(from, to);
    return n == 1 ? "1 day" : n + " days";
  }
}
