package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.RoadmapField;
import dev.roadmap.model.Span;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * RM206: every elementary dependency cycle, once each, written {@code a -> b -> c -> a} (each
 * requires the next) from its smallest id, at the {@code requires} entry of the first link.
 */
final class DependencyCycleCheck implements Check {
  /** Cycles reported at most; an unbounded list helps nobody and may take exponential time. */
  static final int LIMIT = 100;

  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    DependencyGraph g = c.graph();
    DependencyGraph.CycleList cycles = g.cycles(LIMIT);
    for (List<String> cycle : cycles.cycles()) {
      String from = cycle.get(0);
      String to = cycle.get(1 % cycle.size());
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
              "dependency cycle: " + String.join(" -> ", cycle) + " -> " + from,
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

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }
}
