package dev.roadmap.render;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.Status;
import dev.roadmap.plan.Schedule;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule as a Mermaid {@code gantt} chart: one {@code section} per phase of the plan's
 * timeline that has milestones, absolute dates, {@code milestone} for zero-length milestones,
 * {@code crit} from the critical path and {@code done}/{@code active} from the status. Text is
 * escaped so that Mermaid's separators ({@code :}, {@code ;}, {@code #}) cannot break a line.
 */
public final class MermaidRenderer {
  private MermaidRenderer() {}

  /** The gantt chart, without the Markdown fence. */
  public static String render(Schedule s) {
    return render(s, ViewFindings.NONE);
  }

  /**
   * The gantt chart, each milestone with findings marked {@code ! RM303} at the end of its task
   * name.
   */
  public static String render(Schedule s, ViewFindings findings) {
    return render(s, ScheduledPhase.of(s), findings);
  }

  /** The chart of the schedule's phases as {@link ScheduledPhase#of} groups them. */
  static String render(Schedule s, List<ScheduledPhase> phases, ViewFindings findings) {
    StringBuilder b = new StringBuilder();
    b.append("gantt\n");
    b.append("    title ").append(text(ScheduleFacts.title(s))).append('\n');
    b.append("    dateFormat YYYY-MM-DD\n");
    b.append("    axisFormat %Y-%m\n");
    b.append("    todayMarker off\n");
    for (ScheduledPhase p : phases) {
      if (p.entries().isEmpty()) {
        continue;
      }
      b.append("    section ").append(text(PhaseText.name(p.phase()))).append('\n');
      for (Schedule.Entry e : p.entries()) {
        b.append("    ").append(line(e, findings.mark(e.milestone().id()))).append('\n');
      }
    }
    return b.toString();
  }

  private static String line(Schedule.Entry e, String mark) {
    Milestone m = e.milestone();
    StringBuilder tags = new StringBuilder();
    if (e.critical()) {
      tags.append("crit, ");
    }
    if (m.status() == Status.DONE) {
      tags.append("done, ");
    } else if (m.status() == Status.IN_PROGRESS || m.status() == Status.AT_RISK) {
      tags.append("active, ");
    }
    if (e.dates().isZeroLength()) {
      tags.append("milestone, ");
    }
    String name = m.title() == null ? m.id() : m.title();
    if (!m.status().isLive()) {
      name = name + " (" + m.status().key() + ")";
    }
    // What the bar cannot show: a computed date, a date known only to the month or the year
    // (drawn at the day the scheduler gives it), and the milestone's own bounds.
    List<String> notes = new ArrayList<>();
    if (!e.pinned()) {
      notes.add("computed");
    } else if (e.startPrecision().isCoarse() || e.finishPrecision().isCoarse()) {
      notes.add(e.display());
    }
    String bounds = ScheduleFacts.constraints(e);
    if (!bounds.isEmpty()) {
      // Commas rather than semicolons, which Mermaid would need as entity codes.
      notes.add(bounds.replace("; ", ", "));
    }
    if (!notes.isEmpty()) {
      name = name + " (" + String.join(", ", notes) + ")";
    }
    if (!mark.isEmpty()) {
      name = name + " " + mark;
    }
    return text(name)
        + " :"
        + tags
        + id(m.id())
        + ", "
        + e.dates().start()
        + ", "
        + e.dates().days()
        + "d";
  }

  /** A Mermaid task id: letters, digits, '-' and '_'. */
  static String id(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /**
   * Text for a task or section name: Mermaid reads {@code :} as the start of the task data, {@code
   * ;} and {@code #} as entity syntax and {@code %%} as a comment, so these are written as Mermaid
   * entity codes ({@code #58;}) which it renders as the character.
   */
  static String text(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.replaceAll("\\s+", " ").strip().toCharArray()) {
      switch (c) {
        case ':', ';', '#', '%', '<', '>', '&', '"', '`' ->
            b.append('#').append((int) c).append(';');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
