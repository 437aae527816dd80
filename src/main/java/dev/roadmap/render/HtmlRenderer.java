package dev.roadmap.render;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Mission;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Ref;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Status;
import dev.roadmap.plan.MissionStates;
import dev.roadmap.plan.Schedule;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schedule as one self-contained HTML5 page: a header with the summary, a gantt chart drawn
 * here as inline SVG (phases, milestones, dependency arrows, the critical path, the as-of line and
 * a legend), the mission table and a table per phase.
 *
 * <p>The page loads nothing: the CSS is inline, there are no scripts, fonts, images or links, and a
 * Content-Security-Policy forbids any fetch. The markup is also well-formed XML (void elements are
 * self-closed, text is escaped, no named entities), so it can be read by an XML parser. Elements
 * carry stable ids and classes: {@code svg#gantt}, {@code g.milestone[data-id]}, {@code
 * path.dependency}, {@code line#as-of}, {@code table#missions}. Deterministic: no clock, file and
 * schedule order, {@code \n} line ends.
 */
public final class HtmlRenderer {
  private HtmlRenderer() {}

  /** Width of the label column of the chart. */
  static final int LABEL_W = 320;

  /** Left edge of the time axis. */
  static final int CHART_X = 332;

  /** Width of the time axis: the whole range of the roadmap fits in it. */
  static final int CHART_W = 1100;

  /** Width of the whole chart. */
  static final int WIDTH = CHART_X + CHART_W + 84;

  static final int ROW = 22;
  static final int PHASE_ROW = 28;
  static final double BAR_H = 12;
  static final double DIAMOND = 6.5;
  static final double TRANSFER_DIAMOND = 8.5;
  static final double LABEL_SIZE = 12;
  static final double DATE_SIZE = 10.5;

  static final String FONT =
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans',"
          + " 'Liberation Sans', sans-serif";
  static final String SVG_NS = "http://www.w3.org/2000/svg";

  static final String CRITICAL = "#dc2626";
  static final String ARROW = "#94a3b8";
  static final String AS_OF = "#0f172a";
  static final String[] BANDS = {"#f1f5f9", "#ffffff"};

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** Fill and outline of a status. */
  record Colours(String fill, String stroke) {}

  static Colours colours(Status s) {
    return switch (s) {
      case DONE -> new Colours("#34a36b", "#1e7a4c");
      case IN_PROGRESS -> new Colours("#3b82f6", "#1d4ed8");
      case PLANNED -> new Colours("#a78bfa", "#6d28d9");
      case AT_RISK -> new Colours("#f59e0b", "#b45309");
      case SUPERSEDED, CANCELLED -> new Colours("#e2e8f0", "#94a3b8");
    };
  }

  public static String render(Schedule s) {
    Roadmap r = s.roadmap();
    String title = ScheduleFacts.title(s);
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n");
    b.append("<html lang=\"en\">\n");
    b.append("<head>\n");
    b.append("<meta charset=\"utf-8\"/>\n");
    b.append(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'\"/>\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    b.append("<meta name=\"generator\" content=\"roadmap export --format html\"/>\n");
    b.append("<title>").append(esc(title)).append("</title>\n");
    b.append("<style>\n").append(CSS).append("</style>\n");
    b.append("</head>\n");
    b.append("<body>\n");
    header(s, title, b);
    b.append("<main>\n");
    b.append("<section class=\"chart\" aria-label=\"Gantt chart\">\n");
    new Gantt(s).render(b);
    b.append("</section>\n");
    missions(s, b);
    Set<String> seen = new HashSet<>();
    for (ScheduledPhase p : ScheduledPhase.of(s)) {
      if (seen.add(p.phase().id())) {
        phase(s, p.phase(), p.entries(), p.number(), b);
      }
    }
    List<Schedule.Entry> orphans = orphans(s);
    if (!orphans.isEmpty()) {
      b.append("<h3>No phase</h3>\n");
      phaseTable(s, orphans, b);
    }
    b.append("</main>\n");
    b.append("<footer>\n<p>Exported by <code>roadmap export --format html</code> from <code>")
        .append(esc(r.file()))
        .append("</code>. Dates in <em>italics</em> and marked ~ are computed by the scheduler")
        .append(" from prerequisites and lags (drawn with a dashed outline in the chart); the")
        .append(" others are pinned in the roadmap. The critical path is in red.</p>\n</footer>\n");
    b.append("</body>\n");
    b.append("</html>\n");
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Header and tables

  private static void header(Schedule s, String title, StringBuilder b) {
    Roadmap r = s.roadmap();
    b.append("<header>\n");
    b.append("<h1>").append(esc(title)).append("</h1>\n");
    b.append("<p class=\"summary\">").append(esc(ScheduleFacts.summary(s))).append("</p>\n");
    b.append("<dl class=\"facts\">\n");
    fact(b, "start", "Start", r.start().toString());
    fact(b, "as-of", "As of", r.asOf() == null ? "not set" : r.asOf().toString());
    fact(b, "milestones", "Milestones", Integer.toString(s.milestones().size()));
    fact(b, "phases", "Phases", Integer.toString(r.phases().size()));
    if (!r.missions().isEmpty()) {
      if (r.asOf() != null) {
        var states = MissionStates.on(s, r.asOf());
        fact(
            b,
            "transferred",
            "Missions transferred",
            MissionStates.transferred(states) + " of " + states.size());
      } else {
        fact(b, "missions", "Missions", Integer.toString(r.missions().size()));
      }
    }
    fact(b, "finish", "Finish", finish(s).toString());
    b.append("</dl>\n");
    b.append("</header>\n");
  }

  private static void fact(StringBuilder b, String id, String name, String value) {
    b.append("<div class=\"fact\" data-fact=\"")
        .append(id)
        .append("\"><dt>")
        .append(esc(name))
        .append("</dt><dd>")
        .append(esc(value))
        .append("</dd></div>\n");
  }

  /** The last day of the latest live milestone, as a person reads it. */
  static LocalDate finish(Schedule s) {
    return s.milestones().values().stream()
        .filter(e -> e.milestone().status().isLive())
        .map(e -> e.dates().finish())
        .max(LocalDate::compareTo)
        .orElse(s.roadmap().start());
  }

  private static void missions(Schedule s, StringBuilder b) {
    Roadmap r = s.roadmap();
    b.append("<h2>Missions</h2>\n");
    if (r.missions().isEmpty()) {
      b.append("<p class=\"empty\">No missions.</p>\n");
      return;
    }
    Map<String, String> authorities = new HashMap<>();
    r.authorities().forEach(a -> authorities.putIfAbsent(a.id(), a.name()));
    b.append("<table id=\"missions\">\n");
    b.append(
        "<thead><tr><th>mission</th><th>from → to</th><th>transfer milestone</th>"
            + "<th>date</th><th>status</th></tr></thead>\n");
    b.append("<tbody>\n");
    var states = MissionStates.on(s, r.asOf() != null ? r.asOf() : s.finish());
    for (MissionStates.State st : states) {
      Mission m = st.mission();
      b.append("<tr data-mission=\"").append(esc(m.id())).append("\">");
      b.append("<td>").append(named(m.name(), m.id())).append("</td>");
      b.append("<td class=\"nowrap\">")
          .append(authority(m.from(), authorities))
          .append(" → ")
          .append(authority(m.to(), authorities))
          .append("</td>");
      if (st.transfer() == null) {
        b.append("<td class=\"muted\">none</td><td></td><td></td></tr>\n");
        continue;
      }
      Milestone t = st.transfer().milestone();
      b.append("<td>").append(named(t.title(), t.id())).append("</td>");
      b.append("<td class=\"date\">").append(date(st.transfer())).append("</td>");
      b.append("<td>").append(pill(t.status())).append("</td>");
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static String authority(Ref ref, Map<String, String> names) {
    if (ref == null) {
      return "<span class=\"muted\">?</span>";
    }
    String name = names.get(ref.id());
    return name == null || name.isBlank()
        ? "<code>" + esc(ref.id()) + "</code>"
        : "<code title=\"" + esc(oneLine(name)) + "\">" + esc(ref.id()) + "</code>";
  }

  private static void phase(
      Schedule s, Phase p, List<Schedule.Entry> entries, int number, StringBuilder b) {
    b.append("<h2 id=\"phase-")
        .append(number)
        .append("\">Phase ")
        .append(number)
        .append(": ")
        .append(esc(phaseName(p)))
        .append("</h2>\n");
    b.append("<p class=\"window\"><code>").append(esc(p.id())).append("</code>");
    String window = window(p);
    if (!window.isEmpty()) {
      b.append(", ").append(esc(window));
    }
    b.append(".</p>\n");
    if (entries.isEmpty()) {
      b.append("<p class=\"empty\">No milestones.</p>\n");
      return;
    }
    phaseTable(s, entries, b);
  }

  private static void phaseTable(Schedule s, List<Schedule.Entry> entries, StringBuilder b) {
    b.append("<table class=\"phase\">\n");
    b.append(
        "<thead><tr><th>date</th><th>milestone</th><th>kind</th><th>mission</th>"
            + "<th>status</th><th>prerequisites</th></tr></thead>\n");
    b.append("<tbody>\n");
    for (Schedule.Entry e : entries) {
      Milestone m = e.milestone();
      List<String> classes = new ArrayList<>();
      if (e.critical()) {
        classes.add("critical");
      }
      if (!m.status().isLive()) {
        classes.add("dead");
      }
      if (m.kind() == Kind.TRANSFER) {
        classes.add("transfer");
      }
      b.append("<tr data-id=\"").append(esc(m.id())).append('"');
      if (!classes.isEmpty()) {
        b.append(" class=\"").append(String.join(" ", classes)).append('"');
      }
      b.append('>');
      b.append("<td class=\"date\">").append(date(e)).append("</td>");
      b.append("<td>").append(named(m.title(), m.id()));
      if (e.critical()) {
        b.append(" <span class=\"flag\">critical</span>");
      }
      b.append("</td>");
      b.append("<td>").append(m.kind().key()).append("</td>");
      b.append("<td>")
          .append(m.mission() == null ? "" : "<code>" + esc(m.mission().id()) + "</code>")
          .append("</td>");
      b.append("<td>").append(pill(m.status())).append("</td>");
      b.append("<td>");
      String sep = "";
      for (Dependency d : m.requires()) {
        b.append(sep).append(prerequisite(d));
        sep = ", ";
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static String prerequisite(Dependency d) {
    String extra = LinkText.label(d);
    String code = "<code>" + esc(d.targetId()) + "</code>";
    return extra.isEmpty() ? code : code + " (" + esc(extra) + ")";
  }

  private static String date(Schedule.Entry e) {
    String d = esc(e.dates().display().replace("..", " to "));
    return e.pinned()
        ? d
        : "<em class=\"computed\" title=\"computed by the scheduler\">~" + d + "</em>";
  }

  private static String pill(Status s) {
    return "<span class=\"pill s-" + s.key() + "\">" + s.key() + "</span>";
  }

  private static String named(String name, String id) {
    String code = "<code>" + esc(id) + "</code>";
    return name == null || name.isBlank()
        ? code
        : "<span class=\"title\">" + esc(oneLine(name)) + "</span> " + code;
  }

  static String phaseName(Phase p) {
    return p.name() == null || p.name().isBlank() ? p.id() : oneLine(p.name());
  }

  static String window(Phase p) {
    if (p.start() != null && p.end() != null) {
      return p.start() + " to " + p.end();
    } else if (p.start() != null) {
      return "from " + p.start();
    } else if (p.end() != null) {
      return "until " + p.end();
    }
    return "";
  }

  /** Milestones whose phase is missing or not declared, in schedule order. */
  static List<Schedule.Entry> orphans(Schedule s) {
    Set<String> phases = new HashSet<>();
    s.roadmap().phases().forEach(p -> phases.add(p.id()));
    return s.milestones().values().stream()
        .filter(e -> e.milestone().phase() == null || !phases.contains(e.milestone().phase().id()))
        .sorted(
            Comparator.comparing((Schedule.Entry e) -> e.dates().start())
                .thenComparing(e -> e.dates().end()))
        .toList();
  }

  // ---------------------------------------------------------------------------------------------
  // The gantt chart

  /** The time axis: days from {@code lo} (inclusive) to {@code hi} (exclusive) over the width. */
  record Axis(LocalDate lo, LocalDate hi, Scale scale) {
    double x(LocalDate d) {
      return CHART_X + ChronoUnit.DAYS.between(lo, d) * (double) CHART_W / days();
    }

    long days() {
      return Math.max(1, ChronoUnit.DAYS.between(lo, hi));
    }

    /** Height of the axis band, the as-of label included. */
    int height() {
      return scale == Scale.MONTHS ? 58 : 44;
    }
  }

  enum Scale {
    YEARS,
    MONTHS,
    WEEKS
  }

  /**
   * The range shown: the project start to the finish, with every milestone (superseded ones too)
   * and the as-of date, rounded out to whole years, months or weeks.
   */
  static Axis axis(Schedule s) {
    Roadmap r = s.roadmap();
    LocalDate first = r.start();
    LocalDate last = r.start();
    for (Schedule.Entry e : s.milestones().values()) {
      first = min(first, e.dates().start());
      last = max(last, e.dates().finish());
    }
    last = max(last, s.finish().minusDays(1));
    if (r.asOf() != null) {
      first = min(first, r.asOf());
      last = max(last, r.asOf());
    }
    long span = ChronoUnit.DAYS.between(first, last);
    if (span > 3 * 366) {
      return new Axis(
          LocalDate.of(first.getYear(), 1, 1), LocalDate.of(last.getYear() + 1, 1, 1), Scale.YEARS);
    }
    if (span > 70) {
      return new Axis(first.withDayOfMonth(1), last.withDayOfMonth(1).plusMonths(1), Scale.MONTHS);
    }
    LocalDate lo = first.minusDays(first.getDayOfWeek().getValue() - 1L);
    LocalDate hi = max(last.plusDays(1), lo.plusDays(14));
    long rest = ChronoUnit.DAYS.between(lo, hi) % 7;
    return new Axis(lo, rest == 0 ? hi : hi.plusDays(7 - rest), Scale.WEEKS);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return b.isBefore(a) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  /** One row of the chart: a phase header (entry null) or a milestone. */
  record Row(Phase phase, int number, Schedule.Entry entry, int band, double y, double height) {
    double mid() {
      return y + height / 2;
    }
  }

  /** Where a milestone is drawn: its row and the left and right edges of its marker. */
  record Place(Row row, double left, double right) {}

  /** The chart for one schedule; {@link #render} appends the SVG element. */
  static final class Gantt {
    final Schedule s;
    final Axis axis;
    final List<Row> rows = new ArrayList<>();
    final Map<String, Place> places = new HashMap<>();
    final double legendHeight;
    final double rowsTop;
    final double rowsBottom;
    final double height;
    final StringBuilder legend = new StringBuilder();

    Gantt(Schedule s) {
      this.s = s;
      this.axis = axis(s);
      this.legendHeight = legend(legend);
      this.rowsTop = legendHeight + 10 + axis.height();
      double y = rowsTop;
      int band = 0;
      Set<String> placed = new HashSet<>();
      Set<String> phaseIds = new HashSet<>();
      for (ScheduledPhase p : ScheduledPhase.of(s)) {
        if (!phaseIds.add(p.phase().id())) {
          continue;
        }
        y = phaseRows(p.phase(), p.number(), p.entries(), band++, y, placed);
      }
      List<Schedule.Entry> orphans = orphans(s);
      if (!orphans.isEmpty()) {
        y = phaseRows(null, 0, orphans, band, y, placed);
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
          left = x0;
          right = Math.max(axis.x(e.dates().end()), x0 + 3);
        }
        places.put(e.milestone().id(), new Place(row, left, right));
        y += ROW;
      }
      return y + 4;
    }

    void render(StringBuilder b) {
      String title = ScheduleFacts.title(s);
      b.append("<svg id=\"gantt\" xmlns=\"")
          .append(SVG_NS)
          .append("\" viewBox=\"0 0 ")
          .append(WIDTH)
          .append(' ')
          .append(n(height))
          .append("\" width=\"")
          .append(WIDTH)
          .append("\" height=\"")
          .append(n(height))
          .append("\" role=\"img\" aria-labelledby=\"gantt-title\" font-family=\"")
          .append(FONT)
          .append("\" font-size=\"12\">\n");
      b.append("<title id=\"gantt-title\">Gantt chart: ").append(esc(title)).append("</title>\n");
      defs(b);
      b.append("<g class=\"legend\">\n").append(legend).append("</g>\n");
      bands(b);
      grid(b);
      dependencies(b);
      b.append("<g class=\"milestones\">\n");
      for (Row row : rows) {
        if (row.entry() != null) {
          milestone(row, b);
        }
      }
      b.append("</g>\n");
      phaseLabels(b);
      asOf(b);
      axisLabels(b);
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
      b.append("<clipPath id=\"label-clip\"><rect x=\"0\" y=\"0\" width=\"")
          .append(LABEL_W)
          .append("\" height=\"")
          .append(n(height))
          .append("\"/></clipPath>\n");
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

    /** Draws the legend into {@code b} and returns its height. */
    private double legend(StringBuilder b) {
      List<String[]> items = new ArrayList<>();
      for (Status st : List.of(Status.DONE, Status.IN_PROGRESS, Status.PLANNED, Status.AT_RISK)) {
        items.add(new String[] {"status", st.key(), st.key().replace('-', ' ')});
      }
      items.add(new String[] {"status", "superseded", "superseded / cancelled"});
      items.add(new String[] {"shape", "bar", "takes time"});
      items.add(new String[] {"shape", "diamond", "zero length"});
      items.add(new String[] {"shape", "transfer", "transfer of command"});
      items.add(new String[] {"shape", "computed", "computed date (not pinned)"});
      items.add(new String[] {"shape", "critical", "critical path"});
      items.add(new String[] {"shape", "dependency", "prerequisite"});
      if (s.roadmap().asOf() != null) {
        items.add(new String[] {"shape", "as-of", "status date (as of)"});
      }
      double x = 8;
      double y = 6;
      for (String[] item : items) {
        double w = 24 + textWidth(item[2], 11.5, false) + 16;
        if (x + w > WIDTH - 8) {
          x = 8;
          y += 22;
        }
        b.append("<g class=\"legend-item\" data-item=\"").append(item[1]).append("\">");
        swatch(item[0], item[1], x, y + 9, b);
        b.append("<text x=\"")
            .append(n(x + 24))
            .append("\" y=\"")
            .append(n(y + 13))
            .append("\" font-size=\"11.5\" fill=\"#334155\">")
            .append(esc(item[2]))
            .append("</text></g>\n");
        x += w;
      }
      return y + 22;
    }

    private static void swatch(String group, String key, double x, double cy, StringBuilder b) {
      if (group.equals("status")) {
        Status st = key.equals("superseded") ? Status.SUPERSEDED : status(key);
        Colours c = colours(st);
        b.append(rect(x, cy - 5, 18, 10, c.fill(), c.stroke(), 1, st.isLive() ? null : "3 2"));
        return;
      }
      Colours planned = colours(Status.PLANNED);
      switch (key) {
        case "bar" -> b.append(rect(x, cy - 5, 18, 10, "#cbd5e1", "#64748b", 1, null));
        case "diamond" -> b.append(diamond(x + 9, cy, DIAMOND, "#cbd5e1", "#64748b", 1, null));
        case "transfer" ->
            b.append(diamond(x + 9, cy, TRANSFER_DIAMOND, "#cbd5e1", "#334155", 1.6, null));
        case "computed" ->
            b.append(rect(x, cy - 5, 18, 10, "url(#hatch-planned)", planned.stroke(), 1, "3 2"));
        case "critical" -> b.append(rect(x, cy - 5, 18, 10, "#ffffff", CRITICAL, 2, null));
        case "dependency" ->
            b.append("<path d=\"M")
                .append(n(x))
                .append(',')
                .append(n(cy - 5))
                .append(" H")
                .append(n(x + 5))
                .append(" V")
                .append(n(cy + 4))
                .append(" H")
                .append(n(x + 18))
                .append("\" fill=\"none\" stroke=\"")
                .append(ARROW)
                .append("\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>");
        case "as-of" ->
            b.append("<line x1=\"")
                .append(n(x + 9))
                .append("\" y1=\"")
                .append(n(cy - 8))
                .append("\" x2=\"")
                .append(n(x + 9))
                .append("\" y2=\"")
                .append(n(cy + 8))
                .append("\" stroke=\"")
                .append(AS_OF)
                .append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>");
        default -> throw new IllegalArgumentException(key);
      }
    }

    private static Status status(String key) {
      for (Status st : Status.values()) {
        if (st.key().equals(key)) {
          return st;
        }
      }
      throw new IllegalArgumentException(key);
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
            rect(0, head.y(), WIDTH, bottom - head.y(), BANDS[head.band() % 2], null, 0, null));
        if (p != null && (p.start() != null || p.end() != null)) {
          double x0 = p.start() == null ? CHART_X : clamp(axis.x(p.start()));
          double x1 = p.end() == null ? CHART_X + CHART_W : clamp(axis.x(p.end().plusDays(1)));
          if (x1 > x0) {
            b.append("<rect class=\"window\" x=\"")
                .append(n(x0))
                .append("\" y=\"")
                .append(n(head.y() + 4))
                .append("\" width=\"")
                .append(n(x1 - x0))
                .append("\" height=\"")
                .append(n(bottom - head.y() - 8))
                .append("\" rx=\"4\" fill=\"#6366f1\" fill-opacity=\"0.06\" stroke=\"#a5b4fc\"")
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

    /** Gridlines of the time axis and the frame of the chart area. */
    private void grid(StringBuilder b) {
      double top = rowsTop - 6;
      b.append("<g class=\"grid\" stroke-width=\"1\">\n");
      for (Tick t : ticks()) {
        b.append("<line x1=\"")
            .append(n(t.x()))
            .append("\" y1=\"")
            .append(n(top))
            .append("\" x2=\"")
            .append(n(t.x()))
            .append("\" y2=\"")
            .append(n(rowsBottom))
            .append("\" stroke=\"")
            .append(t.major() ? "#cbd5e1" : "#e2e8f0")
            .append("\"/>\n");
      }
      b.append("<line x1=\"0\" y1=\"")
          .append(n(top))
          .append("\" x2=\"")
          .append(WIDTH)
          .append("\" y2=\"")
          .append(n(top))
          .append("\" stroke=\"#94a3b8\"/>\n");
      b.append("</g>\n");
    }

    /** A gridline; {@code major} ones are drawn darker. */
    record Tick(double x, boolean major) {}

    List<Tick> ticks() {
      List<Tick> out = new ArrayList<>();
      switch (axis.scale()) {
        case YEARS -> {
          int step = yearStep();
          double perYear = CHART_W * 365.25 / axis.days();
          for (int y = axis.lo().getYear(); y <= axis.hi().getYear(); y++) {
            if (perYear >= 8 || y % step == 0) {
              out.add(
                  new Tick(axis.x(LocalDate.of(y, 1, 1)), step < 10 ? y % 10 == 0 : y % 50 == 0));
            }
          }
        }
        case MONTHS -> {
          for (LocalDate d = axis.lo(); !d.isAfter(axis.hi()); d = d.plusMonths(1)) {
            out.add(new Tick(axis.x(d), d.getMonth() == Month.JANUARY));
          }
        }
        case WEEKS -> {
          for (LocalDate d = axis.lo(); !d.isAfter(axis.hi()); d = d.plusDays(7)) {
            out.add(new Tick(axis.x(d), d.getDayOfMonth() <= 7));
          }
        }
      }
      return out;
    }

    /** Every how many years a year is labelled: labels are at least 36 px apart. */
    int yearStep() {
      double perYear = CHART_W * 365.25 / axis.days();
      for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) {
        if (step * perYear >= 36) {
          return step;
        }
      }
      return 1000;
    }

    private void axisLabels(StringBuilder b) {
      double base = rowsTop - 12;
      // Drawn over the as-of line, with a halo so that the line does not cross a year.
      b.append("<g class=\"axis\" font-size=\"11\" fill=\"#475569\" text-anchor=\"middle\"")
          .append(" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">\n");
      b.append("<text x=\"8\" y=\"")
          .append(n(base))
          .append("\" text-anchor=\"start\" font-weight=\"600\" letter-spacing=\"0.5\">")
          .append("MILESTONE</text>\n");
      switch (axis.scale()) {
        case YEARS -> {
          int step = yearStep();
          for (int y = axis.lo().getYear(); y < axis.hi().getYear(); y++) {
            if (y % step != 0) {
              continue;
            }
            double x =
                step == 1
                    ? (axis.x(LocalDate.of(y, 1, 1)) + axis.x(LocalDate.of(y + 1, 1, 1))) / 2
                    : axis.x(LocalDate.of(y, 1, 1));
            axisText(b, x, base, Integer.toString(y), false);
          }
        }
        case MONTHS -> {
          for (LocalDate d = axis.lo(); d.isBefore(axis.hi()); d = d.plusMonths(1)) {
            double x = (axis.x(d) + axis.x(d.plusMonths(1))) / 2;
            axisText(b, x, base, MONTHS[d.getMonthValue() - 1], false);
          }
          for (int y = axis.lo().getYear(); y < axis.hi().getYear() + 1; y++) {
            double x0 = axis.x(max(axis.lo(), LocalDate.of(y, 1, 1)));
            double x1 = axis.x(min(axis.hi(), LocalDate.of(y + 1, 1, 1)));
            if (x1 - x0 >= 30) {
              axisText(b, (x0 + x1) / 2, base - 16, Integer.toString(y), true);
            }
          }
        }
        case WEEKS -> {
          for (LocalDate d = axis.lo(); d.isBefore(axis.hi()); d = d.plusDays(7)) {
            double x = axis.x(d);
            b.append("<text x=\"")
                .append(n(x + 3))
                .append("\" y=\"")
                .append(n(base))
                .append("\" text-anchor=\"start\">")
                .append(d)
                .append("</text>\n");
          }
        }
      }
      b.append("</g>\n");
    }

    private static void axisText(StringBuilder b, double x, double y, String text, boolean bold) {
      b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
      if (bold) {
        b.append(" font-weight=\"600\" fill=\"#1e293b\"");
      }
      b.append('>').append(text).append("</text>\n");
    }

    /** One arrow per live prerequisite link, from the prerequisite to the dependent. */
    private void dependencies(StringBuilder b) {
      StringBuilder normal = new StringBuilder();
      StringBuilder critical = new StringBuilder();
      for (Row row : rows) {
        Schedule.Entry d = row.entry();
        if (d == null || !d.milestone().status().isLive()) {
          continue;
        }
        for (Dependency dep : d.milestone().requires()) {
          Schedule.Entry p = s.get(dep.targetId());
          Place from = p == null ? null : places.get(p.milestone().id());
          if (from == null || p == d || !p.milestone().status().isLive()) {
            continue;
          }
          boolean crit = p.critical() && d.critical();
          (crit ? critical : normal).append(arrow(from, row, dep, crit));
        }
      }
      b.append("<g class=\"dependencies\" fill=\"none\">\n")
          .append(normal)
          .append(critical)
          .append("</g>\n");
    }

    private String arrow(Place from, Row to, Dependency dep, boolean critical) {
      Place target = places.get(to.entry().milestone().id());
      double g = 8;
      double y1 = from.row().mid();
      double y2 = to.mid();
      List<double[]> pts = new ArrayList<>();
      if (dep.type() == DependencyType.START_TO_START) {
        double x1 = from.left();
        double x2 = target.left() - 1;
        double t = Math.min(x1, x2) - g;
        pts.add(new double[] {x1, y1});
        pts.add(new double[] {t, y1});
        pts.add(new double[] {t, y2});
        pts.add(new double[] {x2, y2});
      } else if (dep.type() == DependencyType.FINISH_TO_FINISH) {
        double x1 = from.right();
        double x2 = target.right() + 1;
        double t = Math.max(x1, x2) + g;
        pts.add(new double[] {x1, y1});
        pts.add(new double[] {t, y1});
        pts.add(new double[] {t, y2});
        pts.add(new double[] {x2, y2});
      } else {
        double x1 = from.right();
        double x2 = target.left() - 1;
        double t = x1 + g;
        pts.add(new double[] {x1, y1});
        pts.add(new double[] {t, y1});
        if (x2 - g >= t) {
          pts.add(new double[] {t, y2});
        } else {
          // Back round: down to the edge of the dependent's row, left, then into it.
          double ym = y2 - Math.signum(y2 - y1) * to.height() / 2;
          pts.add(new double[] {t, ym});
          pts.add(new double[] {x2 - g, ym});
          pts.add(new double[] {x2 - g, y2});
        }
        pts.add(new double[] {x2, y2});
      }
      StringBuilder a = new StringBuilder();
      a.append("<path class=\"dependency");
      if (critical) {
        a.append(" critical");
      }
      a.append("\" data-from=\"")
          .append(esc(dep.targetId()))
          .append("\" data-to=\"")
          .append(esc(to.entry().milestone().id()))
          .append("\" d=\"")
          .append(rounded(pts, 4))
          .append("\" stroke=\"")
          .append(critical ? CRITICAL : ARROW)
          .append("\" stroke-width=\"")
          .append(critical ? "1.6" : "1.1")
          .append("\" marker-end=\"url(#")
          .append(critical ? "arrow-critical" : "arrow")
          .append(")\"/>\n");
      return a.toString();
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
      b.append("<g class=\"")
          .append(String.join(" ", classes))
          .append("\" data-id=\"")
          .append(esc(m.id()))
          .append("\">\n");
      b.append("<title>").append(esc(tooltip(e))).append("</title>\n");
      b.append(
              rect(0, row.y(), WIDTH, row.height(), "#0f172a", null, 0, null)
                  .replace("<rect ", "<rect class=\"row\" fill-opacity=\"0\" "))
          .append('\n');

      // The label, truncated to the column; the full title is in the tooltip.
      String title = m.title() == null || m.title().isBlank() ? m.id() : oneLine(m.title());
      String suffix = live ? "" : " (" + m.status().key() + ")";
      double room = LABEL_W - 20 - textWidth(suffix, LABEL_SIZE, transfer);
      String label = fit(title, room, LABEL_SIZE, transfer) + suffix;
      b.append("<text class=\"label\" x=\"20\" y=\"")
          .append(n(row.mid() + 4))
          .append("\" clip-path=\"url(#label-clip)\"");
      if (transfer) {
        b.append(" font-weight=\"700\"");
      }
      String colour = !live ? "#94a3b8" : e.critical() ? "#b91c1c" : "#1e293b";
      b.append(" fill=\"").append(colour).append('"');
      if (!live) {
        b.append(" font-style=\"italic\"");
      }
      b.append('>').append(esc(label)).append("</text>\n");

      // The date, right of the marker, or left of it near the end of the axis.
      String date = (e.pinned() ? "" : "~") + shortDates(e);
      double dw = textWidth(date, DATE_SIZE, false);
      boolean right = place.right() + 6 + dw <= WIDTH - 4;
      double dx = right ? place.right() + 6 : place.left() - 6;
      double leaderEnd = right ? place.left() - 3 : dx - dw - 4;
      if (leaderEnd > CHART_X + 2) {
        b.append("<line class=\"leader\" x1=\"")
            .append(CHART_X)
            .append("\" y1=\"")
            .append(n(row.mid()))
            .append("\" x2=\"")
            .append(n(leaderEnd))
            .append("\" y2=\"")
            .append(n(row.mid()))
            .append("\" stroke=\"#e2e8f0\" stroke-width=\"1\"/>\n");
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
            diamond(cx, row.mid(), halfDiamond(e), fill, stroke, width, dash)
                .replace("<path ", "<path class=\"marker diamond\" "));
      } else {
        b.append(
            rect(
                    place.left(),
                    row.mid() - BAR_H / 2,
                    place.right() - place.left(),
                    BAR_H,
                    fill,
                    stroke,
                    width,
                    dash)
                .replace("<rect ", "<rect class=\"marker bar\" rx=\"2\" "));
      }
      b.append('\n');
      b.append("<text class=\"date\" x=\"")
          .append(n(dx))
          .append("\" y=\"")
          .append(n(row.mid() + 3.5))
          .append("\" font-size=\"")
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
        String name = p == null ? "No phase" : "Phase " + row.number() + ": " + phaseName(p);
        String window = p == null ? "" : window(p);
        double max = WIDTH - 16 - (window.isEmpty() ? 0 : textWidth(window, 11, false) + 16);
        b.append("<text x=\"8\" y=\"")
            .append(n(row.y() + 18))
            .append("\" font-size=\"13\" font-weight=\"700\" fill=\"#0f172a\" stroke=\"")
            .append(BANDS[row.band() % 2])
            .append("\" stroke-width=\"4\" paint-order=\"stroke\">")
            .append(esc(fit(name, max, 13, true)))
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
      if (asOf == null) {
        return;
      }
      double x = axis.x(asOf);
      double top = legendHeight + 10;
      String text = "as of " + asOf;
      double w = textWidth(text, 11, true) + 14;
      double left = Math.max(CHART_X - 8, Math.min(WIDTH - 2 - w, x - w / 2));
      b.append("<g class=\"as-of\">\n");
      b.append("<line id=\"as-of\" x1=\"")
          .append(n(x))
          .append("\" y1=\"")
          .append(n(top + 16))
          .append("\" x2=\"")
          .append(n(x))
          .append("\" y2=\"")
          .append(n(rowsBottom))
          .append("\" stroke=\"")
          .append(AS_OF)
          .append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n");
      b.append("<rect x=\"")
          .append(n(left))
          .append("\" y=\"")
          .append(n(top))
          .append("\" width=\"")
          .append(n(w))
          .append("\" height=\"17\" rx=\"8.5\" fill=\"")
          .append(AS_OF)
          .append("\"/>\n");
      b.append("<text x=\"")
          .append(n(left + w / 2))
          .append("\" y=\"")
          .append(n(top + 12.5))
          .append("\" font-size=\"11\" font-weight=\"700\" fill=\"#ffffff\"")
          .append(" text-anchor=\"middle\">")
          .append(text)
          .append("</text>\n");
      b.append("</g>\n");
    }
  }

  static double halfDiamond(Schedule.Entry e) {
    return e.milestone().kind() == Kind.TRANSFER ? TRANSFER_DIAMOND : DIAMOND;
  }

  /** "2004-11-01", "2005-01-01..2005-08-30", or "2005-01-01..08-30" within one year. */
  static String shortDates(Schedule.Entry e) {
    LocalDate start = e.dates().start();
    LocalDate finish = e.dates().finish();
    if (e.dates().isZeroLength() || start.getYear() != finish.getYear()) {
      return e.dates().display();
    }
    return start + ".." + finish.toString().substring(5);
  }

  static String tooltip(Schedule.Entry e) {
    Milestone m = e.milestone();
    StringBuilder t = new StringBuilder();
    t.append(m.title() == null || m.title().isBlank() ? m.id() : oneLine(m.title()));
    t.append("\n").append(m.id());
    t.append("\n").append(e.dates().display().replace("..", " to "));
    t.append(e.pinned() ? " (pinned)" : " (computed)");
    t.append("\n").append(m.kind().key()).append(", ").append(m.status().key());
    if (m.mission() != null) {
      t.append(", mission ").append(m.mission().id());
    }
    if (m.status().isLive() && m.status() != Status.DONE) {
      t.append(
          e.critical()
              ? "\non the critical path"
              : "\nslack " + Plural.of((int) e.slackDays(), "day"));
    }
    return t.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // SVG and text helpers

  static String rect(
      double x,
      double y,
      double w,
      double h,
      String fill,
      String stroke,
      double strokeWidth,
      String dash) {
    StringBuilder b = new StringBuilder("<rect x=\"");
    b.append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(w))
        .append("\" height=\"")
        .append(n(h))
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    stroke(b, stroke, strokeWidth, dash);
    return b.append("/>").toString();
  }

  static String diamond(
      double cx, double cy, double h, String fill, String stroke, double strokeWidth, String dash) {
    StringBuilder b = new StringBuilder("<path d=\"M");
    b.append(n(cx))
        .append(',')
        .append(n(cy - h))
        .append(" L")
        .append(n(cx + h))
        .append(',')
        .append(n(cy))
        .append(" L")
        .append(n(cx))
        .append(',')
        .append(n(cy + h))
        .append(" L")
        .append(n(cx - h))
        .append(',')
        .append(n(cy))
        .append(" Z\" fill=\"")
        .append(fill)
        .append('"');
    stroke(b, stroke, strokeWidth, dash);
    return b.append(" stroke-linejoin=\"round\"/>").toString();
  }

  private static void stroke(StringBuilder b, String stroke, double width, String dash) {
    if (stroke != null) {
      b.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width));
      b.append('"');
      if (dash != null) {
        b.append(" stroke-dasharray=\"").append(dash).append('"');
      }
    }
  }

  /** A path through axis-parallel points with corners rounded to radius {@code r}. */
  static String rounded(List<double[]> points, double r) {
    List<double[]> pts = new ArrayList<>();
    for (double[] p : points) {
      if (pts.isEmpty() || distance(pts.get(pts.size() - 1), p) > 0.01) {
        pts.add(p);
      }
    }
    StringBuilder d = new StringBuilder("M").append(n(pts.get(0)[0])).append(',');
    d.append(n(pts.get(0)[1]));
    for (int i = 1; i < pts.size() - 1; i++) {
      double[] p0 = pts.get(i - 1);
      double[] p1 = pts.get(i);
      double[] p2 = pts.get(i + 1);
      double l1 = distance(p0, p1);
      double l2 = distance(p1, p2);
      double rr = Math.min(r, Math.min(l1, l2) / 2);
      double ax = p1[0] + (p0[0] - p1[0]) / l1 * rr;
      double ay = p1[1] + (p0[1] - p1[1]) / l1 * rr;
      double cx = p1[0] + (p2[0] - p1[0]) / l2 * rr;
      double cy = p1[1] + (p2[1] - p1[1]) / l2 * rr;
      d.append(" L").append(n(ax)).append(',').append(n(ay));
      d.append(" Q").append(n(p1[0])).append(',').append(n(p1[1]));
      d.append(' ').append(n(cx)).append(',').append(n(cy));
    }
    double[] last = pts.get(pts.size() - 1);
    if (pts.size() > 1) {
      d.append(" L").append(n(last[0])).append(',').append(n(last[1]));
    }
    return d.toString();
  }

  private static double distance(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  /** A number with at most one decimal, the same on every JVM and locale. */
  static String n(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
  }

  /**
   * Advance widths of the printable ASCII characters (32 to 126) in DejaVu Sans, in thousandths of
   * an em: the widest of the usual system fonts (and the default one on Debian), so that text that
   * fits by this measure fits in any of them.
   */
  private static final short[] REGULAR = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
  };

  private static final short[] BOLD = {
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
    1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
    733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
    500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
    716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
  };

  /** The width of {@code s} in a font of {@code size} px. */
  static double textWidth(String s, double size, boolean bold) {
    double em = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      em += em(cp, bold);
      i += Character.charCount(cp);
    }
    return em * size;
  }

  private static double em(int c, boolean bold) {
    if (c >= 32 && c < 127) {
      return (bold ? BOLD : REGULAR)[c - 32] / 1000.0;
    }
    // Other letters of European scripts, then wide ones (CJK, Hangul, emoji) at a full em.
    return c < 0x1100 ? (bold ? 0.8 : 0.72) : 1.0;
  }

  /** {@code s}, cut with an ellipsis so that it is at most {@code max} wide. */
  static String fit(String s, double max, double size, boolean bold) {
    if (textWidth(s, size, bold) <= max) {
      return s;
    }
    double room = max - em('…', bold) * size;
    StringBuilder out = new StringBuilder();
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      double cw = em(cp, bold) * size;
      if (w + cw > room) {
        break;
      }
      out.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    String cut = out.toString().replaceAll("[\\s,;:.(\\-]+$", "");
    return cut + "…";
  }

  /** Whitespace, line breaks included, folded into single spaces. */
  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /**
   * Text escaped for HTML and XML, in content and in attributes: {@code & < > " '}, and characters
   * that XML 1.0 does not allow replaced with U+FFFD.
   */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\r' -> b.append(' ');
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if ((c < 0x20 && c != '\t' && c != '\n')
              || Character.isSurrogate(c)
              || c == 0xFFFE
              || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  static final String CSS =
      String.format(
          java.util.Locale.ROOT,
          """
      :root { color-scheme: light; --fg: #1e293b; --muted: #64748b; --line: #e2e8f0; }
      * { box-sizing: border-box; }
      body {
        margin: 0; padding: 28px 24px 40px; background: #ffffff; color: var(--fg);
        font-family: %s;
        font-size: 14px; line-height: 1.45;
      }
      header, main, footer { max-width: %dpx; margin: 0 auto; }
      h1 { font-size: 24px; line-height: 1.25; margin: 0 0 6px; }
      h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
      h3 { font-size: 15px; margin: 24px 0 6px; }
      p { margin: 0 0 10px; }
      .summary { color: var(--muted); }
      .facts { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 18px; }
      .fact { border: 1px solid var(--line); border-radius: 8px; padding: 7px 14px; min-width: 112px; background: #f8fafc; }
      .fact dt { font-size: 11px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
      .fact dd { margin: 1px 0 0; font-size: 17px; font-weight: 600; font-variant-numeric: tabular-nums; }
      .chart { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; padding: 6px 0; }
      svg#gantt { display: block; width: 100%%; height: auto; }
      svg#gantt text { font-family: inherit; }
      g.milestone:hover rect.row { fill: #0f172a; fill-opacity: 0.06; }
      table { border-collapse: collapse; width: 100%%; font-size: 13px; margin: 6px 0 8px; }
      th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
      th { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); background: #f8fafc; border-bottom-color: #cbd5e1; }
      td.nowrap { white-space: nowrap; }
      td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
      tr.critical td:first-child { box-shadow: inset 3px 0 0 #dc2626; }
      tr.critical .title { font-weight: 600; }
      tr.transfer .title { font-weight: 600; }
      tr.dead, tr.dead code { color: #94a3b8; }
      .muted, .window, .empty { color: var(--muted); }
      .flag { font-size: 11px; font-weight: 600; color: #b91c1c; }
      code { font-family: ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 0.86em; color: #475569; white-space: nowrap; }
      td .computed { font-style: italic; }
      .pill { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; }
      .s-done { background: #dcfce7; color: #166534; }
      .s-in-progress { background: #dbeafe; color: #1e40af; }
      .s-planned { background: #ede9fe; color: #5b21b6; }
      .s-at-risk { background: #fef3c7; color: #92400e; }
      .s-superseded, .s-cancelled { background: #f1f5f9; color: #64748b; }
      footer { margin-top: 28px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
      @media print {
        body { padding: 0; font-size: 10pt; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .chart { overflow: visible; border: none; padding: 0; }
        h2, h3 { break-after: avoid; }
        tr { break-inside: avoid; }
      }
      """,
          FONT,
          WIDTH + 2);
}
