package dev.roadmap.render;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.plan.RoadmapDiff;
import dev.roadmap.plan.Schedule;
import java.time.LocalDate;
import java.util.List;

/**
 * A {@link RoadmapDiff} as GitHub-flavoured Markdown for a pull request comment. Deterministic: the
 * diff's order, no timestamps.
 */
public final class DiffMarkdownRenderer {
  private DiffMarkdownRenderer() {}

  /**
   * The diff as a pull request comment: a heading, the summary in bold, then a GFM table per kind
   * of change. Deltas are written {@code +45d} / {@code -3d}; a later finish is in bold, and a
   * transfer or deadline milestone that finishes later is flagged with a warning sign.
   */
  public static String render(RoadmapDiff d) {
    return render(d, null, null);
  }

  /** {@link #render(RoadmapDiff)} with the status date of each side in its header. */
  public static String render(RoadmapDiff d, LocalDate oldAsOf, LocalDate newAsOf) {
    StringBuilder b = new StringBuilder();
    b.append("### Roadmap diff: ")
        .append(
            DiffWords.header(codeSpan(d.oldFile()), codeSpan(d.newFile()), " → ", oldAsOf, newAsOf))
        .append("\n\n");
    b.append("**").append(Markdown.text(DiffWords.summary(d))).append("**\n");
    if (d.isEmpty()) {
      return b.toString();
    }
    boolean dates = false;
    if (!d.missionTransfers().isEmpty()) {
      dates = true;
      mdHeading(b, "Transfers", "mission", "transfer", "was", "now", "finish");
      for (RoadmapDiff.MissionTransfer t : d.missionTransfers()) {
        String ids =
            t.old() != null
                    && t.neu() != null
                    && !t.old().milestone().id().equals(t.neu().milestone().id())
                ? Markdown.code(t.old().milestone().id())
                    + " → "
                    + Markdown.code(t.neu().milestone().id())
                : Markdown.code((t.neu() != null ? t.neu() : t.old()).milestone().id());
        row(
            b,
            Markdown.code(t.mission()),
            ids,
            t.old() == null ? "none" : mdDay(t.old()),
            t.neu() == null ? "none" : mdDay(t.neu()),
            t.finishDays() == null
                ? ""
                : mdDelta(t.finishDays())
                    + DiffWords.direction(t.finishDays())
                    + (t.finishDays() > 0 ? " ⚠️" : ""));
      }
    }
    if (!d.moved().isEmpty()) {
      dates = true;
      mdHeading(b, "Moved", "milestone", "was", "now", "start", "finish", "note");
      for (RoadmapDiff.Moved m : d.moved()) {
        String note = Markdown.text(DiffWords.note(m));
        if (m.watched() && m.finishDays() > 0) {
          note = "⚠️ " + note;
        }
        row(
            b,
            named(m.neu().milestone()),
            Markdown.dates(m.old()),
            Markdown.dates(m.neu()),
            DiffWords.delta(m.startDays()),
            mdDelta(m.finishDays()),
            note);
      }
    }
    if (!d.added().isEmpty()) {
      dates = true;
      mdEntries(b, "Added", d.added());
    }
    if (!d.removed().isEmpty()) {
      dates = true;
      mdEntries(b, "Removed", d.removed());
    }
    if (!d.retitled().isEmpty()) {
      mdHeading(b, "Retitled", "milestone", "was", "now");
      for (RoadmapDiff.Retitled r : d.retitled()) {
        row(b, Markdown.code(r.id()), Markdown.text(r.oldTitle()), Markdown.text(r.newTitle()));
      }
    }
    if (!d.dependenciesRemoved().isEmpty() || !d.dependenciesAdded().isEmpty()) {
      mdHeading(b, "Prerequisites", "milestone", "prerequisite", "link", "change");
      for (RoadmapDiff.DependencyChange c : d.dependenciesRemoved()) {
        row(b, Markdown.code(c.milestone()), Markdown.code(c.prerequisite()), mdLink(c), "removed");
      }
      for (RoadmapDiff.DependencyChange c : d.dependenciesAdded()) {
        row(b, Markdown.code(c.milestone()), Markdown.code(c.prerequisite()), mdLink(c), "added");
      }
    }
    List<String[]> fields = DiffWords.fields(d);
    if (!fields.isEmpty()) {
      mdHeading(b, "Changed", "milestone", "field", "was", "now");
      for (String[] f : fields) {
        row(b, Markdown.code(f[0]), f[1], mdValue(f[2]), mdValue(f[3]));
      }
    }
    if (!d.phasesAdded().isEmpty()
        || !d.phasesRemoved().isEmpty()
        || !d.phasesChanged().isEmpty()) {
      mdHeading(b, "Phases", "phase", "change", "was", "now");
      for (Phase p : d.phasesAdded()) {
        row(b, Markdown.code(p.id()), "added", "", mdPhase(p));
      }
      for (Phase p : d.phasesRemoved()) {
        row(b, Markdown.code(p.id()), "removed", mdPhase(p), "");
      }
      for (RoadmapDiff.PhaseWindowChange c : d.phasesChanged()) {
        if (c.renamed()) {
          row(b, Markdown.code(c.id()), "name", mdValue(c.old().name()), mdValue(c.neu().name()));
        }
        if (c.windowChanged()) {
          row(
              b,
              Markdown.code(c.id()),
              "window" + Markdown.text(DiffWords.windowDeltas(c)),
              mdWindow(c.old()),
              mdWindow(c.neu()));
        }
      }
    }
    if (dates) {
      b.append(
          "\nDates in *italics* are computed by the scheduler; the others are pinned in the"
              + " roadmap.\n");
    }
    return b.toString();
  }

