package dev.roadmap.render;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sources a roadmap's milestones cite, as the exports show them: each milestone's cited
 * sources, and the sources cited at all, in the order of the {@code sources:} list. A source id
 * given twice stands for its first source (the second is RM200), and a cited id that is not defined
 * (RM210) is left out, so that every citation an export shows resolves.
 */
final class Citations {
  /** A URL that a link may point to: http or https, with no space, quote or angle bracket. */
  private static final Pattern WEB = Pattern.compile("https?://[^\\s<>\"'`]+");

  private final Map<String, Source> byId = new HashMap<>();
  private final List<Source> cited = new ArrayList<>();

  private Citations(Roadmap r) {
    for (Source s : r.sources()) {
      byId.putIfAbsent(s.id(), s);
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Milestone m : r.milestones()) {
      ids.addAll(m.cites());
    }
    for (Source s : r.sources()) {
      if (ids.contains(s.id()) && byId.get(s.id()) == s) {
        cited.add(s);
      }
    }
  }

  static Citations of(Roadmap r) {
    return new Citations(r);
  }

  /** The defined sources {@code m} cites, each once, in the order it cites them. */
  List<Source> of(Milestone m) {
    if (m.cites().isEmpty()) {
      return List.of();
    }
    List<Source> out = new ArrayList<>();
    for (String id : new LinkedHashSet<>(m.cites())) {
      Source s = byId.get(id);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** The sources cited by some milestone, in the order of the {@code sources:} list. */
  List<Source> cited() {
    return cited;
  }

  /** The defined source with this id, or null. */
  Source get(String id) {
    return byId.get(id);
  }

  /** {@code url} when a link may point to it (http or https), else null. */
  static String link(String url) {
    return url != null && WEB.matcher(url).matches() ? url : null;
  }

  /** What a reference list says of a source, without its URL: "Publisher, Title, 2008-09-25". */
  static String describe(Source s) {
    List<String> parts = new ArrayList<>();
    if (s.publisher() != null && !s.publisher().isBlank()) {
      parts.add(s.publisher());
    }
    if (s.title() != null && !s.title().isBlank()) {
      parts.add(s.title());
    }
    if (s.date() != null) {
      parts.add(s.dateText());
    }
    return parts.isEmpty() ? s.id() : String.join(", ", parts);
  }
}
