package dev.roadmap.render;

import dev.roadmap.model.Details;
import dev.roadmap.model.Link;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A milestone's owner, labels, links and notes as the exports write them in words: the owner with
 * its authority's name when it names one, the labels joined, a link as {@code title <url>}, and
 * which addresses a reader may follow ({@link #target}).
 */
final class DetailsText {
  private final Map<String, String> authorities = new HashMap<>();
  private final boolean any;

  private DetailsText(Roadmap r) {
    r.authorities().forEach(a -> authorities.putIfAbsent(a.id(), a.name()));
    any = r.milestones().stream().anyMatch(m -> shown(m.details()));
  }

  static DetailsText of(Roadmap r) {
    return new DetailsText(r);
  }

  /** True when some milestone gives an owner, labels, links or notes. */
  boolean any() {
    return any;
  }

  /** True when {@code d} gives an owner, labels, links or notes ({@code x-} keys aside). */
  private static boolean shown(Details d) {
    return d.owner() != null || !d.labels().isEmpty() || !d.links().isEmpty() || d.notes() != null;
  }

  /** True when the owner is the id of an authority of the roadmap. */
  boolean isAuthority(String owner) {
    return owner != null && authorities.containsKey(owner);
  }

  /** The name of the authority {@code owner} names, or null (free text, or no name given). */
  String authorityName(String owner) {
    String name = owner == null ? null : authorities.get(owner);
    return name == null || name.isBlank() ? null : Html.oneLine(name);
  }

  /** "in-house (In-house infrastructure team)", or the owner as written. */
  String owner(String owner) {
    String name = authorityName(owner);
    return name == null ? owner : owner + " (" + name + ")";
  }

  /** "title <url>", or "<url>" for an address alone. */
  static String link(Link l) {
    return (title(l) == null ? "" : title(l) + " ") + "<" + l.url() + ">";
  }

  /** The link's title on one line, or null when it has none (or a blank one). */
  static String title(Link l) {
    return l.title() == null || l.title().isBlank() ? null : Html.oneLine(l.title());
  }

  /**
   * The lines a milestone's details take in a description or a tooltip, each only when given:
   * {@code owner: ...}, {@code labels: a, b}, one {@code link: title <url>} a link, {@code notes:
   * ...} (the notes as written, line breaks kept).
   */
  List<String> lines(Milestone m) {
    Details d = m.details();
    List<String> out = new ArrayList<>();
    if (d.owner() != null) {
      out.add("owner: " + owner(d.owner()));
    }
    if (!d.labels().isEmpty()) {
      out.add("labels: " + String.join(", ", d.labels()));
    }
    for (Link l : d.links()) {
      out.add("link: " + link(l));
    }
    if (d.notes() != null) {
      out.add("notes: " + d.notes());
    }
    return out;
  }

  /**
   * The address a reader may follow, in ASCII ({@code ä} as {@code %C3%A4}), or null: only an
   * {@code http} or {@code https} address with a host, or a {@code mailto} one, that is a valid URI
   * (so it holds no space, quote, angle bracket, backslash, pipe or backtick). Any other address
   * ({@code javascript:}, {@code file:}, a relative path) is shown as text, never as a link: in a
   * code span in Markdown ({@link Markdown#literal}), in {@code <code>} in HTML.
   */
  static String target(String url) {
    if (url == null) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web =
        (scheme.equals("http") || scheme.equals("https"))
            && uri.getRawAuthority() != null
            && !uri.getRawAuthority().isEmpty();
    boolean mail = scheme.equals("mailto") && uri.isOpaque();
    return web || mail ? uri.toASCIIString() : null;
  }
}
