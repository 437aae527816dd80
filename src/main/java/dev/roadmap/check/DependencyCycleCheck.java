package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.RoadmapField;
import dev.roadmap.model.Span;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * RM206: the dependency cycles, once each (every elementary cycle of a small strongly connected
 * component, the shortest through the smallest id of a large one: {@link DependencyGraph#cycles}),
 * written {@code a -> b -> c -> a} (each requires the next) from its smallest id, a long one by its
 * ends ({@link ChainText}), at the {@code requires} entry of its first link that requires a
 * milestone of a later phase, else of its first link. A link on a cycle gets no other finding of
 * its order or dates ({@link CheckContext#cycleLinks}).
 */
final class DependencyCycleCheck implements Check {
  /** Cycles reported at most; an unbounded list helps nobody and may take exponential time. */
  static final int LIMIT = 100;

  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    DependencyGraph g = c.graph();
    DependencyGraph.CycleList cycles = g.cycles(LIMIT);
    if (cycles.cycles().size() > 1 && !cycles.truncated()) {
      Diagnostic one = throughOneLink(c, cycles.cycles());
      if (one != null) {
        return List.of(one);
      }
    }
    for (List<String> cycle : cycles.cycles()) {
      // At the link that requires a milestone of a later phase, the likely mistake, if one does;
      // else at the link from the smallest id.
      int start = 0;
      for (int i = cycle.size() - 1; i >= 0; i--) {
        if (backward(c, g.milestone(cycle.get(i)).orElseThrow(), next(cycle, i))) {
          start = i;
        }
      }
      String from = cycle.get(start);
      String to = next(cycle, start);
      Milestone m = g.milestone(from).orElseThrow();
      Span at = c.positions().of(m);
      for (int k = 0; k < m.requires().size(); k++) {
        if (m.requires().get(k).target().equals(to)) {
          at = c.positions().ofRequirementTarget(m, k);
          break;
        }
      }
      out.add(
          Diagnostic.of(
              Code.DEPENDENCY_CYCLE,
              at,
              "dependency cycle: " + ChainText.of(closed(cycle)),
              "each milestone requires the next; remove one of these prerequisites"));
    }
    if (cycles.truncated()) {
      Span at = c.positions().of(RoadmapField.MILESTONES);
      out.add(
          Diagnostic.of(
              Code.DEPENDENCY_CYCLE,
              at,
              "more than " + LIMIT + " dependency cycles; only the first " + LIMIT + " are listed",
              "break the cycles listed, then validate again"));
    }
    return out;
  }

  /**
   * One finding when every cycle goes through one link (one prerequisite added the wrong way round
   * closes them all): at that link, listing the cycles. When several links are common to all, the
   * one that requires a milestone of a later phase is the likely mistake; else the last written.
   */
  private static Diagnostic throughOneLink(CheckContext c, List<List<String>> cycles) {
    Set<String> common = null;
    for (List<String> cycle : cycles) {
      Set<String> links = new LinkedHashSet<>();
      for (int i = 0; i < cycle.size(); i++) {
        links.add(cycle.get(i) + "\n" + cycle.get((i + 1) % cycle.size()));
      }
      if (common == null) {
        common = links;
      } else {
        common.retainAll(links);
      }
    }
    Span best = null;
    String bestLink = null;
    boolean bestBackward = false;
    for (String link : common) {
      String from = link.substring(0, link.indexOf('\n'));
      String to = link.substring(link.indexOf('\n') + 1);
      Milestone m = c.graph().milestone(from).orElseThrow();
      for (int k = 0; k < m.requires().size(); k++) {
        if (m.requires().get(k).target().equals(to)) {
          Span at = c.positions().ofRequirementTarget(m, k);
          boolean backward = backward(c, m, to);
          if (best == null
              || (backward && !bestBackward)
              || (backward == bestBackward
                  && (at.line() > best.line()
                      || (at.line() == best.line() && at.column() > best.column())))) {
            best = at;
            bestLink = link;
            bestBackward = backward;
          }
          break;
        }
      }
    }
    if (best == null) {
      return null;
    }
    String from = bestLink.substring(0, bestLink.indexOf('\n'));
    String to = bestLink.substring(bestLink.indexOf('\n') + 1);
    List<String> written = new ArrayList<>();
    for (List<String> cycle : cycles) {
      written.add(ChainText.of(closed(cycle)));
    }
    return Diagnostic.of(
        Code.DEPENDENCY_CYCLE,
        best,
        cycles.size()
            + " dependency cycles, all through '"
            + from
            + "' requiring '"
            + to
            + "': "
            + String.join("; ", written),
        "remove '" + to + "' from the 'requires' of '" + from + "' (or turn it round)");
  }

  /** The cycle {@code [a, b, c]} written as it closes, {@code [a, b, c, a]}. */
  private static List<String> closed(List<String> cycle) {
    List<String> ids = new ArrayList<>(cycle.size() + 1);
    ids.addAll(cycle);
    ids.add(cycle.get(0));
    return ids;
  }

  /** The id after the {@code i}th of a cycle: the one it requires. */
  private static String next(List<String> cycle, int i) {
    return cycle.get((i + 1) % cycle.size());
  }

  /** Whether {@code m} requires {@code to}, a milestone of a later phase. */
  private static boolean backward(CheckContext c, Milestone m, String to) {
    Milestone p = c.graph().milestone(to).orElse(null);
    return p != null && PhaseOrderCheck.laterPhase(c, m, p);
  }

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }
}
