package dev.roadmap.render;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Status;
import dev.roadmap.plan.Schedule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedule as a Mermaid {@code gantt} chart: one {@code section} per phase, absolute dates,
 * {@code milestone} for zero-length milestones, {@code crit} from the critical path and {@code
 * done}/{@code active} from the status. Text is escaped so that Mermaid's separators ({@code :},
 * {@code ;}, {@code #}) cannot break a line.
 */
public final class MermaidRenderer {
  private MermaidRenderer() {}

  /** The gantt chart, without the Markdown fence. */
  public static String render(Schedule s) {
    StringBuilder b = new StringBuilder();
    b.append("gantt\n");
    b.append("    title ").append(text(title(s))).append('\n');
    b.append("    dateFormat YYYY-MM-DD\n");
    b.append("    axisFormat %Y-%m\n");
    b.append("    todayMarker off\n");
    Map<String, List<Schedule.Entry>> byPhase = byPhase(s);
    for (Phase p : s.roadmap().phases()) {
      List<Schedule.Entry> entries = byPhase.getOrDefault(p.id(), List.of());
      if (entries.isEmpty()) {
        continue;
      }
      b.append("    section ").append(text(p.name() == null ? p.id() : p.name())).append('\n');
      for (Schedule.Entry e : entries) {
        b.append("    ").append(line(e)).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * The milestones of each phase (by phase id) in schedule order: by start, then end, then file
   * order. One pass over the schedule, for renderers that show every phase.
   */
  static Map<String, List<Schedule.Entry>> byPhase(Schedule s) {
    Map<String, List<Schedule.Entry>> out = new HashMap<>();
    for (Schedule.Entry e : s.milestones().values()) {
      if (e.milestone().phase() != null) {
        out.computeIfAbsent(e.milestone().phase(), k -> new ArrayList<>()).add(e);
      }
    }
    Comparator<Schedule.Entry> order =
        Comparator.comparing((Schedule.Entry e) -> e.dates().start())
            .thenComparing(e -> e.dates().end());
    out.values().forEach(l -> l.sort(order));
    return out;
  }

  private static String line(Schedule.Entry e) {
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

  static String title(Schedule s) {
    return s.roadmap().title() == null ? s.roadmap().file() : s.roadmap().title();
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
