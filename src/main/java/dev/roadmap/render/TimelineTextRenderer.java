package dev.roadmap.render;

import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Status;
import dev.roadmap.plan.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The phased timeline for a terminal: phases in order with their windows, and for each milestone
 * its dates, kind, status, mission, id and title, in aligned columns.
 */
public final class TimelineTextRenderer {
  static final String UNSCHEDULED = "unscheduled";

  private TimelineTextRenderer() {}

  /**
   * @param asOf the status date to mark, or null
   */
  public static String render(Timeline t, LocalDate asOf, Style style) {
    Roadmap r = t.roadmap();
    List<String[]> rows = new ArrayList<>();
    for (Timeline.PhaseEntries p : t.phases()) {
      for (Timeline.Entry e : p.entries()) {
        rows.add(cells(e));
      }
    }
    int[] width = new int[5];
    for (String[] row : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(style.bold(r.title() == null ? r.file() : r.title())).append('\n');
    long shown = t.phases().stream().mapToLong(p -> p.entries().size()).sum();
    long unscheduled =
        t.phases().stream()
            .flatMap(p -> p.entries().stream())
            .filter(e -> e.dates().isEmpty())
            .count();
    out.append("start ").append(r.start());
    if (asOf != null) {
      out.append(", as of ").append(asOf);
    }
    out.append(": ")
        .append(DiagnosticTextRenderer.plural(shown, "milestone"))
        .append(" in ")
        .append(DiagnosticTextRenderer.plural(t.phases().size(), "phase"));
    if (unscheduled > 0) {
      out.append(", ").append(unscheduled).append(" unscheduled");
    }
    out.append('\n');
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
        out.append("  ")
            .append(pad(c[0], width[0]))
            .append("  ")
            .append(pad(c[1], width[1]))
            .append("  ")
            .append(statusCell(e.milestone().status(), pad(c[2], width[2]), style))
            .append("  ")
            .append(pad(c[3], width[3]));
        String title = e.milestone().title();
        boolean hasTitle = title != null && !title.isEmpty();
        String id = hasTitle ? pad(c[4], width[4]) : c[4];
        out.append("  ").append(e.milestone().kind() == Kind.TRANSFER ? style.bold(id) : id);
        if (hasTitle) {
          out.append("  ").append(title);
        }
        out.append('\n');
      }
      if (p.entries().isEmpty()) {
        out.append("  (no milestones)\n");
      }
    }
    return out.toString();
  }

  private static String heading(Timeline.PhaseEntries p) {
    Phase ph = p.phase();
    StringBuilder b = new StringBuilder("Phase ").append(p.number()).append("  ");
    if (ph.name() != null && !ph.name().isEmpty()) {
      b.append(ph.name()).append(" (").append(ph.id()).append(')');
    } else {
      b.append(ph.id());
    }
    if (ph.start() != null || ph.end() != null) {
      b.append("  ")
          .append(ph.start() == null ? "" : ph.start())
          .append("..")
          .append(ph.end() == null ? "" : ph.end());
    }
    return b.toString();
  }

  private static String[] cells(Timeline.Entry e) {
    Milestone m = e.milestone();
    return new String[] {
      e.dates().map(i -> i.display()).orElse(UNSCHEDULED),
      m.kind().key(),
      m.status().key(),
      m.mission() == null ? "-" : m.mission().id(),
      m.id()
    };
  }

  private static String statusCell(Status s, String padded, Style style) {
    return switch (s) {
      case DONE -> style.green(padded);
      case AT_RISK -> style.red(padded);
      case IN_PROGRESS -> style.yellow(padded);
      case SUPERSEDED, CANCELLED -> style.dim(padded);
      default -> padded;
    };
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