  private static void mdHeading(StringBuilder b, String title, String... columns) {
    b.append("\n#### ").append(title).append("\n\n|");
    for (String c : columns) {
      b.append(' ').append(c).append(" |");
    }
    b.append("\n|");
    for (int i = 0; i < columns.length; i++) {
      b.append(" --- |");
    }
    b.append('\n');
  }

  private static void row(StringBuilder b, String... cells) {
    b.append('|');
    for (String c : cells) {
      b.append(' ').append(c).append(c.isEmpty() ? "|" : " |");
    }
    b.append('\n');
  }

  private static void mdEntries(StringBuilder b, String title, List<Schedule.Entry> list) {
    mdHeading(b, title, "milestone", "dates", "phase", "kind", "status");
    for (Schedule.Entry e : list) {
      Milestone m = e.milestone();
      row(
          b,
          named(m),
          Markdown.dates(e),
          m.phase() == null ? "" : Markdown.code(m.phase()),
          m.kind().key(),
          m.status().key());
    }
  }

  /** "Title (`id`)", as the exported Markdown names a milestone. */
  private static String named(Milestone m) {
    return Markdown.named(m.title(), m.id());
  }

  private static String mdDay(Schedule.Entry e) {
    String d = e.finishText();
    return e.pinned() ? d : "*" + d + "*";
  }

  /** A later finish in bold. */
  private static String mdDelta(long days) {
    return days > 0 ? "**" + DiffWords.delta(days) + "**" : DiffWords.delta(days);
  }

  private static String mdLink(RoadmapDiff.DependencyChange c) {
    return c.type().key() + (c.hasLag() ? ", lag " + c.lagText() : "");
  }

  private static String mdValue(String s) {
    return s == null ? "none" : Markdown.text(s);
  }

  private static String mdPhase(Phase p) {
    return (p.name() == null ? "" : Markdown.text(p.name()) + ", ") + mdWindow(p);
  }

  private static String mdWindow(Phase p) {
    return DiffWords.window(p, " to ");
  }

  /** A file name in a code span, or escaped text when it holds a backtick. */
  private static String codeSpan(String s) {
    return s.indexOf('`') < 0 ? "`" + s + "`" : Markdown.text(s);
  }
}
