package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Phase;
import dev.roadmap.model.PhaseField;
import dev.roadmap.model.PositionTable;
import dev.roadmap.model.Precision;
import dev.roadmap.plan.DateRange;
import dev.roadmap.plan.Interval;
import dev.roadmap.plan.Pins;
import java.util.ArrayList;
import java.util.List;

/**
 * RM304 date fields of one milestone that contradict each other; RM305 a phase window that ends
 * before it starts; RM306 a milestone pinned before the project start.
 */
final class DateFieldsCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    for (Phase p : c.roadmap().phases()) {
      if (p.start() != null && p.end() != null && p.end().isBefore(p.start())) {
        out.add(
            Diagnostic.of(
                Code.INVERTED_WINDOW,
                c.positions().of(p, PhaseField.END),
                "phase '"
                    + p.id()
                    + "' ends "
                    + p.endPrecision().format(p.end())
                    + ", before it starts "
                    + p.startPrecision().format(p.start()),
                "swap 'start' and 'end', or correct one of them"));
      }
    }
    for (Milestone m : c.roadmap().milestones()) {
      conflicts(m, c.positions(), out);
      if (c.roadmap().start() != null) {
        Pins.bounds(m)
            .ifPresent(
                i -> {
                  // At its latest start: dated before the start on every day its precision allows.
                  // Before 0001-01-01 is RM307's: a day that cannot be written.
                  if (i.latestStart().isBefore(c.roadmap().start())
                      && !i.earliestStart().isBefore(DateRange.FIRST)) {
                    MilestoneField key = ScheduleCheck.startKey(m);
                    Precision sp = Pins.startPrecision(m);
                    Precision rp = c.roadmap().startPrecision();
                    out.add(
                        Diagnostic.of(
                            Code.BEFORE_PROJECT_START,
                            c.positions().of(m, key),
                            "'"
                                + m.id()
                                + "' is dated "
                                + sp.format(i.latestStart())
                                + ", "
                                + (sp.isCoarse() || rp.isCoarse() ? "at least " : "")
                                + ScheduleCheck.days(i.latestStart(), c.roadmap().start())
                                + " before the project start "
                                + rp.format(c.roadmap().start()),
                            "move the roadmap's 'start' earlier, or correct the date"));
                  }
                });
      }
    }
    return out;
  }

  @Override
  public Needs needs() {
    return Needs.NOTHING;
  }

  private static void conflicts(Milestone m, PositionTable at, List<Diagnostic> out) {
    String id = "'" + m.id() + "'";
    if (m.date() != null) {
      for (MilestoneField key :
          new MilestoneField[] {
            MilestoneField.START, MilestoneField.END, MilestoneField.DURATION
          }) {
        boolean present =
            switch (key) {
              case START -> m.start() != null;
              case END -> m.end() != null;
              default -> m.hasDuration();
            };
        if (present) {
          out.add(
              Diagnostic.of(
                  Code.CONFLICTING_DATES,
                  at.of(m, key),
                  id + " has both 'date' and '" + key.key() + "'",
                  "'date' pins a zero-length milestone; use 'start' with 'end' or 'duration' for"
                      + " one that takes time"));
        }
      }
      return;
    }
    if (m.start() != null && m.end() != null) {
      if (m.end().isBefore(m.start())) {
        out.add(
            Diagnostic.of(
                Code.CONFLICTING_DATES,
                at.of(m, MilestoneField.END),
                id
                    + " ends "
                    + m.precision(MilestoneField.END).format(m.end())
                    + ", before it starts "
                    + m.precision(MilestoneField.START).format(m.start()),
                "'end' is the last day, inclusive; it cannot come before 'start'"));
      } else if (m.hasDuration()) {
        long days = new Interval(m.start(), m.end().plusDays(1)).days();
        // A start or end written as a month or a year agrees if some of its days fit.
        boolean fits =
            m.precisions().allDays()
                ? m.endFrom(m.start()).equals(m.end().plusDays(1))
                : Pins.bounds(m).isPresent();
        if (!fits) {
          out.add(
              Diagnostic.of(
                  Code.CONFLICTING_DATES,
                  at.of(m, MilestoneField.DURATION),
                  id
                      + " runs "
                      + days
                      + " days from "
                      + m.precision(MilestoneField.START).format(m.start())
                      + " to "
                      + m.precision(MilestoneField.END).format(m.end())
                      + " but its duration is "
                      + (m.durationMonths() != null
                          ? m.durationMonths() + (m.durationMonths() == 1 ? " month" : " months")
                          : m.durationDays() + " days"),
                  "give two of 'start', 'end' and 'duration', not all three"));
        }
      }
    } else if (m.end() != null && m.start() == null && (!m.hasDuration() || m.hasZeroDuration())) {
      out.add(
          Diagnostic.of(
              Code.CONFLICTING_DATES,
              at.of(m, MilestoneField.END),
              id
                  + (!m.hasDuration()
                      ? " has an 'end' but no 'start' or 'duration' to measure from"
                      : " has an 'end' with a zero 'duration'"),
              "add 'start' (or a 'duration'), or use 'date' for a single day"));
    }
    if (m.notBefore() != null && m.deadline() != null && m.deadline().isBefore(m.notBefore())) {
      out.add(
          Diagnostic.of(
              Code.CONFLICTING_DATES,
              at.of(m, MilestoneField.DEADLINE),
              id
                  + " has deadline "
                  + m.precision(MilestoneField.DEADLINE).format(m.deadline())
                  + ", before its not-before "
                  + m.precision(MilestoneField.NOT_BEFORE).format(m.notBefore()),
              "no date can meet both; correct one of them"));
    }
  }
}
