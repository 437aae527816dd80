package dev.roadmap.plan;

import dev.roadmap.model.Milestone;

/**
 * Which links of a dependency graph lie on a dependency cycle: those whose two milestones are in
 * one strongly connected component, each requiring the other directly or through others. Such a
 * link is the cycle's (RM206), whatever the cycles listed: it gets no date (RM300) or phase-order
 * (RM301) finding of its own. Exact at any size, however many cycles there are. Made once per
 * graph; for a graph with no cycle, at no cost.
 */
public final class CycleLinks {
  private static final CycleLinks NONE = new CycleLinks(null, null);

  private final DependencyGraph graph;

  /** The component of each milestone by number, -1 for one on no cycle; null when none is. */
  private final int[] component;

  private CycleLinks(DependencyGraph graph, int[] component) {
    this.graph = graph;
    this.component = component;
  }

  public static CycleLinks of(DependencyGraph g) {
    return g.hasCycle() ? new CycleLinks(g, g.components()) : NONE;
  }

  /**
   * Whether the link from {@code m} to its prerequisite {@code p} lies on a cycle: both are
   * milestones of the graph, in one component. The links of a second milestone with an id already
   * taken are not the graph's, and lie on no cycle.
   */
  public boolean contains(Milestone m, Milestone p) {
    if (component == null) {
      return false;
    }
    int a = graph.index(m.id());
    int b = graph.index(p.id());
    return a >= 0
        && b >= 0
        && graph.at(a) == m
        && graph.at(b) == p
        && component[a] >= 0
        && component[a] == component[b];
  }
}
