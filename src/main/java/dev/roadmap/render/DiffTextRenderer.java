package dev.roadmap.render;

import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.plan.RoadmapDiff;
import dev.roadmap.plan.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RoadmapDiff} as text for a terminal: the summary, then a table or a list per kind of
 * change. Computed dates are marked {@code ~}. Deterministic: the diff's order, no timestamps.
 */
public final class DiffTextRenderer {
  private DiffTextRenderer() {}

  public static String render(RoadmapDiff d) {
    return render(d, Style.PLAIN);
  }

  public static String render(RoadmapDiff d, Style style) {
    return render(d, style, null, null);
  }

  /**
   * The diff with the status date of each side in its header: "old.yaml -> new.yaml, as of
   * 2026-11-27", or each after its file when they differ.
   */
  public static String render(RoadmapDiff d, Style style, LocalDate oldAsOf, LocalDate newAsOf) {
    StringBuilder b = new StringBuilder();
    b.append(DiffWords.header(d.oldFile(), d.newFile(), " -> ", oldAsOf, newAsOf)).append('\n');
    b.append(style.bold(DiffWords.summary(d))).append('\n');
    if (d.isEmpty()) {
      return b.toString();
    }
    boolean dates = false;
    if (!d.missionTransfers().isEmpty()) {
      dates = true;
      heading(b, style, "Transfers:");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"mission", "transfer", "was", "now", "finish"});
      for (RoadmapDiff.MissionTransfer t : d.missionTransfers()) {
        rows.add(
            new String[] {
              t.mission(),
              transferIds(t),
              t.old() == null ? " (none)" : day(t.old()),
              t.neu() == null ? " (none)" : day(t.neu()),
              t.finishDays() == null
                  ? ""
                  : DiffWords.delta(t.finishDays()) + DiffWords.direction(t.finishDays())
            });
      }
      TextTable.append(b, rows);
    }
    if (!d.moved().isEmpty()) {
      dates = true;
      heading(b, style, "Moved:");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"milestone", "was", "now", "start", "finish", "note"});
      for (RoadmapDiff.Moved m : d.moved()) {
        rows.add(
            new String[] {
              m.id(),
              textDates(m.old()),
              textDates(m.neu()),
              DiffWords.delta(m.startDays()),
              DiffWords.delta(m.finishDays()),
              DiffWords.note(m)
            });
      }
      TextTable.append(b, rows);
    }
    if (!d.added().isEmpty()) {
      dates = true;
      heading(b, style, "Added:");
      entries(b, d.added());
    }
    if (!d.removed().isEmpty()) {
      dates = true;
      heading(b, style, "Removed:");
      entries(b, d.removed());
    }
    if (!d.retitled().isEmpty()) {
      heading(b, style, "Retitled:");
      for (RoadmapDiff.Retitled r : d.retitled()) {
        b.append("  ").append(r.id()).append('\n');
        b.append("    was: ").append(oneLine(orNone(r.oldTitle()))).append('\n');
        b.append("    now: ").append(oneLine(orNone(r.newTitle()))).append('\n');
      }
    }
    if (!d.dependenciesRemoved().isEmpty() || !d.dependenciesAdded().isEmpty()) {
      heading(b, style, "Prerequisites:");
      for (RoadmapDiff.DependencyChange c : d.dependenciesRemoved()) {
        b.append("  - ").append(requires(c)).append('\n');
      }
      for (RoadmapDiff.DependencyChange c : d.dependenciesAdded()) {
        b.append("  + ").append(requires(c)).append('\n');
      }
    }
    List<String[]> fields = DiffWords.fields(d);
    if (!fields.isEmpty()) {
      heading(b, style, "Changed:");
      List<String[]> rows = new ArrayList<>();
      for (String[] f : fields) {
        rows.add(new String[] {f[0], f[1], oneLine(orNone(f[2])), "->", oneLine(orNone(f[3]))});
      }
      TextTable.append(b, rows);
    }
    if (!d.phasesAdded().isEmpty()
        || !d.phasesRemoved().isEmpty()
        || !d.phasesChanged().isEmpty()) {
      heading(b, style, "Phases:");
      for (Phase p : d.phasesAdded()) {
        b.append("  + ").append(p.id()).append(phaseText(p)).append('\n');
      }
      for (Phase p : d.phasesRemoved()) {
        b.append("  - ").append(p.id()).append(phaseText(p)).append('\n');
      }
      for (RoadmapDiff.PhaseWindowChange c : d.phasesChanged()) {
        if (c.renamed()) {
          b.append("  ")
              .append(c.id())
              .append(": name ")
              .append(oneLine(orNone(c.old().name())))
              .append(" -> ")
              .append(oneLine(orNone(c.neu().name())))
              .append('\n');
        }
        if (c.windowChanged()) {
          b.append("  ")
              .append(c.id())
              .append(": window ")
              .append(DiffWords.window(c.old(), ".."))
              .append(" -> ")
              .append(DiffWords.window(c.neu(), ".."))
              .append(DiffWords.windowDeltas(c))
              .append('\n');
        }
      }
    }
    if (dates) {
      b.append('\n')
          .append(style.dim("~ computed by the scheduler, not an agreed date"))
          .append('\n');
    }
    return b.toString();
  }

  private static void heading(StringBuilder b, Style style, String title) {
    b.append('\n').append(style.bold(title)).append('\n');
  }

  private static void entries(StringBuilder b, List<Schedule.Entry> list) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"milestone", "dates", "phase", "kind", "status", "title"});
    for (Schedule.Entry e : list) {
      Milestone m = e.milestone();
      rows.add(
          new String[] {
            m.id(),
            textDates(e),
            m.phase() == null ? "" : m.phase(),
            m.kind().key(),
            m.status().key(),
            oneLine(orEmpty(m.title()))
          });
    }
    TextTable.append(b, rows);
  }

  /** Dates as the timeline shows them: {@code ~} marks computed ones, a space pinned ones. */
  private static String textDates(Schedule.Entry e) {
    return (e.pinned() ? " " : "~") + e.display();
  }

  private static String day(Schedule.Entry e) {
    return (e.pinned() ? " " : "~") + e.finishText();
  }

  private static String transferIds(RoadmapDiff.MissionTransfer t) {
    if (t.old() != null && t.neu() != null) {
      String o = t.old().milestone().id();
      String n = t.neu().milestone().id();
      return o.equals(n) ? n : o + " -> " + n;
    }
    return t.neu() != null ? t.neu().milestone().id() : t.old().milestone().id();
  }

  private static String requires(RoadmapDiff.DependencyChange c) {
    return c.milestone() + " requires " + c.prerequisite() + link(c);
  }

  /** " (start-to-start, lag +14d)"; nothing for a plain finish-to-start link. */
  private static String link(RoadmapDiff.DependencyChange c) {
    if (c.type() == DependencyType.FINISH_TO_START && !c.hasLag()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" (").append(c.type().key());
    if (c.hasLag()) {
      b.append(", lag ").append(c.lagText());
    }
    return b.append(')').toString();
  }

  private static String phaseText(Phase p) {
    return ": " + (p.name() == null ? "" : oneLine(p.name()) + ", ") + DiffWords.window(p, "..");
  }

  private static String orNone(String s) {
    return s == null ? "(none)" : s;
  }

  /** Line breaks folded into spaces, so that a title stays on its row. */
  /** User text on one line, escaped for the terminal ({@link Printable}). */
  private static String oneLine(String s) {
    return Printable.of(s.replaceAll("\\s*\\R\\s*", " "));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
