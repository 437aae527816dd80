package dev.roadmap.render;

import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Status;
import dev.roadmap.plan.Interval;
import dev.roadmap.plan.Standing;
import dev.roadmap.plan.Timeline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
    List<String[]> rows = new ArrayList<>();
    for (Timeline.PhaseEntries p : t.phases()) {
      for (Timeline.Entry e : p.entries()) {
        rows.add(cells(e, standing(e, asOf, t.roadmap().asOf())));
      }
    }
    int[] width = new int[6];
    for (String[] row : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = header(t, asOf, style);
    int row = 0;
    for (Timeline.PhaseEntries p : t.phases()) {
      out.append('\n').append(style.bold(heading(p))).append('\n');
      boolean marked = asOf == null;
      for (Timeline.Entry e : p.entries()) {
        String[] c = rows.get(row++);
        if (!marked && e.dates().isPresent() && e.dates().get().start().isAfter(asOf)) {
          out.append(style.cyan("  -- as of " + asOf + " --")).append('\n');
          marked = true;
        }
        out.append(e.critical() ? style.red("*") : " ")
            .append(e.computed() ? style.cyan("~") : " ")
            .append(pad(c[0], width[0]))
            .append("  ")
            .append(pad(c[1], width[1]))
            .append("  ")
            .append(statusCell(c[2], pad(c[2], width[2]), style))
            .append("  ")
            .append(pad(c[3], width[3]))
            .append("  ")
            .append(padLeft(c[4], width[4]))
            .append("  ");
        String title = Printable.of(e.milestone().title());
        boolean hasTitle = title != null && !title.isEmpty();
        String id = hasTitle ? pad(c[5], width[5]) : c[5];
        out.append(e.milestone().kind() == Kind.TRANSFER ? style.bold(id) : id);
        if (hasTitle) {
          out.append("  ").append(title);
        }
        String bounds =
            ScheduleFacts.constraints(e.milestone(), e.dates().orElse(null), !e.computed());
        if (!bounds.isEmpty()) {
          String b = "  [" + bounds + "]";
          out.append(bounds.contains("missed") ? style.red(b) : b);
        }
        Findings.appendMark(out, findings, e.milestone().id(), style);
        out.append('\n');
      }
      if (p.entries().isEmpty()) {
        out.append("  (no milestones)\n");
      }
    }
    return out.toString();
  }

  /**
   * The Gantt view: one line per milestone, its id and a bar over the days from the project start
   * to its finish, scaled to {@code width} columns in all.
   */
  public static String gantt(Timeline t, LocalDate asOf, int width, Style style) {
    return gantt(t, asOf, width, style, Map.of());
  }

  /**
   * The Gantt view, each bar followed by a deadline it misses and the codes of its milestone's
   * findings ({@code ! RM303}).
   *
   * @param findings the codes of the findings of each milestone that has any, by id
   */
  public static String gantt(
      Timeline t, LocalDate asOf, int width, Style style, Map<String, List<String>> findings) {
    Roadmap r = t.roadmap();
    LocalDate from = r.start();
    LocalDate to = from.plusDays(1);
    int idWidth = 2;
    for (Timeline.PhaseEntries p : t.phases()) {
      for (Timeline.Entry e : p.entries()) {
        idWidth = Math.max(idWidth, e.milestone().id().length());
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
    int bar = Math.max(10, width - idWidth - 4);
    long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
    StringBuilder out = header(t, asOf, style);
    out.append(pad("", idWidth + 2))
        .append(from)
        .append(" ".repeat(Math.max(1, bar - 20)))
        .append(to.minusDays(1))
        .append('\n');
    for (Timeline.PhaseEntries p : t.phases()) {
      out.append('\n').append(style.bold(heading(p))).append('\n');
      for (Timeline.Entry e : p.entries()) {
        char[] line = new char[bar];
        java.util.Arrays.fill(line, ' ');
        if (asOf != null && !asOf.isBefore(from) && asOf.isBefore(to)) {
          line[column(from, asOf, span, bar)] = '|';
        }
        if (e.dates().isPresent()) {
          Interval i = e.dates().get();
          int a = column(from, i.start(), span, bar);
          if (i.isZeroLength()) {
            line[a] = '\u25c6';
          } else {
            int b = Math.max(a, column(from, i.finish(), span, bar));
            for (int x = a; x <= b; x++) {
              line[x] = '\u2588';
            }
          }
        }
        String bars = new String(line).replaceAll("\\s+$", "");
        if (e.dates().isEmpty()) {
          bars = UNSCHEDULED;
        }
        out.append(e.critical() ? style.red("*") : " ")
            .append(e.computed() ? "~" : " ")
            .append(pad(e.milestone().id(), idWidth))
            .append(' ')
            .append(e.critical() ? style.red(bars) : e.computed() ? style.cyan(bars) : bars);
        if (e.milestone().deadline() != null && e.dates().isPresent()) {
          String d = ScheduleFacts.deadline(e.milestone(), e.dates().get(), !e.computed());
          if (d.contains("missed")) {
            out.append("  ").append(style.red("[" + d + "]"));
          }
        }
        Findings.appendMark(out, findings, e.milestone().id(), style);
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static int column(LocalDate from, LocalDate day, long span, int bar) {
    long d = ChronoUnit.DAYS.between(from, day);
    return (int) Math.min(bar - 1, Math.max(0, d * bar / span));
  }

  private static StringBuilder header(Timeline t, LocalDate asOf, Style style) {
    Roadmap r = t.roadmap();
    StringBuilder out = new StringBuilder();
    out.append(style.bold(Printable.of(ScheduleFacts.title(r)))).append('\n');
    List<Timeline.Entry> all = t.phases().stream().flatMap(p -> p.entries().stream()).toList();
    long unscheduled = all.stream().filter(e -> e.dates().isEmpty()).count();
    out.append("start ").append(ScheduleFacts.startText(r));
    if (asOf != null) {
      out.append(", as of ").append(asOf);
    }
    out.append(": ")
        .append(Plural.of(all.size(), "milestone"))
        .append(" in ")
        .append(Plural.of(t.phases().size(), "phase"));
    if (unscheduled > 0) {
      out.append(", ").append(unscheduled).append(" unscheduled");
    }
    Timeline.Entry last = null;
    for (Timeline.Entry e : all) {
      if (e.dates().isPresent()
          && e.milestone().status().isLive()
          && (last == null || e.dates().get().finish().isAfter(last.dates().get().finish()))) {
        last = e;
      }
    }
    if (last != null) {
      out.append("; finish ").append(last.computed() ? "~" : "").append(last.finishText().get());
    }
    out.append('\n');
    out.append(
            style.dim(
                "~ computed by the scheduler, not an agreed date   * critical path   slack: days"
                    + " it can slip without moving the finish or passing a deadline"))
        .append('\n');
    return out;
  }

  private static String heading(Timeline.PhaseEntries p) {
    Phase ph = p.phase();
    StringBuilder b = new StringBuilder("Phase ").append(p.number()).append("  ");
    if (ph.name() != null && !ph.name().isEmpty()) {
      b.append(Printable.of(ph.name())).append(" (").append(Printable.of(ph.id())).append(')');
    } else {
      b.append(Printable.of(ph.id()));
    }
    String range = PhaseText.range(ph);
    if (!range.isEmpty()) {
      b.append("  ").append(range);
    }
    return b.toString();
  }

  /** The status of an entry as of {@code asOf}, replayed from the file's ({@link Standing}). */
  private static String standing(Timeline.Entry e, LocalDate asOf, LocalDate recorded) {
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

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }
}
