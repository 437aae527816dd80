package dev.roadmap.render;

import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.plan.RoadmapDiff;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** What the diff's formats say alike: the summary line, deltas in days, notes, field changes. */
final class DiffWords {
  private DiffWords() {}

  /**
   * One line that says what changed, for example "3 milestones moved, 1 transfer later by 45 days";
   * "no changes" when nothing did.
   */
  static String summary(RoadmapDiff d) {
    List<String> parts = new ArrayList<>();
    if (!d.moved().isEmpty()) {
      parts.add(Plural.of(d.moved().size(), "milestone") + " moved");
    }
    List<Long> later = new ArrayList<>();
    List<Long> earlier = new ArrayList<>();
    int otherTransfers = 0;
    for (RoadmapDiff.MissionTransfer t : d.missionTransfers()) {
      if (t.finishDays() != null && t.finishDays() > 0) {
        later.add(t.finishDays());
      } else if (t.finishDays() != null && t.finishDays() < 0) {
        earlier.add(-t.finishDays());
      } else {
        otherTransfers++;
      }
    }
    transfers(parts, later, "later");
    transfers(parts, earlier, "earlier");
    if (otherTransfers > 0) {
      parts.add(Plural.of(otherTransfers, "transfer") + " changed");
    }
    count(parts, d.added().size(), "milestone", "added");
    count(parts, d.removed().size(), "milestone", "removed");
    count(parts, d.retitled().size(), "milestone", "retitled");
    count(parts, d.dependenciesAdded().size(), "prerequisite", "added");
    count(parts, d.dependenciesRemoved().size(), "prerequisite", "removed");
    count(parts, d.phaseChanges().size(), "milestone", "changed phase");
    if (!d.statusChanges().isEmpty()) {
      parts.add(Plural.of(d.statusChanges().size(), "status change"));
    }
    if (!d.otherChanges().isEmpty()) {
      parts.add(Plural.of(d.otherChanges().size(), "other change"));
    }
    count(parts, d.phasesAdded().size(), "phase", "added");
    count(parts, d.phasesRemoved().size(), "phase", "removed");
    count(parts, d.phasesChanged().size(), "phase", "changed");
    return parts.isEmpty() ? "no changes" : String.join(", ", parts);
  }

  static void transfers(List<String> parts, List<Long> days, String direction) {
    if (days.isEmpty()) {
      return;
    }
    long max = days.stream().mapToLong(Long::longValue).max().orElse(0);
    parts.add(
        Plural.of(days.size(), "transfer")
            + " "
            + direction
            + " by "
            + (days.size() == 1 ? "" : "up to ")
            + Plural.of(max, "day"));
  }

  static void count(List<String> parts, int n, String word, String what) {
    if (n > 0) {
      parts.add(Plural.of(n, word) + " " + what);
    }
  }

  static String direction(long days) {
    return days > 0 ? " later" : days < 0 ? " earlier" : "";
  }

  /**
   * "old -> new, as of 2026-11-27" when both sides have the same status date, "old (as of
   * 2026-01-01) -> new (as of 2026-11-27)" when not, "old -> new" without one.
   */
  static String header(String old, String neu, String arrow, LocalDate oldAsOf, LocalDate newAsOf) {
    if (oldAsOf == null || newAsOf == null) {
      return old + arrow + neu;
    }
    if (oldAsOf.equals(newAsOf)) {
      return old + arrow + neu + ", as of " + newAsOf;
    }
    return old + " (as of " + oldAsOf + ")" + arrow + neu + " (as of " + newAsOf + ")";
  }

  /** What makes a moved milestone matter: its mission's transfer, its deadline, its pinning. */
  static String note(RoadmapDiff.Moved m) {
    List<String> notes = new ArrayList<>();
    Milestone n = m.neu().milestone();
    if (m.watched() && n.kind() == Kind.TRANSFER && n.mission() != null) {
      notes.add("transfer of " + n.mission());
    }
    if (n.deadline() != null && n.status().isLive()) {
      long spare = ChronoUnit.DAYS.between(m.neu().dates().finish(), n.deadline());
      notes.add(
          spare >= 0
              ? ScheduleFacts.deadline(n, m.neu().dates(), m.neu().pinned())
                  + ", "
                  + Plural.of(spare, "day")
                  + " to spare"
              : ScheduleFacts.deadline(n, m.neu().dates(), m.neu().pinned()));
    }
    if (m.old().pinned() != m.neu().pinned()) {
      notes.add(m.neu().pinned() ? "now pinned" : "now computed");
    }
    return String.join("; ", notes);
  }

  /** Phase, status and other field changes as rows {milestone, field, was, now}. */
  static List<String[]> fields(RoadmapDiff d) {
    List<String[]> out = new ArrayList<>();
    for (RoadmapDiff.PhaseChange c : d.phaseChanges()) {
      out.add(new String[] {c.milestone(), "phase", c.oldPhase(), c.newPhase()});
    }
    for (RoadmapDiff.StatusChange c : d.statusChanges()) {
      out.add(new String[] {c.milestone(), "status", c.oldStatus().key(), c.newStatus().key()});
    }
    for (RoadmapDiff.FieldChange c : d.otherChanges()) {
      out.add(new String[] {c.milestone(), c.field(), c.oldValue(), c.newValue()});
    }
    return out;
  }

  /**
   * "2004-01-01..2004-12-31" (with {@code to} between the dates), "from 2004-01-01", "until
   * 2004-12-31" or "no window".
   */
  static String window(Phase p, String to) {
    String window = PhaseText.window(p, to);
    return window.isEmpty() ? "no window" : window;
  }

  /** " (start +92d, end +181d)": how each bound of a window that has one on both sides moved. */
  static String windowDeltas(RoadmapDiff.PhaseWindowChange c) {
    List<String> parts = new ArrayList<>();
    bound(parts, "start", c.old().start(), c.neu().start());
    bound(parts, "end", c.old().end(), c.neu().end());
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  static void bound(List<String> parts, String name, LocalDate o, LocalDate n) {
    if (o != null && n != null && !o.equals(n)) {
      parts.add(name + " " + delta(ChronoUnit.DAYS.between(o, n)));
    }
  }

  /** "+45d", "-3d" or "0d". */
  static String delta(long days) {
    return (days > 0 ? "+" : "") + days + "d";
  }
}
