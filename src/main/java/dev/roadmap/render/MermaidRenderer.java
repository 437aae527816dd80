package dev.roadmap.render;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.Status;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.Schedule;
import java.time.LocalDate;
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
    return render(s, findings, DetailFilter.NONE);
  }

  /**
   * As {@link #render(Schedule, ViewFindings)}, with the milestones {@code filter} lets through
   * alone, and the chart's title saying so.
   */
  public static String render(Schedule s, ViewFindings findings, DetailFilter filter) {
    return render(s, ScheduledPhase.of(s, filter), findings, filter);
  }

  /** The chart of the schedule's phases as {@link ScheduledPhase#of} groups them. */
  static String render(
      Schedule s, List<ScheduledPhase> phases, ViewFindings findings, DetailFilter filter) {
    StringBuilder b = new StringBuilder();
    b.append("gantt\n");
    String title = text(ScheduleFacts.title(s));
    if (!filter.isNone()) {
      title = (title.isEmpty() ? "" : title + " ") + text("(" + FilterText.title(filter) + ")");
    }
    if (!title.isEmpty()) {
      b.append("    title ").append(title).append('\n');
    }
    b.append("    dateFormat YYYY-MM-DD\n");
    b.append("    axisFormat %Y-%m\n");
    b.append("    todayMarker off\n");
    for (ScheduledPhase p : phases) {
      if (p.entries().isEmpty()) {
        continue;
      }
      b.append("    section ").append(name(PhaseText.name(p.phase()), p.phase().id())).append('\n');
      for (Schedule.Entry e : p.entries()) {
        b.append("    ").append(line(e, findings.mark(e.milestone().id()))).append('\n');
      }
    }
    // The status date as a line across the chart (a vertical marker, Mermaid 11.7 and later); the
    // id has an underscore, which no milestone id has. Mermaid's own today marker is the clock's.
    LocalDate asOf = s.roadmap().asOf();
    if (asOf != null && phases.stream().anyMatch(p -> !p.entries().isEmpty())) {
      b.append("    as of ").append(asOf).append(" :vert, as_of_, ").append(asOf).append(", 0d\n");
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
    String name = m.title() == null || m.title().isBlank() ? m.id() : m.title();
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
    return name(name, m.id())
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
   * Words that Mermaid's gantt grammar reads as a statement at the start of a line, whatever their
   * case: a task or section name that starts with one would be read as that statement (a new
   * section, a title, a date format, a click handler), and the task lost.
   */
  private static final List<String> KEYWORDS =
      List.of(
          "accdescr",
          "acctitle",
          "axisformat",
          "call",
          "click",
          "dateformat",
          "excludes",
          "gantt",
          "href",
          "includes",
          "inclusiveenddates",
          "section",
          "tickinterval",
          "title",
          "todaymarker",
          "topaxis",
          "weekday",
          "weekend");

  /**
   * A task or section name: {@link #text}, or {@code fallback} (an id) when the name is blank, with
   * its first character written as an entity code when the name starts with one of {@link
   * #KEYWORDS}, so that Mermaid reads a name and draws the character.
   */
  static String name(String s, String fallback) {
    String t = text(s == null ? "" : s);
    if (t.isEmpty()) {
      t = text(fallback);
    }
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    for (String k : KEYWORDS) {
      if (lower.startsWith(k)) {
        return "#" + (int) t.charAt(0) + ";" + t.substring(1);
      }
    }
    return t;
  }

  /**
   * Text for a task or section name: Mermaid reads {@code :} as the start of the task data, {@code
   * ;} and {@code #} as entity syntax and {@code %%} as a comment, so these are written as Mermaid
   * entity codes ({@code #58;}) which it renders as the character. Control characters and
   * bidirectional controls are shown as {@code \\u202E}-style escapes ({@link Printable}).
   */
  static String text(String s) {
    StringBuilder b = new StringBuilder();
    // Spaces at the ends, a no-break space included, are dropped: Mermaid trims a task's name so.
    for (char c :
        s.replaceAll("\\s+", " ").replaceAll("^[\\s\\p{Zs}]+|[\\s\\p{Zs}]+$", "").toCharArray()) {
      switch (c) {
        case ':', ';', '#', '%', '<', '>', '&', '"', '`' ->
            b.append('#').append((int) c).append(';');
        default -> {
          if (Printable.unsafe(c)) {
            // A control character or a bidirectional control, shown as on a terminal.
            b.append(Printable.escape(c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
