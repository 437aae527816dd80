package dev.roadmap.render;

import static dev.roadmap.render.Html.esc;

import dev.roadmap.model.Details;
import dev.roadmap.model.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * A milestone's owner, labels, links and notes in the HTML page's phase tables: three columns,
 * {@code owner}, {@code labels} and {@code notes and links}, when some milestone of the roadmap
 * gives any of them. The owner is an authority's id as code, its name on hover, or the free text;
 * each label a tag; the notes keep their line breaks; a link is an {@code <a href>} with the link's
 * title only when its address is http, https or mailto ({@link DetailsText#target}), and text
 * otherwise.
 */
final class HtmlDetails {
  private final DetailsText text;

  HtmlDetails(DetailsText text) {
    this.text = text;
  }

  /** True when the tables have the three columns. */
  boolean shown() {
    return text.any();
  }

  /** The header cells of the three columns, or "" when they are not shown. */
  String headers() {
    return shown() ? "<th>owner</th><th>labels</th><th>notes and links</th>" : "";
  }

  /** The three cells of a milestone's row, or "" when they are not shown. */
  String cells(Details d) {
    if (!shown()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<td class=\"owner\">");
    if (d.owner() != null) {
      b.append(owner(d.owner()));
    }
    b.append("</td><td class=\"labels\">");
    String sep = "";
    for (String l : d.labels()) {
      b.append(sep).append("<span class=\"tag\">").append(esc(Html.oneLine(l))).append("</span>");
      sep = " ";
    }
    b.append("</td><td class=\"notes\">");
    if (d.notes() != null) {
      b.append("<div class=\"note\">").append(esc(d.notes().strip())).append("</div>");
    }
    if (!d.links().isEmpty()) {
      List<String> links = new ArrayList<>();
      d.links().forEach(l -> links.add(link(l)));
      b.append("<div class=\"links\">").append(String.join(" · ", links)).append("</div>");
    }
    return b.append("</td>").toString();
  }

  private String owner(String owner) {
    if (!text.isAuthority(owner)) {
      return esc(Html.oneLine(owner));
    }
    String name = text.authorityName(owner);
    return name == null
        ? "<code>" + esc(owner) + "</code>"
        : "<code title=\"" + esc(name) + "\">" + esc(owner) + "</code>";
  }

  /** A link: its title, linked to the address a reader may follow; else its text and address. */
  static String link(Link l) {
    String title = DetailsText.title(l);
    String target = DetailsText.target(l.url());
    if (target != null) {
      return "<a href=\""
          + esc(target)
          + "\" rel=\"noreferrer\">"
          + esc(title == null ? l.url() : title)
          + "</a>";
    }
    String code = "<code>" + esc(l.url()) + "</code>";
    return title == null ? code : esc(title) + " (" + code + ")";
  }
}
