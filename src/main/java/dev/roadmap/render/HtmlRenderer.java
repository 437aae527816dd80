package dev.roadmap.render;

import static dev.roadmap.render.Html.esc;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Mission;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Status;
import dev.roadmap.plan.Deadlines;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.MissionStates;
import dev.roadmap.plan.Schedule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schedule as one self-contained HTML5 page: a header with the summary, a gantt chart drawn as
 * inline SVG ({@link GanttChart}: phases, milestones, dependency arrows, the critical path, the
 * as-of line and a legend), the mission table and a table per phase of the plan's timeline (with
 * the milestones' owners, labels, notes and links when any is given: {@link HtmlDetails}).
 *
 * <p>The page loads nothing: the CSS is inline, there are no scripts, fonts, images or style sheet
 * links, and a Content-Security-Policy forbids any fetch. The only links are those a reader may
 * follow: to the cited sources (http, https) and a milestone's links (http, https, mailto). The
 * markup is also well-formed XML (void elements are self-closed, text is escaped, no named
 * entities), so it can be read by an XML parser. Elements carry stable ids and classes: {@code
 * svg#gantt}, {@code g.milestone[data-id]}, {@code path.dependency}, {@code line#as-of}, {@code
 * table#missions}. Deterministic: no clock, file and schedule order, {@code \n} line ends.
 */
public final class HtmlRenderer {
  /**
   * The style sheet, {@code html.css} beside this class, with the chart's font and width put in for
   * {@code {{font}}} and {@code {{width}}}.
   */
  static final String CSS =
      resource("html.css")
          .replace("{{font}}", GanttChart.FONT)
          .replace("{{width}}", Integer.toString(GanttChart.WIDTH + 2));

  private HtmlRenderer() {}

  public static String render(Schedule s) {
    return render(s, ViewFindings.NONE);
  }

  /**
   * The page with the roadmap's findings: each milestone that has any is marked {@code ! RM303} on
   * its bar's label and in its table row (class {@code has-findings}), and a list {@code
   * ul#findings} at the end gives them all.
   */
  public static String render(Schedule s, ViewFindings findings) {
    return render(s, findings, null);
  }

  /**
   * As {@link #render(Schedule, ViewFindings)}, the chart on the days of {@code window} (null: all)
   * rounded out to whole years, months or weeks as its axis is: a bar that runs past an edge ends
   * there in an arrowhead, and what lies wholly outside is left out of the chart (not the tables).
   */
  public static String render(Schedule s, ViewFindings findings, DateWindow window) {
    return render(s, findings, window, DetailFilter.NONE);
  }

  /**
   * As {@link #render(Schedule, ViewFindings, DateWindow)}, with the milestones {@code filter} lets
   * through alone in the chart and the tables (a phase left with none is left out), the arrows
   * between two of them alone, and the header saying so. The missions, the counts, the finish and
   * the findings are the whole roadmap's.
   */
  public static String render(
      Schedule s, ViewFindings findings, DateWindow window, DetailFilter filter) {
    Roadmap r = s.roadmap();
    String title = ScheduleFacts.title(s);
    List<ScheduledPhase> phases = ScheduledPhase.of(s, filter);
    List<Schedule.Entry> orphans =
        orphans(s).stream().filter(e -> filter.test(e.milestone())).toList();
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
    b.append("<title>")
        .append(esc(title + (filter.isNone() ? "" : " (" + FilterText.title(filter) + ")")))
        .append("</title>\n");
    b.append("<style>\n").append(CSS).append("</style>\n");
    b.append("</head>\n");
    b.append("<body>\n");
    header(s, title, filter, b);
    b.append("<main>\n");
    b.append("<section class=\"chart\" aria-label=\"Gantt chart\">\n");
    new GanttChart(s, phases, orphans, findings, window).render(b);
    b.append("</section>\n");
    missions(s, b);
    Citations citations = Citations.of(r);
    Row row = new Row(findings, citations, new HtmlDetails(DetailsText.of(r)));
    Set<String> seen = new HashSet<>();
    for (ScheduledPhase p : phases) {
      if (seen.add(p.phase().id())) {
        phase(p, b, row);
      }
    }
    if (!orphans.isEmpty()) {
      b.append("<h3>No phase</h3>\n");
      phaseTable(orphans, b, row);
    }
    findings(s, b, findings);
    HtmlSources.list(citations, b);
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

  private static void header(Schedule s, String title, DetailFilter filter, StringBuilder b) {
    Roadmap r = s.roadmap();
    b.append("<header>\n");
    b.append("<h1>").append(esc(title)).append("</h1>\n");
    b.append("<p class=\"summary\">").append(esc(ScheduleFacts.summary(s))).append("</p>\n");
    if (!filter.isNone()) {
      b.append("<p class=\"summary\" id=\"filter\">")
          .append(esc(FilterText.sentence(s, filter)))
          .append(" The chart's arrows join only milestones shown; the tables name every")
          .append(" prerequisite.</p>\n");
    }
    b.append("<dl class=\"facts\">\n");
    fact(b, "start", "Start", ScheduleFacts.startText(r));
    fact(b, "as-of", "As of", r.asOf() == null ? "not set" : r.asOf().toString());
    fact(b, "milestones", "Milestones", Integer.toString(s.milestones().size()));
    if (!filter.isNone()) {
      fact(b, "shown", "Shown", FilterText.shown(s, filter) + " of " + s.milestones().size());
    }
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
    fact(b, "finish", "Finish", ScheduleFacts.finishWords(s));
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

  private static String authority(String id, Map<String, String> names) {
    if (id == null) {
      return "<span class=\"muted\">?</span>";
    }
    String name = names.get(id);
    return name == null || name.isBlank()
        ? "<code>" + esc(id) + "</code>"
        : "<code title=\"" + esc(Html.oneLine(name)) + "\">" + esc(id) + "</code>";
  }

  /** What a row of a phase table shows beyond its milestone: its findings, sources and details. */
  private record Row(ViewFindings findings, Citations citations, HtmlDetails details) {}

  private static void phase(ScheduledPhase sp, StringBuilder b, Row row) {
    Phase p = sp.phase();
    int number = sp.number();
    b.append("<h2 id=\"phase-")
        .append(number)
        .append("\">Phase ")
        .append(number)
        .append(": ")
        .append(esc(Html.phaseName(p)))
        .append("</h2>\n");
    b.append("<p class=\"window\"><code>").append(esc(p.id())).append("</code>");
    String window = PhaseText.window(p);
    if (!window.isEmpty()) {
      b.append(", ").append(esc(window));
    }
    b.append(".</p>\n");
    if (sp.entries().isEmpty()) {
      b.append("<p class=\"empty\">No milestones.</p>\n");
      return;
    }
    phaseTable(sp.entries(), b, row);
  }

  /** The findings: a heading with their count and a list, each with its code, line and hint. */
  private static void findings(Schedule s, StringBuilder b, ViewFindings findings) {
    if (findings.all().isEmpty()) {
      return;
    }
    b.append("<h2 id=\"findings-heading\">Findings</h2>\n");
    b.append("<p class=\"window\">")
        .append(esc(findings.count()))
        .append(" as of ")
        .append(s.roadmap().asOf())
        .append("; <code>roadmap validate</code> shows each in full.</p>\n");
    b.append("<ul id=\"findings\">\n");
    for (Diagnostic d : findings.all()) {
      b.append("<li class=\"finding ")
          .append(d.severity().label())
          .append("\" data-code=\"")
          .append(d.code().id())
          .append("\"><span class=\"flag\">")
          .append(d.severity().label())
          .append(' ')
          .append(d.code().id())
          .append("</span>");
      if (d.span().isKnown()) {
        b.append(" line ").append(d.span().line());
      }
      b.append(": ").append(esc(Html.oneLine(d.message())));
      if (d.hint() != null && !d.hint().isEmpty()) {
        b.append(" <span class=\"muted\">(").append(esc(Html.oneLine(d.hint()))).append(")</span>");
      }
      b.append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private static void phaseTable(List<Schedule.Entry> entries, StringBuilder b, Row row) {
    b.append("<table class=\"phase\">\n");
    b.append(
        "<thead><tr><th>date</th><th>milestone</th><th>kind</th><th>mission</th>"
            + "<th>status</th><th>prerequisites</th><th>constraints</th>"
            + row.details().headers()
            + "</tr></thead>\n");
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
      String mark = row.findings().mark(m.id());
      if (!mark.isEmpty()) {
        classes.add("has-findings");
      }
      b.append("<tr data-id=\"").append(esc(m.id())).append('"');
      if (!classes.isEmpty()) {
        b.append(" class=\"").append(String.join(" ", classes)).append('"');
      }
      b.append('>');
      b.append("<td class=\"date\">").append(date(e)).append("</td>");
      b.append("<td>")
          .append(named(m.title(), m.id()))
          .append(HtmlSources.marks(row.citations(), m));
      if (e.critical()) {
        b.append(" <span class=\"flag\">critical</span>");
      }
      if (!mark.isEmpty()) {
        b.append(" <span class=\"flag finding\">").append(esc(mark)).append("</span>");
      }
      b.append("</td>");
      b.append("<td>").append(m.kind().key()).append("</td>");
      b.append("<td>")
          .append(m.mission() == null ? "" : "<code>" + esc(m.mission()) + "</code>")
          .append("</td>");
      b.append("<td>").append(pill(m.status())).append("</td>");
      b.append("<td>");
      String sep = "";
      for (Dependency d : m.requires()) {
        b.append(sep).append(prerequisite(d));
        sep = ", ";
      }
      b.append("</td><td>");
      String bounds = ScheduleFacts.constraints(e);
      if (!bounds.isEmpty()) {
        boolean missed = Deadlines.missedBy(e) > 0;
        b.append(missed ? "<span class=\"missed\">" : "")
            .append(esc(bounds))
            .append(missed ? "</span>" : "");
      }
      b.append("</td>").append(row.details().cells(m.details())).append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static String prerequisite(Dependency d) {
    String extra = LinkText.label(d);
    String code = "<code>" + esc(d.target()) + "</code>";
    return extra.isEmpty() ? code : code + " (" + esc(extra) + ")";
  }

  private static String date(Schedule.Entry e) {
    String d = esc(e.display().replace("..", " to "));
    return e.pinned()
        ? d
        : "<em class=\"computed\" title=\"computed by the scheduler, not an agreed date\">~"
            + d
            + "</em>";
  }

  private static String pill(Status s) {
    return "<span class=\"pill s-" + s.key() + "\">" + s.key() + "</span>";
  }

  private static String named(String name, String id) {
    String code = "<code>" + esc(id) + "</code>";
    return name == null || name.isBlank()
        ? code
        : "<span class=\"title\">" + esc(Html.oneLine(name)) + "</span> " + code;
  }

  /** Milestones whose phase is missing or not declared, in schedule order. */
  static List<Schedule.Entry> orphans(Schedule s) {
    Set<String> phases = new HashSet<>();
    s.roadmap().phases().forEach(p -> phases.add(p.id()));
    return s.milestones().values().stream()
        .filter(e -> e.milestone().phase() == null || !phases.contains(e.milestone().phase()))
        .sorted(
            Comparator.comparing((Schedule.Entry e) -> e.dates().start())
                .thenComparing(e -> e.dates().end()))
        .toList();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
