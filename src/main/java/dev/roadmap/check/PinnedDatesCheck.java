package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.plan.Interval;
import dev.roadmap.plan.Pins;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The date checks that need no scheduler, on pinned dates only: RM300 a pinned milestone dated
 * before a pinned prerequisite allows; RM302 outside its phase window; RM303 past its deadline.
 */
final class PinnedDatesCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    for (Milestone m : c.roadmap().milestones()) {
      Optional<Interval> pinned = Pins.of(m);
      if (pinned.isEmpty()) {
        continue;
      }
      Interval i = pinned.get();
      String key = m.date() != null ? "date" : m.start() != null ? "start" : "end";
      if (m.status().isLive()) {
        prerequisites(c, m, i, out);
      }
      window(c, m, i, key, out);
      if (m.deadline() != null && i.finish().isAfter(m.deadline())) {
        out.add(
            Diagnostic.of(
                Code.MISSES_DEADLINE,
                m.spanOf(m.date() != null ? "date" : m.end() != null ? "end" : "start"),
                "'"
                    + m.id()
                    + "' finishes "
                    + i.finish()
                    + ", "
                    + days(m.deadline(), i.finish())
                    + " after its deadline "
                    + m.deadline(),
                "move it earlier, shorten it, or agree a later deadline"));
      }
    }
    return out;
  }

  private static void prerequisites(CheckContext c, Milestone m, Interval i, List<Diagnostic> out) {
    for (Dependency d : m.requires()) {
      Milestone p = c.graph().milestone(d.target().id()).orElse(null);
      if (p == null || p == m || !p.status().isLive()) {
        continue;
      }
      Optional<Interval> pi = Pins.of(p);
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
      if (actual.isBefore(allowed)) {
        String lag = d.lagDays() == 0 ? "" : " with a lag of " + d.lagDays() + " days";
        // For a finish-to-finish link, show the inclusive finish days people read.
        LocalDate shownActual = what.equals("finish") ? i.finish() : actual;
        LocalDate shownAllowed =
            what.equals("finish") ? (i.isZeroLength() ? allowed : allowed.minusDays(1)) : allowed;
        out.add(
            Diagnostic.of(
                Code.STARTS_BEFORE_PREREQUISITE,
                d.target().span(),
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

  private static void window(
      CheckContext c, Milestone m, Interval i, String key, List<Diagnostic> out) {
    if (m.phase() == null) {
      return;
    }
    Phase p = c.phases().get(m.phase().id());
    if (p == null) {
      return;
    }
    if (p.start() != null && i.start().isBefore(p.start())) {
      out.add(
          Diagnostic.of(
              Code.OUTSIDE_PHASE_WINDOW,
              m.spanOf(key),
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
              m.spanOf(m.end() != null ? "end" : key),
              "'"
                  + m.id()
                  + "' finishes "
                  + i.finish()
                  + ", "
                  + days(p.end(), i.finish())
                  + " after its phase '"
                  + p.id()
                  + "' closes on "
                  + p.end(),
              "move it into the window " + window(p) + ", or into another phase"));
    }
  }

  private static String window(Phase p) {
    return (p.start() == null ? "..." : p.start().toString())
        + ".."
        + (p.end() == null ? "" : p.end().toString());
  }

  static String days(LocalDate from, LocalDate to) {
    long n = ChronoUnit.DAYS.between(from, to);
    return n == 1 ? "1 day" : n + " days";
  }
}
