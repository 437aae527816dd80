package dev.roadmap.render;

import static dev.roadmap.render.Html.esc;

import dev.roadmap.plan.History;

/**
 * A {@link History} as one self-contained HTML5 page, as the HTML export is (inline CSS, no
 * scripts, a Content-Security-Policy that forbids any fetch, well-formed XML): the summary, the
 * milestone trend chart ({@link TrendChart}, {@code svg#trend}), a table per milestone shown
 * ({@code table.history[data-id]}) and the revisions skipped ({@code ul#skipped}).
 */
public final class HistoryHtmlRenderer {
  /** The export's style sheet and the trend chart's few rules. */
  static final String CSS =
      HtmlRenderer.CSS
          + "svg#trend { display: block; width: 100%; height: auto; }\n"
          + "svg#trend text { font-family: inherit; }\n"
          + "g.trend:hover path.trend-line { stroke-width: 3.5; }\n";

  private HistoryHtmlRenderer() {}

  public static String render(History h) {
    String title = "Milestone trend: " + h.path();
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    b.append(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'\"/>\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    b.append("<meta name=\"generator\" content=\"roadmap history --format html\"/>\n");
    b.append("<title>").append(esc(title)).append("</title>\n");
    b.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    b.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
    b.append("<p class=\"summary\">")
        .append(esc(HistoryRenderer.summary(h)))
        .append("</p>\n</header>\n<main>\n");
    if (!h.revisions().isEmpty()) {
      b.append("<section class=\"chart\" aria-label=\"Milestone trend chart\">\n");
      new TrendChart(h).render(b);
      b.append("</section>\n");
    }
    for (History.Track t : h.tracks()) {
      track(h, t, b);
    }
    if (!h.skipped().isEmpty()) {
      b.append("<h2>Skipped revisions</h2>\n<ul id=\"skipped\">\n");
      for (History.Revision r : h.skipped()) {
        b.append("<li><code>")
            .append(esc(r.shortCommit()))
            .append("</code> ")
            .append(r.day())
            .append(": ")
            .append(esc(Html.oneLine(r.skipped())))
            .append("</li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</main>\n<footer>\n<p>Made by <code>roadmap history --format html</code> from the")
        .append(" git revisions of <code>")
        .append(esc(h.path()))
        .append("</code>. Across: the date of each revision; upwards: each milestone's date")
        .append(" (its last day) at that revision. Hollow markers and dates marked ~ are")
        .append(" computed by the scheduler; the others are pinned. The dashed diagonal is")
        .append(" where a milestone's date equals the revision's.</p>\n</footer>\n");
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void track(History h, History.Track t, StringBuilder b) {
    b.append("<h2>");
    if (t.title() != null && !t.title().isBlank()) {
      b.append(esc(Html.oneLine(t.title()))).append(' ');
    }
    b.append("<code>").append(esc(t.id())).append("</code></h2>\n");
    b.append("<p class=\"window\">").append(esc(HistoryRenderer.slip(t))).append("</p>\n");
    b.append("<table class=\"history\" data-id=\"").append(esc(t.id())).append("\">\n");
    b.append(
        "<thead><tr><th>revision</th><th>commit</th><th>date</th><th>moved</th>"
            + "<th>subject</th></tr></thead>\n<tbody>\n");
    for (History.Point p : t.points()) {
      History.Revision r = h.revisions().get(p.revision());
      b.append("<tr><td class=\"date\">")
          .append(r.day())
          .append("</td><td><code>")
          .append(esc(r.shortCommit()))
          .append("</code></td><td class=\"date\">");
      if (p.dated() == null) {
        b.append("<span class=\"muted\">removed</span>");
      } else if (p.dated().pinned()) {
        b.append(p.dated().text());
      } else {
        b.append("<em class=\"computed\" title=\"computed by the scheduler\">~")
            .append(p.dated().text())
            .append("</em>");
      }
      b.append("</td><td class=\"date\">")
          .append(p.days() == 0 ? "" : DiffWords.delta(p.days()))
          .append("</td><td>")
          .append(esc(Html.oneLine(r.subject())))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }
}
