package dev.roadmap.render;

import static dev.roadmap.render.Html.esc;
import static dev.roadmap.render.Svg.diamond;
import static dev.roadmap.render.Svg.n;
import static dev.roadmap.render.Svg.rect;

import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Status;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gantt chart of the HTML page, drawn as inline SVG: a legend, the time axis, a band per phase
 * with its window, a row per milestone (a bar, or a diamond for a zero-length one, with its label
 * and dates), the dependency arrows, the critical path in red and the as-of line. Every milestone's
 * row and marker are placed once, in the constructor; {@link #render} writes the element.
 */
final class GanttChart {
  /** Width of the label column of the chart. */
  static final int LABEL_W = 320;

  /** Left edge of the time axis. */
  static final int CHART_X = 332;

  /** Width of the time axis: the whole range of the roadmap fits in it. */
  static final int CHART_W = 1100;

  /** Width of the whole chart. */
  static final int WIDTH = CHART_X + CHART_W + 84;

  /** Heights of a milestone's row and of a phase's heading row. */
  static final int ROW = 22;

  static final int PHASE_ROW = 28;

  /** Height of a bar; half-heights of a diamond and of a transfer's diamond. */
  static final double BAR_H = 12;

  static final double DIAMOND = 6.5;
  static final double TRANSFER_DIAMOND = 8.5;

  /** Font sizes of the milestone labels and of their dates. */
  static final double LABEL_SIZE = 12;

  static final double DATE_SIZE = 10.5;

  /** The font of the chart and of the page: the usual sans-serif system fonts. */
  static final String FONT =
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans',"
          + " 'Liberation Sans', sans-serif";

  /**
   * Colours of the critical path, of the other arrows, of the as-of line and of the phase bands.
   */
  static final String CRITICAL = "#dc2626";

  static final String ARROW = "#94a3b8";
  static final String AS_OF = "#0f172a";
  static final String[] BANDS = {"#f1f5f9", "#ffffff"};

  /** Fill and outline of a status. */
  record Colours(String fill, String stroke) {}

  /** The colours of a milestone of this status. */
  static Colours colours(Status s) {
    return switch (s) {
      case DONE -> new Colours("#34a36b", "#1e7a4c");
      case IN_PROGRESS -> new Colours("#3b82f6", "#1d4ed8");
      case PLANNED -> new Colours("#a78bfa", "#6d28d9");
      case AT_RISK -> new Colours("#f59e0b", "#b45309");
      case SUPERSEDED, CANCELLED -> new Colours("#e2e8f0", "#94a3b8");
    };
  }

  /** One row of the chart: a phase header (entry null) or a milestone. */
  record Row(Phase phase, int number, Schedule.Entry entry, int band, double y, double height) {
    double mid() {
      return y + height / 2;
    }
  }

  /** Where a milestone is drawn: its row and the left and right edges of its marker. */
  record Place(Row row, double left, double right) {}

  private final Schedule s;
  private final ViewFindings findings;
  private final DetailsText details;
  private final TimeAxis axis;
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Place> places = new HashMap<>();
  private final StringBuilder legend = new StringBuilder();
  private final double legendHeight;
  private final double rowsTop;
  private final double rowsBottom;
  private final double height;

  /**
   * @param s the schedule
   * @param phases its phases, as the page shows them
   * @param orphans the milestones of no declared phase, drawn last
   * @param findings the roadmap's findings: a milestone with any is marked {@code ! RM303}
   * @param window the days shown (rounded out as the axis is), or null: all
   */
  GanttChart(
      Schedule s,
      List<ScheduledPhase> phases,
      List<Schedule.Entry> orphans,
      ViewFindings findings,
      DateWindow window) {
    this.s = s;
    this.findings = findings;
    this.details = DetailsText.of(s.roadmap());
    this.axis = TimeAxis.of(s, window);
    this.legendHeight = GanttLegend.draw(legend, s.roadmap().asOf() != null);
    this.rowsTop = legendHeight + 10 + axis.height();
    double y = rowsTop;
    int band = 0;
    Set<String> placed = new HashSet<>();
    Set<String> phaseIds = new HashSet<>();
    for (ScheduledPhase p : phases) {
      List<Schedule.Entry> shown = p.entries().stream().filter(axis::shows).toList();
      if (!phaseIds.add(p.phase().id()) || window != null && shown.isEmpty()) {
        continue;
      }
      y = phaseRows(p.phase(), p.number(), shown, band++, y, placed);
    }
    List<Schedule.Entry> shown = orphans.stream().filter(axis::shows).toList();
    if (!shown.isEmpty()) {
      y = phaseRows(null, 0, shown, band, y, placed);
    }
    this.rowsBottom = y;
    this.height = y + 16;
  }

  private double phaseRows(
      Phase p, int number, List<Schedule.Entry> entries, int band, double y, Set<String> placed) {
    rows.add(new Row(p, number, null, band, y, PHASE_ROW));
    y += PHASE_ROW;
    for (Schedule.Entry e : entries) {
      if (!placed.add(e.milestone().id())) {
        continue;
      }
      Row row = new Row(p, number, e, band, y, ROW);
      rows.add(row);
      double x0 = axis.x(e.dates().start());
      double left;
      double right;
      if (e.dates().isZeroLength()) {
        double h = halfDiamond(e);
        left = x0 - h;
        right = x0 + h;
      } else {
        left = axis.xWithin(e.dates().start());
        right = Math.max(axis.xWithin(e.dates().end()), left + 3);
      }
      places.put(e.milestone().id(), new Place(row, left, right));
      y += ROW;
    }
    return y + 4;
  }

  /** Appends the chart: one {@code svg} element. */
  void render(StringBuilder b) {
    String title = ScheduleFacts.title(s);
    Svg.open(b, "gantt", WIDTH, height, FONT, "Gantt chart: " + title);
    defs(b);
    b.append("<g class=\"legend\">\n").append(legend).append("</g>\n");
    bands(b);
    axis.grid(b, rowsTop - 6, rowsBottom);
    DependencyArrows.draw(b, s, rows, places);
    b.append("<g class=\"milestones\">\n");
    for (Row row : rows) {
      if (row.entry() != null) {
        milestone(row, b);
      }
    }
    b.append("</g>\n");
    phaseLabels(b);
    asOf(b);
    axis.labels(b, rowsTop - 12);
    b.append("</svg>\n");
  }

  private void defs(StringBuilder b) {
    b.append("<defs>\n");
    marker(b, "arrow", ARROW);
    marker(b, "arrow-critical", CRITICAL);
    for (Status st : Status.values()) {
      Colours c = colours(st);
      b.append("<pattern id=\"hatch-")
          .append(st.key())
          .append(
              "\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\""
                  + " patternTransform=\"rotate(45)\">")
          .append("<rect width=\"5\" height=\"5\" fill=\"#ffffff\"/>")
          .append("<rect width=\"2.5\" height=\"5\" fill=\"")
          .append(c.fill())
          .append("\"/></pattern>\n");
    }
    b.append("<clipPath id=\"label-clip\">");
    Svg.box(b, "", 0, 0, LABEL_W, height).append("/></clipPath>\n");
    b.append("</defs>\n");
  }

  private static void marker(StringBuilder b, String id, String colour) {
    b.append("<marker id=\"")
        .append(id)
        .append(
            "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
        .append("<path d=\"M0,1 L10,5 L0,9 Z\" fill=\"")
        .append(colour)
        .append("\"/></marker>\n");
  }

  /** Phase bands: alternating backgrounds and each phase's window. */
  private void bands(StringBuilder b) {
    b.append("<g class=\"phases\">\n");
    for (int i = 0; i < rows.size(); i++) {
      Row head = rows.get(i);
      if (head.entry() != null) {
        continue;
      }
      double bottom = head.y() + head.height();
      int j = i + 1;
      while (j < rows.size() && rows.get(j).entry() != null) {
        bottom = rows.get(j).y() + rows.get(j).height();
        j++;
      }
      bottom += 4;
      Phase p = head.phase();
      b.append("<g class=\"phase\" data-phase=\"")
          .append(p == null ? "" : esc(p.id()))
          .append("\">");
      b.append(
          rect("", 0, head.y(), WIDTH, bottom - head.y(), BANDS[head.band() % 2], null, 0, null));
      if (p != null && (p.start() != null || p.end() != null)) {
        double x0 = p.start() == null ? CHART_X : clamp(axis.x(p.start()));
        double x1 = p.end() == null ? CHART_X + CHART_W : clamp(axis.x(p.end().plusDays(1)));
        if (x1 > x0) {
          Svg.box(b, " class=\"window\"", x0, head.y() + 4, x1 - x0, bottom - head.y() - 8)
              .append(" rx=\"4\" fill=\"#6366f1\" fill-opacity=\"0.06\" stroke=\"#a5b4fc\"")
              .append(" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>");
        }
      }
      b.append("</g>\n");
    }
    b.append("</g>\n");
  }

  private static double clamp(double x) {
    return Math.max(CHART_X, Math.min(CHART_X + CHART_W, x));
  }

  private void milestone(Row row, StringBuilder b) {
    Schedule.Entry e = row.entry();
    Milestone m = e.milestone();
    Place place = places.get(m.id());
    boolean live = m.status().isLive();
    boolean transfer = m.kind() == Kind.TRANSFER;
    List<String> classes = new ArrayList<>(List.of("milestone", "status-" + m.status().key()));
    classes.add("kind-" + m.kind().key());
    if (e.critical()) {
      classes.add("critical");
    }
    if (!e.pinned()) {
      classes.add("computed");
    }
    String mark = findings.mark(m.id());
    if (!mark.isEmpty()) {
      classes.add("has-findings");
    }
    LocalDate asOf = s.roadmap().asOf();
    boolean overdue = asOf != null && Standing.of(e, asOf, asOf) == Standing.OVERDUE;
    if (overdue) {
      classes.add("overdue");
    }
    b.append("<g class=\"")
        .append(String.join(" ", classes))
        .append("\" data-id=\"")
        .append(esc(m.id()))
        .append("\">\n");
    b.append("<title>")
        .append(esc(tooltip(e) + (mark.isEmpty() ? "" : "\nfindings: " + mark.substring(2))))
        .append(esc(details.lines(m).stream().map(l -> "\n" + l).collect(Collectors.joining())))
        .append("</title>\n");
    b.append(
            rect(
                " class=\"row\" fill-opacity=\"0\"",
                0,
                row.y(),
                WIDTH,
                row.height(),
                "#0f172a",
                null,
                0,
                null))
        .append('\n');

    // The label, truncated to the column; the full title is in the tooltip.
    String title = m.title() == null || m.title().isBlank() ? m.id() : Html.oneLine(m.title());
    String suffix =
        (live ? "" : " (" + m.status().key() + ")")
            + (overdue ? " (overdue)" : "")
            + (mark.isEmpty() ? "" : " " + mark);
    double room = LABEL_W - 20 - TextMetrics.width(suffix, LABEL_SIZE, transfer);
    String label = TextMetrics.fit(title, room, LABEL_SIZE, transfer) + suffix;
    Svg.text(b, " class=\"label\"", 20, row.mid() + 4).append(" clip-path=\"url(#label-clip)\"");
    if (transfer) {
      b.append(" font-weight=\"700\"");
    }
    String colour = !live ? "#94a3b8" : e.critical() || overdue ? "#b91c1c" : "#1e293b";
    b.append(" fill=\"").append(colour).append('"');
    if (!live) {
      b.append(" font-style=\"italic\"");
    }
    b.append('>').append(esc(label)).append("</text>\n");

    // The date, right of the marker, or left of it near the end of the axis.
    String date = (e.pinned() ? "" : "~") + shortDates(e);
    double dw = TextMetrics.width(date, DATE_SIZE, false);
    boolean right = place.right() + 6 + dw <= WIDTH - 4;
    double dx = right ? place.right() + 6 : place.left() - 6;
    double leaderEnd = right ? place.left() - 3 : dx - dw - 4;
    if (leaderEnd > CHART_X + 2) {
      Svg.line(b, " class=\"leader\"", CHART_X, row.mid(), leaderEnd, row.mid())
          .append(" stroke=\"#e2e8f0\" stroke-width=\"1\"/>\n");
    }

    Colours c = colours(m.status());
    // Computed dates: bars hatched, diamonds (too small for a hatch) pale; both dashed.
    String fill =
        e.pinned()
            ? c.fill()
            : e.dates().isZeroLength()
                ? c.fill() + "\" fill-opacity=\"0.3"
                : "url(#hatch-" + m.status().key() + ")";
    String stroke = e.critical() ? CRITICAL : transfer ? "#334155" : c.stroke();
    double width = e.critical() ? 2 : transfer ? 1.6 : 1;
    String dash = !e.pinned() || !live ? "3 2" : null;
    if (e.dates().isZeroLength()) {
      double cx = (place.left() + place.right()) / 2;
      b.append(
          diamond(
              " class=\"marker diamond\"",
              cx,
              row.mid(),
              halfDiamond(e),
              fill,
              stroke,
              width,
              dash));
    } else {
      b.append(
          rect(
              " class=\"marker bar\" rx=\"2\"",
              place.left(),
              row.mid() - BAR_H / 2,
              place.right() - place.left(),
              BAR_H,
              fill,
              stroke,
              width,
              dash));
      WindowEdges.mark(b, axis, e, place.left(), place.right(), row.mid(), stroke);
    }
    b.append('\n');
    Svg.text(b, " class=\"date\"", dx, row.mid() + 3.5)
        .append(" font-size=\"")
        .append(n(DATE_SIZE))
        .append("\" fill=\"")
        .append(live ? "#475569" : "#94a3b8")
        .append("\" stroke=\"")
        .append(BANDS[row.band() % 2])
        .append("\" stroke-width=\"3\" paint-order=\"stroke\"");
    if (!right) {
      b.append(" text-anchor=\"end\"");
    }
    if (!e.pinned()) {
      b.append(" font-style=\"italic\"");
    }
    b.append('>').append(esc(date)).append("</text>\n");
    b.append("</g>\n");
  }

  private void phaseLabels(StringBuilder b) {
    b.append("<g class=\"phase-labels\">\n");
    for (Row row : rows) {
      if (row.entry() != null) {
        continue;
      }
      Phase p = row.phase();
      String name = p == null ? "No phase" : "Phase " + row.number() + ": " + Html.phaseName(p);
      String window = p == null ? "" : PhaseText.window(p);
      double max = WIDTH - 16 - (window.isEmpty() ? 0 : TextMetrics.width(window, 11, false) + 16);
      Svg.text(b, "", 8, row.y() + 18)
          .append(" font-size=\"13\" font-weight=\"700\" fill=\"#0f172a\" stroke=\"")
          .append(BANDS[row.band() % 2])
          .append("\" stroke-width=\"4\" paint-order=\"stroke\">")
          .append(esc(TextMetrics.fit(name, max, 13, true)))
          .append("<title>")
          .append(esc(p == null ? name : name + " (" + p.id() + ")"))
          .append("</title>");
      if (!window.isEmpty()) {
        b.append("<tspan dx=\"12\" font-size=\"11\" font-weight=\"400\" fill=\"#64748b\">")
            .append(esc(window))
            .append("</tspan>");
      }
      b.append("</text>\n");
    }
    b.append("</g>\n");
  }

  private void asOf(StringBuilder b) {
    LocalDate asOf = s.roadmap().asOf();
    if (asOf == null || !axis.shows(asOf)) {
      return;
    }
    double x = axis.x(asOf);
    double top = legendHeight + 10;
    String text = "as of " + asOf;
    double w = TextMetrics.width(text, 11, true) + 14;
    double left = Math.max(CHART_X - 8, Math.min(WIDTH - 2 - w, x - w / 2));
    b.append("<g class=\"as-of\">\n");
    Svg.line(b, " id=\"as-of\"", x, top + 16, x, rowsBottom)
        .append(" stroke=\"")
        .append(AS_OF)
        .append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n");
    Svg.box(b, "", left, top, w, 17).append(" rx=\"8.5\" fill=\"").append(AS_OF).append("\"/>\n");
    Svg.text(b, "", left + w / 2, top + 12.5)
        .append(" font-size=\"11\" font-weight=\"700\" fill=\"#ffffff\"")
        .append(" text-anchor=\"middle\">")
        .append(text)
        .append("</text>\n");
    b.append("</g>\n");
  }

  private static double halfDiamond(Schedule.Entry e) {
    return e.milestone().kind() == Kind.TRANSFER ? TRANSFER_DIAMOND : DIAMOND;
  }

  /** "2004-11-01", "2005-01-01..2005-08-30", or "2005-01-01..08-30" within one year. */
  private static String shortDates(Schedule.Entry e) {
    LocalDate start = e.dates().start();
    LocalDate finish = e.dates().finish();
    if (e.dates().isZeroLength()
        || start.getYear() != finish.getYear()
        || e.startPrecision().isCoarse()
        || e.finishPrecision().isCoarse()) {
      return e.display();
    }
    return start + ".." + finish.toString().substring(5);
  }

  /**
   * The full title, id, dates, kind, status, mission and slack, shown on hover (then the findings,
   * and the owner, labels, links and notes).
   */
  private static String tooltip(Schedule.Entry e) {
    Milestone m = e.milestone();
    StringBuilder t = new StringBuilder();
    t.append(m.title() == null || m.title().isBlank() ? m.id() : Html.oneLine(m.title()));
    t.append("\n").append(m.id());
    t.append("\n").append(e.display().replace("..", " to "));
    t.append(e.pinned() ? " (pinned)" : " (computed)");
    String bounds = ScheduleFacts.constraints(e);
    if (!bounds.isEmpty()) {
      t.append("\n").append(bounds);
    }
    t.append("\n").append(m.kind().key()).append(", ").append(m.status().key());
    if (m.mission() != null) {
      t.append(", mission ").append(m.mission());
    }
    if (m.status().isLive() && m.status() != Status.DONE) {
      t.append(
          e.critical()
              ? "\non the critical path"
              : "\nslack " + Plural.of((int) e.slackDays(), "day"));
    }
    return t.toString();
  }
}
