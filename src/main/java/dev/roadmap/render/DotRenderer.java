package dev.roadmap.render;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Status;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.Schedule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schedule as a Graphviz {@code digraph} (for {@code dot}): left to right, one {@code
 * cluster_N} subgraph per phase (N is the phase's position, 1-based), one node per milestone and
 * one edge per prerequisite, from the prerequisite to the dependent.
 *
 * <p>A node's label is the title (wrapped), the id and the dates (computed ones with {@code ~}).
 * The shape says the kind: a transfer of command is a {@code doubleoctagon}. The fill says the
 * status (done light green, in progress light yellow, at risk light orange); superseded and
 * cancelled milestones are dashed and grey. Critical milestones, and the critical edges (both ends
 * critical and the link is the one that dates the dependent), are red with {@code penwidth=2}. An
 * edge is labelled with its type when it is not finish-to-start ({@code SS}, {@code FF}) and its
 * lag ({@code +2w}).
 *
 * <p>Every id and label is a quoted DOT string: {@code "} and {@code \} are escaped, whitespace
 * (line breaks included) is collapsed, and the only line breaks are the renderer's own {@code \n}
 * escapes. Nodes are listed per phase in schedule order, edges in file order: the output depends on
 * the file alone.
 */
public final class DotRenderer {
  /** Titles are wrapped at a space to lines of at most this many characters, where possible. */
  static final int WRAP = 32;

  static final String CRITICAL = "#c62828";
  static final String GREY = "#8a8a8a";

  private DotRenderer() {}

  public static String render(Schedule s) {
    return render(s, DetailFilter.NONE);
  }

  /**
   * As {@link #render(Schedule)}, with the nodes of the milestones {@code filter} lets through
   * alone, and the edges between two of them: a prerequisite left out leaves no edge. The graph's
   * label says what is shown.
   */
  public static String render(Schedule s, DetailFilter filter) {
    Roadmap r = s.roadmap();
    StringBuilder b = new StringBuilder();
    b.append("// Exported by `roadmap export --format dot` from ")
        .append(oneLine(r.file()))
        .append(". Do not edit: export again.\n");
    b.append("// Render with: dot -Tsvg FILE -o FILE.svg\n");
    b.append("digraph roadmap {\n");
    b.append("  graph [rankdir=LR, newrank=true, fontname=\"Helvetica\", labelloc=t, label=")
        .append(quote(header(s, filter)))
        .append("];\n");
    b.append("  node [shape=box, fontname=\"Helvetica\", fontsize=10];\n");
    b.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    Set<String> placed = new HashSet<>();
    for (ScheduledPhase p : ScheduledPhase.of(s, filter)) {
      if (p.entries().isEmpty() || !placed.add(p.phase().id())) {
        continue;
      }
      b.append("\n  subgraph cluster_").append(p.number()).append(" {\n");
      b.append("    label=").append(quote(phaseLabel(p.phase()))).append(";\n");
      b.append("    style=rounded; color=\"#b0b0b0\"; fontname=\"Helvetica\";\n");
      for (Schedule.Entry e : p.entries()) {
        b.append("    ").append(node(e)).append('\n');
      }
      b.append("  }\n");
    }
    // Milestones of no phase, or of a phase that is not declared (only with suppressed errors).
    List<Schedule.Entry> loose = new ArrayList<>();
    for (Schedule.Entry e : s.milestones().values()) {
      Milestone m = e.milestone();
      if ((m.phase() == null || !placed.contains(m.phase())) && filter.test(m)) {
        loose.add(e);
      }
    }
    if (!loose.isEmpty()) {
      b.append('\n');
      for (Schedule.Entry e : loose) {
        b.append("  ").append(node(e)).append('\n');
      }
    }
    StringBuilder edges = new StringBuilder();
    for (Schedule.Entry e : s.milestones().values()) {
      for (Dependency d : e.milestone().requires()) {
        Schedule.Entry from = s.get(d.target());
        if (from != null && filter.test(from.milestone()) && filter.test(e.milestone())) {
          edges.append("  ").append(edge(from, e, d)).append('\n');
        }
      }
    }
    if (!edges.isEmpty()) {
      b.append('\n').append(edges);
    }
    b.append("}\n");
    return b.toString();
  }

  private static String header(Schedule s, DetailFilter filter) {
    Roadmap r = s.roadmap();
    StringBuilder b = new StringBuilder(text(ScheduleFacts.title(s))).append("\\n");
    b.append("start ").append(ScheduleFacts.startText(r));
    if (r.asOf() != null) {
      b.append(", as of ").append(r.asOf());
    }
    b.append("; critical path in red, computed (not agreed) dates marked ~");
    if (!filter.isNone()) {
      long shown = FilterText.shown(s, filter);
      b.append("\\n")
          .append(
              text(
                  "shown: the "
                      + FilterText.title(filter)
                      + " ("
                      + shown
                      + " of "
                      + s.milestones().size()
                      + ") and the links between them"));
    }
    return b.toString();
  }

  private static String phaseLabel(Phase p) {
    String window = PhaseText.window(p);
    // A blank name would leave the cluster unnamed: the id stands for it, as in the other views.
    return text(Html.phaseName(p)) + (window.isEmpty() ? "" : "\\n" + window);
  }

  private static String node(Schedule.Entry e) {
    Milestone m = e.milestone();
    String title = m.title() == null || m.title().isBlank() ? m.id() : m.title();
    StringBuilder label = new StringBuilder();
    for (String line : wrap(clip(title.replaceAll("\\s+", " ").strip()), WRAP)) {
      label.append(text(line)).append("\\n");
    }
    label.append(text(m.id())).append("\\n");
    label.append(e.pinned() ? "" : "~").append(e.display());
    if (!m.status().isLive()) {
      label.append(" (").append(m.status().key()).append(')');
    }
    String bounds = ScheduleFacts.constraints(e);
    if (!bounds.isEmpty()) {
      label.append("\\n").append(text(bounds));
    }
    List<String> attrs = new ArrayList<>();
    attrs.add("label=" + quote(label.toString()));
    attrs.add("shape=" + shape(m));
    List<String> style = new ArrayList<>();
    if (m.kind() == dev.roadmap.model.Kind.MILESTONE) {
      style.add("rounded");
    }
    String fill = fill(m.status());
    if (fill != null) {
      style.add("filled");
    }
    if (!m.status().isLive()) {
      style.add("dashed");
    }
    if (!style.isEmpty()) {
      attrs.add("style=" + quote(String.join(",", style)));
    }
    if (fill != null) {
      attrs.add("fillcolor=" + quote(fill));
    }
    if (e.critical()) {
      attrs.add("color=" + quote(CRITICAL));
      attrs.add("penwidth=2");
    } else if (!m.status().isLive()) {
      attrs.add("color=" + quote(GREY));
      attrs.add("fontcolor=" + quote(GREY));
    }
    return id(m.id()) + " [" + String.join(", ", attrs) + "];";
  }

  /** The shape of a node by kind: each kind has its own, a transfer the most visible one. */
  static String shape(Milestone m) {
    return switch (m.kind()) {
      case MILESTONE -> "box";
      case DECISION -> "hexagon";
      case CAPABILITY -> "box3d";
      case EVALUATION -> "note";
      case EXERCISE -> "tab";
      case CONDITION -> "ellipse";
      case TRANSFER -> "doubleoctagon";
    };
  }

  private static String fill(Status status) {
    return switch (status) {
      case DONE -> "#e3f2e3";
      case IN_PROGRESS -> "#fff6cc";
      case AT_RISK -> "#ffe0cc";
      case PLANNED, SUPERSEDED, CANCELLED -> null;
    };
  }

  private static String edge(Schedule.Entry from, Schedule.Entry to, Dependency d) {
    List<String> attrs = new ArrayList<>();
    String label = LinkText.label(d);
    if (!label.isEmpty()) {
      attrs.add("label=" + quote(label));
    }
    boolean critical =
        from.critical()
            && to.critical()
            && to.driver().kind() == Schedule.DriverKind.PREREQUISITE
            && d.equals(to.driver().dependency());
    if (critical) {
      attrs.add("color=" + quote(CRITICAL));
      attrs.add("fontcolor=" + quote(CRITICAL));
      attrs.add("penwidth=2");
    } else if (!from.milestone().status().isLive() || !to.milestone().status().isLive()) {
      attrs.add("style=dashed");
      attrs.add("color=" + quote(GREY));
      attrs.add("fontcolor=" + quote(GREY));
    }
    String edge = id(from.milestone().id()) + " -> " + id(to.milestone().id());
    return attrs.isEmpty() ? edge + ";" : edge + " [" + String.join(", ", attrs) + "];";
  }

  /** Greedy word wrap: lines of at most {@code width} characters unless a word is longer. */
  static List<String> wrap(String s, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Text for inside a label: whitespace, line breaks included, collapsed to single spaces; at most
   * {@link #MAX_TEXT} characters ({@link #clip}); control characters and bidirectional overrides
   * shown as {@code \\uXXXX} escapes ({@link Printable}: an ESC would make Graphviz write an SVG
   * that no XML parser reads); then backslashes doubled (so that Graphviz's escapes such as {@code
   * \N} or {@code \l} cannot be triggered from the file), and {@code &} written {@code &amp;}
   * (Graphviz reads an HTML entity in any label: {@code &amp;lt;} in a title would be drawn as
   * {@code <}). The quote is escaped by {@link #quote}.
   */
  static String text(String s) {
    return Printable.of(clip(s.replaceAll("\\s+", " ").strip()))
        .replace("\\", "\\\\")
        .replace("&", "&amp;");
  }

  /**
   * The most characters of one text in a label (a title, an id, a phase name). Graphviz (2.43)
   * fails on a label over 16,384 bytes; at 7 bytes a character at worst (an escaped control
   * character, its backslash doubled), a node's title and id stay well under it.
   */
  static final int MAX_TEXT = 500;

  /** {@code s}, cut to {@link #MAX_TEXT} characters with an ellipsis when longer. */
  static String clip(String s) {
    if (s.length() <= MAX_TEXT) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
    return s.substring(0, end) + "\u2026";
  }

  /**
   * A DOT quoted string: a {@code "} becomes {@code \"}, the only escape of DOT's lexer. The
   * content is already escaped text: a label (see {@link #text}; {@code \n} is a line break) or an
   * id (see {@link #id}).
   */
  static String quote(String s) {
    return "\"" + s.replace("\"", "\\\"") + "\"";
  }

  /**
   * A milestone id as a node name. Ids are {@code [a-z0-9][a-z0-9._-]*} in a valid file; anything
   * else (a suppressed RM109) is still written safely: backslashes doubled so that none can escape
   * the closing quote, line breaks as spaces. Every occurrence of an id is written the same way, so
   * node and edge ends match.
   */
  static String id(String id) {
    return quote(id.replace("\\", "\\\\").replaceAll("[\\r\\n]", " "));
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ");
  }
}
