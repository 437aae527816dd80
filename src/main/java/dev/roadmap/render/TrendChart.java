package dev.roadmap.render;

import static dev.roadmap.render.Html.esc;
import static dev.roadmap.render.Svg.n;

import dev.roadmap.plan.History;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A milestone trend analysis chart as one {@code svg#trend} element: across, the date of each
 * revision; upwards, the milestone's date at that revision; one line per milestone, a step at each
 * revision that moved it (the date holds until the next revision says otherwise). The dashed
 * diagonal {@code line#diagonal} is where a milestone's date equals the revision's: a line that
 * meets it is a milestone reached. Solid markers are pinned dates, hollow ones computed. The axes
 * are the gantt chart's {@link TimeAxis}, one across and one upwards.
 */
final class TrendChart {
  /** Width of the chart, the gantt chart's. */
  static final int WIDTH = GanttChart.WIDTH;

  /** The plot: left edge, top, width and height. */
  static final int PLOT_X = 96;

  static final int PLOT_Y = 24;
  static final int PLOT_W = 1000;
  static final int PLOT_H = 560;

  /** The legend, right of the plot: its left edge and the height of a line. */
  static final int LEGEND_X = PLOT_X + PLOT_W + 40;

  static final int LEGEND_ROW = 20;

  /** The colours of the lines, in turn: distinct on white and for most colour vision. */
  static final String[] COLOURS = {
    "#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d",
    "#475569", "#b45309"
  };

  private final History h;
  private final TimeAxis across;
  private final TimeAxis upwards;
  private final double height;

  TrendChart(History h) {
    this.h = h;
    LocalDate first = null;
    LocalDate last = null;
    for (History.Revision r : h.revisions()) {
      first = first == null || r.day().isBefore(first) ? r.day() : first;
      last = last == null || r.day().isAfter(last) ? r.day() : last;
    }
    LocalDate lo = first;
    LocalDate hi = last;
    for (History.Track t : h.tracks()) {
      for (History.Point p : t.points()) {
        if (p.dated() != null) {
          lo = p.dated().date().isBefore(lo) ? p.dated().date() : lo;
          hi = p.dated().date().isAfter(hi) ? p.dated().date() : hi;
        }
      }
    }
    this.across = TimeAxis.spanning(first, last, PLOT_X, PLOT_W);
    this.upwards = TimeAxis.spanning(lo, hi, PLOT_Y + PLOT_H, -PLOT_H);
    this.height = Math.max(PLOT_Y + PLOT_H + 56, PLOT_Y + 30 + h.tracks().size() * LEGEND_ROW);
  }

  /** Appends the chart. */
  void render(StringBuilder b) {
    Svg.open(b, "trend", WIDTH, height, GanttChart.FONT, "Milestone trend: " + h.path());
    grid(b);
    diagonal(b);
    for (int i = 0; i < h.tracks().size(); i++) {
      line(b, h.tracks().get(i), COLOURS[i % COLOURS.length]);
    }
    labels(b);
    legend(b);
    b.append("</svg>\n");
  }

  private void grid(StringBuilder b) {
    b.append("<g class=\"grid\" stroke-width=\"1\">\n");
    b.append(Svg.rect(" class=\"plot\"", PLOT_X, PLOT_Y, PLOT_W, PLOT_H, "#ffffff", null, 0, null))
        .append('\n');
    for (TimeAxis.Tick t : across.ticks()) {
      if (t.x() >= PLOT_X && t.x() <= PLOT_X + PLOT_W) {
        Svg.line(b, "", t.x(), PLOT_Y, t.x(), PLOT_Y + PLOT_H)
            .append(" stroke=\"")
            .append(t.major() ? "#cbd5e1" : "#e2e8f0")
            .append("\"/>\n");
      }
    }
    for (TimeAxis.Tick t : upwards.ticks()) {
      if (t.x() >= PLOT_Y && t.x() <= PLOT_Y + PLOT_H) {
        Svg.line(b, "", PLOT_X, t.x(), PLOT_X + PLOT_W, t.x())
            .append(" stroke=\"")
            .append(t.major() ? "#cbd5e1" : "#e2e8f0")
            .append("\"/>\n");
      }
    }
    b.append(Svg.rect("", PLOT_X, PLOT_Y, PLOT_W, PLOT_H, "none", "#94a3b8", 1, null));
    b.append("\n</g>\n");
  }

  /** Where the milestone's date is the revision's: from the later start to the earlier end. */
  private void diagonal(StringBuilder b) {
    LocalDate d0 = later(across.lo(), upwards.lo());
    LocalDate d1 = earlier(across.hi(), upwards.hi());
    if (!d0.isBefore(d1)) {
      return;
    }
    Svg.line(b, " id=\"diagonal\"", across.x(d0), upwards.x(d0), across.x(d1), upwards.x(d1))
        .append(" stroke=\"#64748b\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
    double x = across.x(d1) - 6;
    double y = upwards.x(d1) + 16;
    Svg.text(b, " class=\"diagonal-label\"", x, y)
        .append(" text-anchor=\"end\" font-size=\"11\" fill=\"#64748b\">")
        .append("milestone date = revision date</text>\n");
  }

  /** One milestone: its steps and a marker at each date it had. */
  private void line(StringBuilder b, History.Track t, String colour) {
    b.append("<g class=\"trend\" data-id=\"").append(esc(t.id())).append("\">\n");
    StringBuilder d = new StringBuilder();
    List<String> markers = new ArrayList<>();
    double y = Double.NaN;
    for (History.Point p : t.points()) {
      History.Revision r = h.revisions().get(p.revision());
      double x = across.x(r.day());
      if (p.dated() == null) {
        if (!Double.isNaN(y)) {
          d.append(" H").append(n(x));
        }
        y = Double.NaN;
        continue;
      }
      double ny = upwards.x(p.dated().date());
      if (Double.isNaN(y)) {
        d.append(d.length() == 0 ? "M" : " M").append(n(x)).append(',').append(n(ny));
      } else {
        d.append(" H").append(n(x)).append(" V").append(n(ny));
      }
      y = ny;
      markers.add(marker(x, ny, colour, p, r, t));
    }
    if (!Double.isNaN(y)) {
      d.append(" H").append(n(across.x(lastRead())));
    }
    b.append("<path class=\"trend-line\" d=\"")
        .append(d)
        .append("\" fill=\"none\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n");
    markers.forEach(m -> b.append(m).append('\n'));
    b.append("</g>\n");
  }

  private static String marker(
      double x, double y, String colour, History.Point p, History.Revision r, History.Track t) {
    String date = (p.dated().pinned() ? "" : "~") + p.dated().text();
    return "<circle class=\"point"
        + (p.dated().pinned() ? "" : " computed")
        + "\" cx=\""
        + n(x)
        + "\" cy=\""
        + n(y)
        + "\" r=\"4\" fill=\""
        + (p.dated().pinned() ? colour : "#ffffff")
        + "\" stroke=\""
        + colour
        + "\" stroke-width=\"2\"><title>"
        + esc(t.id() + ": " + date + " at " + r.shortCommit() + " (" + r.day() + ")")
        + "</title></circle>";
  }

  /** The day of the newest revision that was read. */
  private LocalDate lastRead() {
    for (int i = h.revisions().size() - 1; i >= 0; i--) {
      if (h.revisions().get(i).skipped() == null) {
        return h.revisions().get(i).day();
      }
    }
    return across.hi();
  }

  private void labels(StringBuilder b) {
    b.append("<g class=\"axis\" font-size=\"11\" fill=\"#475569\">\n");
    for (TimeAxis.Mark m : across.marks()) {
      if (m.x() >= PLOT_X && m.x() <= PLOT_X + PLOT_W) {
        Svg.text(b, "", m.x(), PLOT_Y + PLOT_H + 16)
            .append(" text-anchor=\"middle\">")
            .append(esc(m.text()))
            .append("</text>\n");
      }
    }
    for (TimeAxis.Mark m : upwards.marks()) {
      if (m.x() >= PLOT_Y && m.x() <= PLOT_Y + PLOT_H) {
        Svg.text(b, "", PLOT_X - 8, m.x() + 4)
            .append(" text-anchor=\"end\">")
            .append(esc(m.text()))
            .append("</text>\n");
      }
    }
    Svg.text(b, "", PLOT_X + PLOT_W / 2.0, PLOT_Y + PLOT_H + 40)
        .append(" text-anchor=\"middle\" font-weight=\"600\">REVISION DATE</text>\n");
    Svg.text(b, "", 14, PLOT_Y + PLOT_H / 2.0)
        .append(" text-anchor=\"middle\" font-weight=\"600\" transform=\"rotate(-90 14 ")
        .append(n(PLOT_Y + PLOT_H / 2.0))
        .append(")\">MILESTONE DATE</text>\n");
    b.append("</g>\n");
  }

  private void legend(StringBuilder b) {
    b.append("<g class=\"legend\" font-size=\"12\" fill=\"#1e293b\">\n");
    double max = WIDTH - LEGEND_X - 30;
    for (int i = 0; i < h.tracks().size(); i++) {
      History.Track t = h.tracks().get(i);
      String colour = COLOURS[i % COLOURS.length];
      double y = PLOT_Y + 10 + i * LEGEND_ROW;
      Svg.line(b, "", LEGEND_X, y, LEGEND_X + 18, y)
          .append(" stroke=\"")
          .append(colour)
          .append("\" stroke-width=\"2\"/>\n");
      Svg.text(b, " class=\"legend-label\"", LEGEND_X + 24, y + 4)
          .append('>')
          .append(esc(TextMetrics.fit(t.id(), max, 12, false)))
          .append("<title>")
          .append(esc(t.title() == null ? t.id() : Html.oneLine(t.title())))
          .append("</title></text>\n");
    }
    b.append("</g>\n");
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
