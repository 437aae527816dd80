package dev.roadmap.render;

import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.Interval;
import dev.roadmap.plan.Timeline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Gantt view for a terminal, no line wider than the width asked: a time axis with year or month
 * ticks, then each phase's milestones, one bar each, drawn by status, and a legend of the marks
 * drawn. An id too long to leave room for a bar stands on its own line, whole.
 */
final class GanttText {
  /** The fewest columns of bars; the id column gives way to them. */
  static final int MIN_BAR = 10;

  static final char DONE = '\u2588';
  static final char IN_PROGRESS = '\u2593';
  static final char LATE = '\u2592';
  static final char PLANNED = '\u2591';
  static final char DROPPED = '-';
  static final char POINT_DONE = '\u25c6';
  static final char POINT_OPEN = '\u25c7';
  static final char AS_OF = '|';
  static final char PAST_FROM = '<';
  static final char PAST_TO = '>';

  private GanttText() {}

  /**
   * @param window the days shown, or null for all of them: a bar that runs past an edge ends there
   *     in {@link #PAST_FROM} or {@link #PAST_TO}
   */
  static String render(
      Timeline t,
      LocalDate asOf,
      int width,
      Style style,
      Map<String, List<String>> findings,
      DateWindow window) {
    Roadmap r = t.roadmap();
    LocalDate from = r.start();
    LocalDate to = from.plusDays(1);
    int idWidth = 2;
    for (Timeline.PhaseEntries p : t.phases()) {
      for (Timeline.Entry e : p.entries()) {
        idWidth = Math.max(idWidth, TextFit.length(e.milestone().id()));
        if (e.dates().isPresent() && !e.dates().get().finish().isBefore(to)) {
          to = e.dates().get().finish().plusDays(1);
        }
        if (e.dates().isPresent() && e.dates().get().start().isBefore(from)) {
          from = e.dates().get().start();
        }
      }
    }
    if (asOf != null && !asOf.isBefore(to)) {
      to = asOf.plusDays(1);
    }
    if (window != null) {
      from = window.from();
      to = window.to().plusDays(1);
    }
    // Two marks, the id, a space, the bars: the id column gives way to MIN_BAR columns of bars.
    int minBar = Math.max(MIN_BAR, width / 3);
    int idColumn = Math.max(2, Math.min(idWidth, width - 3 - minBar));
    int bar = Math.max(1, width - 3 - idColumn);
    long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
    Axis axis = new Axis(from, span, bar);
    boolean asOfDrawn = asOf != null && !asOf.isBefore(from) && asOf.isBefore(to);

    StringBuilder body = new StringBuilder();
    Set<String> drawn = new LinkedHashSet<>();
    String pad = " ".repeat(3 + idColumn);
    for (Timeline.PhaseEntries p : t.phases()) {
      body.append('\n');
      for (String line : TimelineTextRenderer.headingLines(p, width)) {
        body.append(style.bold(line)).append('\n');
      }
      for (Timeline.Entry e : p.entries()) {
        String status = TimelineTextRenderer.standing(e, asOf, r.asOf());
        char[] line = new char[bar];
        Arrays.fill(line, ' ');
        if (asOfDrawn) {
          line[axis.column(asOf)] = AS_OF;
        }
        String bars;
        if (e.dates().isPresent()) {
          Interval i = e.dates().get();
          int a = axis.column(i.start());
          char m = mark(status);
          if (i.isZeroLength()) {
            // A point keeps the mark of a late or dropped one: it is no "milestone to come".
            line[a] = m == DONE ? POINT_DONE : m == LATE || m == DROPPED ? m : POINT_OPEN;
          } else {
            int b = Math.max(a, axis.column(i.finish()));
            Arrays.fill(line, a, b + 1, m);
          }
          if (window != null && window.cutBefore(i)) {
            line[0] = PAST_FROM;
          }
          if (window != null && window.cutAfter(i)) {
            line[bar - 1] = PAST_TO;
          }
          bars = new String(line).stripTrailing();
          for (char c : bars.toCharArray()) {
            if (c != ' ' && c != AS_OF) {
              drawn.add(String.valueOf(c));
            }
          }
        } else {
          bars = TimelineTextRenderer.UNSCHEDULED;
        }
        if (e.critical()) {
          drawn.add("*");
        }
        if (e.computed()) {
          drawn.add("~");
        }
        String marks = (e.critical() ? style.red("*") : " ") + (e.computed() ? "~" : " ");
        String id = e.milestone().id();
        String styled = e.critical() ? style.red(bars) : e.computed() ? style.cyan(bars) : bars;
        if (TextFit.length(id) > idColumn) {
          body.append(marks).append(id).append('\n').append(pad).append(styled);
        } else {
          body.append(marks)
              .append(id)
              .append(" ".repeat(idColumn - TextFit.length(id) + 1))
              .append(styled);
        }
        List<String> notes = new ArrayList<>();
        if (e.milestone().deadline() != null && e.dates().isPresent()) {
          String d = ScheduleFacts.deadline(e.milestone(), e.dates().get(), !e.computed());
          if (d.contains("missed")) {
            notes.add("[" + d + "]");
          }
        }
        String mark = Findings.mark(findings.get(id));
        if (!mark.isEmpty()) {
          notes.add(mark);
        }
        int used = 3 + idColumn + TextFit.length(bars);
        FlowLine flow = new FlowLine(body, width, pad.length() > width / 2 ? "    " : pad, used);
        for (String note : notes) {
          flow.add("  ", note, style::red);
        }
        body.append('\n');
      }
    }

    StringBuilder out = new StringBuilder();
    TimelineTextRenderer.summary(out, t, asOf, style, width);
    for (String line : TextFit.pack(legend(drawn, asOfDrawn ? asOf : null), "   ", width)) {
      out.append(style.dim(line)).append('\n');
    }
    axis.append(out, pad);
    out.append(body);
    if (t.whole() != null && t.phases().isEmpty()) {
      out.append('\n');
      TextFit.appendWrapped(out, TimelineTextRenderer.NOTHING_SHOWN, width, "");
    }
    return out.toString();
  }

