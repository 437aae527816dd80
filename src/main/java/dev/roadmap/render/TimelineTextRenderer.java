package dev.roadmap.render;

import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Status;
import dev.roadmap.plan.Standing;
import dev.roadmap.plan.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The phased timeline for a terminal: phases in order with their windows, and for each milestone
 * its dates (computed ones marked {@code ~}), kind, status, mission, slack, id and title in aligned
 * columns; critical milestones marked {@code *}. The Gantt view draws bars scaled to a width.
 */
public final class TimelineTextRenderer {
  static final String UNSCHEDULED = "unscheduled";

  private TimelineTextRenderer() {}

  /**
   * @param asOf the status date to mark, or null
   */
  public static String render(Timeline t, LocalDate asOf, Style style) {
    return render(t, asOf, style, Map.of());
  }

  /**
   * The timeline as of {@code asOf}: each status is the file's replayed to that date ({@link
   * Standing}), and a milestone with findings is marked {@code !} with their codes after its title.
   *
   * @param asOf the status date to mark, or null
   * @param findings the codes of the findings of each milestone that has any, by id
   */
  public static String render(
      Timeline t, LocalDate asOf, Style style, Map<String, List<String>> findings) {
    return render(t, asOf, style, findings, 0);
  }

  /**
   * The timeline in lines of at most {@code width} columns (no limit at 0): titles are cut with an
   * ellipsis, ids kept whole. When the columns leave too little room for a title, each milestone
   * takes two lines: its dates, id and title, then its kind, status, mission and slack.
   */
  public static String render(
      Timeline t, LocalDate asOf, Style style, Map<String, List<String>> findings, int width) {
    List<String[]> rows = new ArrayList<>();
    for (Timeline.PhaseEntries p : t.phases()) {
      for (Timeline.Entry e : p.entries()) {
        rows.add(cells(e, standing(e, asOf, t.roadmap().asOf())));
      }
    }
    int[] w = new int[6];
    for (String[] row : rows) {
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.max(w[i], TextFit.length(row[i]));
      }
    }
    int before = 2 + w[0] + 2 + w[1] + 2 + w[2] + 2 + w[3] + 2 + w[4] + 2;
    boolean wide = width <= 0 || before + w[5] + 2 + TextFit.MIN_TITLE <= width;
    // Too narrow even for the dates and a short title: the dates alone, the rest under them.
    boolean tall = !wide && 2 + w[0] + 2 + TextFit.MIN_TITLE > width;
    StringBuilder out = new StringBuilder();
    summary(out, t, asOf, style, width);
    legend(out, style, width);
    int row = 0;
    boolean marked = asOf == null;
    for (Timeline.PhaseEntries p : t.phases()) {
      out.append('\n');
      for (String line : headingLines(p, width)) {
        out.append(style.bold(line)).append('\n');
      }
      for (Timeline.Entry e : p.entries()) {
        String[] c = rows.get(row++);
        if (!marked && e.dates().isPresent() && e.dates().get().start().isAfter(asOf)) {
          String mark = "  -- as of " + asOf + " --";
          out.append(style.cyan(width > 0 && mark.length() > width ? "-- as of " + asOf : mark));
          out.append('\n');
          marked = true;
        }
        out.append(e.critical() ? style.red("*") : " ")
            .append(e.computed() ? style.cyan("~") : " ")
            .append(tall ? c[0] + "\n    " : pad(c[0], w[0]) + "  ");
        FlowLine line;
        if (wide) {
          out.append(pad(c[1], w[1]))
              .append("  ")
              .append(statusCell(c[2], pad(c[2], w[2]), style))
              .append("  ")
              .append(pad(c[3], w[3]))
              .append("  ")
              .append(padLeft(c[4], w[4]))
              .append("  ");
          line = idAndTitle(out, e, c[5], w[5], before, width, style, findings);
        } else {
          int indent = tall ? 4 : 2 + w[0] + 2;
          line = idAndTitle(out, e, c[5], 0, indent, width, style, findings);
          String pad = " ".repeat(indent);
          out.append('\n').append(pad);
          line = new FlowLine(out, width, pad, indent);
          line.add("", c[1], s -> s).add("  ", c[2], s -> statusCell(c[2], s, style));
          line.add("  ", c[3].equals("-") ? "no mission" : "mission " + c[3], s -> s);
          line.addIfAny("  ", c[4].isEmpty() ? "" : "slack " + c[4], s -> s);
          notes(line, e, findings, style);
        }
        line.end();
      }
      if (p.entries().isEmpty()) {
        out.append("  (no milestones)\n");
      }
    }
    if (t.whole() != null && t.phases().isEmpty()) {
      out.append('\n');
      TextFit.appendWrapped(out, NOTHING_SHOWN, width, "");
    }
    return out.toString();
  }

  /**
   * The id padded to {@code idWidth}, the title cut to the width, and in the wide layout ({@code
   * idWidth} > 0) the constraints and findings after it.
   */
  private static FlowLine idAndTitle(
      StringBuilder out,
      Timeline.Entry e,
      String idCell,
      int idWidth,
      int used,
      int width,
      Style style,
      Map<String, List<String>> findings) {
    String title = Printable.of(e.milestone().title());
    boolean hasTitle = title != null && !title.isEmpty();
    String id = hasTitle ? pad(idCell, idWidth) : idCell;
    // What does not fit goes on the next line, under the id.
    String indent = " ".repeat(used);
    FlowLine line = new FlowLine(out, width, indent, used);
    line.add("", id, e.milestone().kind() == Kind.TRANSFER ? style::bold : s -> s);
    used += TextFit.length(id);
    if (hasTitle) {
      int room = width <= 0 ? 0 : width - used - 2;
      if (idWidth > 0 && room - tailLength(e, findings) >= TextFit.MIN_TITLE) {
        room -= tailLength(e, findings);
      }
      if (width > 0 && room < TextFit.MIN_TITLE) {
        room = width - indent.length();
      }
      line.add("  ", TextFit.cut(title, room), s -> s);
    }
    if (idWidth > 0) {
      notes(line, e, findings, style);
    }
    return line;
  }

  private static int tailLength(Timeline.Entry e, Map<String, List<String>> findings) {
    String bounds = ScheduleFacts.constraints(e.milestone(), e.dates().orElse(null), !e.computed());
    String mark = Findings.mark(findings.get(e.milestone().id()));
    return (bounds.isEmpty() ? 0 : 4 + TextFit.length(bounds))
        + (mark.isEmpty() ? 0 : 2 + TextFit.length(mark));
  }

  /** The constraints in brackets (red when one is missed) and the findings' mark. */
  private static void notes(
      FlowLine line, Timeline.Entry e, Map<String, List<String>> findings, Style style) {
    String bounds = ScheduleFacts.constraints(e.milestone(), e.dates().orElse(null), !e.computed());
    if (!bounds.isEmpty()) {
      line.add("  ", "[" + bounds + "]", bounds.contains("missed") ? style::red : s -> s);
    }
    line.addIfAny("  ", Findings.mark(findings.get(e.milestone().id())), style::red);
  }

  /**
   * The Gantt view: one line per milestone, its id and a bar over the days from the project start
   * to its finish, scaled to {@code width} columns in all.
   */
  public static String gantt(Timeline t, LocalDate asOf, int width, Style style) {
    return gantt(t, asOf, width, style, Map.of());
  }

  /**
   * The Gantt view, no line wider than {@code width} (but an id longer than it), each bar followed
   * by a deadline it misses and the codes of its milestone's findings ({@code ! RM303}).
   *
   * @param findings the codes of the findings of each milestone that has any, by id
   */
  public static String gantt(
      Timeline t, LocalDate asOf, int width, Style style, Map<String, List<String>> findings) {
    return GanttText.render(t, asOf, width, style, findings, null);
  }

  /**
   * As {@link #gantt(Timeline, LocalDate, int, Style, Map)}, on the days of {@code window} (null:
   * all): a bar that runs past an edge ends there in {@code <} or {@code >}.
   */
  public static String gantt(
      Timeline t,
      LocalDate asOf,
      int width,
      Style style,
      Map<String, List<String>> findings,
      DateWindow window) {
    return GanttText.render(t, asOf, width, style, findings, window);
  }

  /**
   * The title, cut to the width, and the summary: start, status date, counts and finish, wrapped.
   */
  static void summary(StringBuilder b, Timeline t, LocalDate asOf, Style style, int width) {
    Roadmap r = t.roadmap();
    b.append(style.bold(TextFit.cut(Printable.of(ScheduleFacts.title(r)), width))).append('\n');
    StringBuilder out = new StringBuilder();
    List<Timeline.Entry> all = t.entries();
    long unscheduled = all.stream().filter(e -> e.dates().isEmpty()).count();
    // A no-break space keeps each date and number on the line of its word ("finish ~2028-08-25").
    out.append("start\u00a0").append(ScheduleFacts.startText(r));
    if (asOf != null) {
      out.append(", as\u00a0of\u00a0").append(asOf);
    }
    out.append(": ");
    Timeline whole = t.whole();
    if (whole == null) {
      out.append(glued(all.size(), "milestone"));
    } else if (all.isEmpty()) {
      out.append("none of ").append(glued(whole.entries().size(), "milestone")).append(" shown");
    } else {
      out.append(all.size())
          .append(" of ")
          .append(glued(whole.entries().size(), "milestone"))
          .append(" shown,");
    }
    if (!all.isEmpty()) {
      out.append(" in ").append(glued(t.phases().size(), "phase"));
    }
    if (unscheduled > 0) {
      out.append(", ").append(unscheduled).append(" unscheduled");
    }
    Timeline.Entry last = finishEntry(all);
    if (whole == null) {
      if (last != null) {
        out.append("; finish\u00a0").append(finishText(last));
      }
    } else {
      // A part's finish is not the roadmap's: a reader must not take one for the other.
      if (last != null) {
        out.append("; finish of the ")
            .append(all.size() == 1 ? "one" : all.size())
            .append(" shown\u00a0")
            .append(finishText(last));
      }
      Timeline.Entry roadmapLast = finishEntry(whole.entries());
      if (roadmapLast != null) {
        // "roadmap finish" on one line, where the width has room for it and its date.
        String finish = "finish\u00a0" + finishText(roadmapLast);
        boolean room = width <= 0 || "roadmap ".length() + TextFit.length(finish) <= width;
        out.append("; roadmap").append(room ? '\u00a0' : ' ').append(finish);
      }
    }
    for (String line : TextFit.wrap(out.toString(), width, "")) {
      b.append(line.replace('\u00a0', ' ')).append('\n');
    }
  }

  /** The live entry that finishes last (the first of a tie), or null. */
  private static Timeline.Entry finishEntry(List<Timeline.Entry> entries) {
    Timeline.Entry last = null;
    for (Timeline.Entry e : entries) {
      if (e.dates().isPresent()
          && e.milestone().status().isLive()
          && (last == null || e.dates().get().finish().isAfter(last.dates().get().finish()))) {
        last = e;
      }
    }
    return last;
  }

  private static String finishText(Timeline.Entry e) {
    return (e.computed() ? "~" : "") + e.finishText().get();
  }

  /** What a part of the roadmap with no milestone says in place of its phases. */
  static final String NOTHING_SHOWN = "No milestone passes the filters given.";

  /** What the marks and the slack column mean, each wrapped to the width. */
  private static void legend(StringBuilder out, Style style, int width) {
    String[] items = {
      "~ computed by the scheduler, not an agreed date",
      "* critical path",
      "slack: days it can slip without moving the finish or passing a deadline"
    };
    for (String line : TextFit.pack(List.of(items), "   ", width)) {
      out.append(style.dim(line)).append('\n');
    }
  }

  /**
   * "Phase 2 Transfer of the ten missions (p2-ten-missions) 2004-01-01..2008-12-31", in lines of at
   * most {@code width}: the window moved to a line of its own first, so that the name keeps the
   * whole line, and then the name cut; when even that leaves too little of the name, the id moves
   * to a line of its own too (an id is never cut).
   */
  static List<String> headingLines(Timeline.PhaseEntries p, int width) {
    Phase ph = p.phase();
    String head = "Phase " + p.number() + "  ";
    String name = ph.name() == null || ph.name().isEmpty() ? "" : Printable.of(ph.name());
    String id = name.isEmpty() ? ph.id() : " (" + ph.id() + ")";
    String range = PhaseText.range(ph);
    String tail = range.isEmpty() ? "" : "  " + range;
    int fixed = TextFit.length(head + id);
    if (width <= 0 || fixed + TextFit.length(name + tail) <= width) {
      return List.of(head + name + id + tail);
    }
    List<String> lines = new ArrayList<>();
    if (name.isEmpty() || width - fixed >= Math.min(TextFit.MIN_TITLE, TextFit.length(name))) {
      lines.add(head + TextFit.cut(name, width - fixed) + id);
    } else {
      // Too narrow for the name and the id: the id goes to a line of its own, as the window does.
      lines.add(head + TextFit.cut(name, width - TextFit.length(head)));
      lines.add("  " + id.strip());
    }
    if (!range.isEmpty()) {
      lines.add("  " + range);
    }
    return lines;
  }

  /** The status of an entry as of {@code asOf}, replayed from the file's ({@link Standing}). */
  static String standing(Timeline.Entry e, LocalDate asOf, LocalDate recorded) {
    if (asOf == null || e.dates().isEmpty()) {
      return e.milestone().status().key();
    }
    return Standing.of(e.milestone(), e.dates().get(), !e.computed(), asOf, recorded).key();
  }

  private static String[] cells(Timeline.Entry e, String status) {
    Milestone m = e.milestone();
    boolean open = !status.equals(Status.DONE.key()) && m.status().isLive();
    return new String[] {
      e.display().orElse(UNSCHEDULED),
      m.kind().key(),
      status,
      m.mission() == null ? "-" : m.mission(),
      open && e.slackDays() != null ? e.slackDays() + "d" : "",
      m.id()
    };
  }

  private static String statusCell(String s, String padded, Style style) {
    return switch (s) {
      case "done" -> style.green(padded);
      case "at-risk", "overdue" -> style.red(padded);
      case "in-progress", "due" -> style.yellow(padded);
      case "superseded", "cancelled" -> style.dim(padded);
      default -> padded;
    };
  }

  /** "44 milestones" with a no-break space, so that a line never ends between the two. */
  private static String glued(int n, String noun) {
    return Plural.of(n, noun).replace(' ', '\u00a0');
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }
}
