package dev.roadmap.render;

import static dev.roadmap.render.Html.esc;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.Source;
import java.util.List;

/**
 * The citations of the HTML page: after a milestone's title, the ids of the sources it cites, each
 * a link to its entry; and at the end, the list of the cited sources, each title a link to the
 * source's URL (http or https only).
 */
final class HtmlSources {
  private HtmlSources() {}

  /** The citation marks of a milestone's row, or "" when it cites none. */
  static String marks(Citations citations, Milestone m) {
    List<Source> cited = citations.of(m);
    if (cited.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" <sup class=\"cites\">[");
    String sep = "";
    for (Source s : cited) {
      b.append(sep)
          .append("<a href=\"#source-")
          .append(esc(s.id()))
          .append("\">")
          .append(esc(s.id()))
          .append("</a>");
      sep = ", ";
    }
    return b.append("]</sup>").toString();
  }

  /** The heading and list of the cited sources; nothing when none is cited. */
  static void list(Citations citations, StringBuilder b) {
    if (citations.cited().isEmpty()) {
      return;
    }
    b.append("<h2 id=\"sources-heading\">Sources</h2>\n");
    b.append("<ul id=\"sources\">\n");
    for (Source s : citations.cited()) {
      b.append("<li id=\"source-").append(esc(s.id())).append("\">");
      b.append("<span class=\"flag\">").append(esc(s.id())).append("</span> ");
      String title = s.title() == null || s.title().isBlank() ? s.id() : s.title();
      String url = Citations.link(s.url());
      if (s.publisher() != null && !s.publisher().isBlank()) {
        b.append(esc(Html.oneLine(s.publisher()))).append(", ");
      }
      if (url == null) {
        b.append(esc(Html.oneLine(title)));
      } else {
        b.append("<a href=\"")
            .append(esc(url))
            .append("\" rel=\"noreferrer\">")
            .append(esc(Html.oneLine(title)))
            .append("</a>");
      }
      if (s.date() != null) {
        b.append(", ").append(esc(s.dateText()));
      }
      b.append("</li>\n");
    }
    b.append("</ul>\n");
  }
}