  private static char mark(String status) {
    return switch (status) {
      case "done" -> DONE;
      case "in-progress" -> IN_PROGRESS;
      case "at-risk", "overdue" -> LATE;
      case "superseded", "cancelled" -> DROPPED;
      default -> PLANNED;
    };
  }

  /** The marks drawn, in a fixed order, each with what it means, three spaces apart. */
  static List<String> legend(Set<String> drawn, LocalDate asOf) {
    String[][] all = {
      {"~", "~ computed date"},
      {"*", "* critical path"},
      {String.valueOf(DONE), DONE + " done"},
      {String.valueOf(IN_PROGRESS), IN_PROGRESS + " in progress"},
      {String.valueOf(LATE), LATE + " at risk or overdue"},
      {String.valueOf(PLANNED), PLANNED + " to come"},
      {String.valueOf(DROPPED), DROPPED + " superseded or cancelled"},
      {String.valueOf(POINT_DONE), POINT_DONE + " milestone done"},
      {String.valueOf(POINT_OPEN), POINT_OPEN + " milestone to come"},
      {String.valueOf(PAST_FROM), PAST_FROM + " starts before the window"},
      {String.valueOf(PAST_TO), PAST_TO + " ends after it"},
    };
    List<String> items = new ArrayList<>();
    for (String[] item : all) {
      if (drawn.contains(item[0])) {
        items.add(item[1]);
      }
    }
    if (asOf != null) {
      items.add(AS_OF + " as of " + asOf);
    }
    return items;
  }

  /** Columns of days, and the ticks of years or months above them. */
  record Axis(LocalDate from, long span, int bar) {
    int column(LocalDate day) {
      long d = ChronoUnit.DAYS.between(from, day);
      return (int) Math.min(bar - 1, Math.max(0, d * bar / span));
    }

    /**
     * Two lines: the labels (a year, or a month's first three letters, the year at each January and
     * after the first month drawn, "Feb 2025", so that a chart within one year names it), and a
     * rule with a tick under each label; a label that would run into the next or past the last
     * column is left out.
     */
    void append(StringBuilder out, String pad) {
      LocalDate end = from.plusDays(span);
      double perMonth = bar * 30.44 / span;
      List<LocalDate> ticks = new ArrayList<>();
      // Months when there is room for their names, or when the chart spans under two new years.
      boolean months = perMonth >= 4 || end.getYear() - from.getYear() < 2;
      if (months) {
        LocalDate d = from.withDayOfMonth(1);
        for (d = d.isBefore(from) ? d.plusMonths(1) : d; d.isBefore(end); d = d.plusMonths(1)) {
          ticks.add(d);
        }
      } else {
        double perYear = perMonth * 12;
        int step = 1;
        for (int s : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
          step = s;
          if (s * perYear >= 5) {
            break;
          }
        }
        int y = from.getYear() + (from.getDayOfYear() == 1 ? 0 : 1);
        y = y + Math.floorMod(-y, step);
        for (; y <= end.getYear() && y < 1_000_000; y += step) {
          LocalDate d = LocalDate.of(y, 1, 1);
          if (d.isBefore(end)) {
            ticks.add(d);
          }
        }
      }
      char[] labels = new char[bar];
      char[] rule = new char[bar];
      Arrays.fill(labels, ' ');
      Arrays.fill(rule, '\u2500');
      int free = 0;
      boolean first = true;
      for (LocalDate d : ticks) {
        int c = column(d);
        String year = String.valueOf(d.getYear());
        String month =
            d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        String label =
            !months || d.getMonthValue() == 1 ? year : first ? month + " " + year : month;
        if (c < free || c + label.length() > bar) {
          continue;
        }
        first = false;
        label.getChars(0, label.length(), labels, c);
        rule[c] = '\u252c';
        free = c + label.length() + 1;
      }
      out.append(pad).append(new String(labels).stripTrailing()).append('\n');
      out.append(pad).append(new String(rule)).append('\n');
    }
  }
}
