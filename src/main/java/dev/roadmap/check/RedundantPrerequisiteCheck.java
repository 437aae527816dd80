package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Milestone;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RM207: a plain finish-to-start prerequisite (lag zero or a lead) that another prerequisite
 * already implies, through a chain of finish-to-start links with no lead. Such a link adds no
 * constraint and hides the real structure of the plan. Skipped while the graph has a cycle.
 */
final class RedundantPrerequisiteCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    DependencyGraph g = c.graph();
    Optional<Map<String, BitSet>> ancestors =
        g.ancestors(DependencyGraph::isPlainOrLaggedFinishToStart);
    if (ancestors.isEmpty()) {
      return out;
    }
    for (Milestone m : g.milestones().values()) {
      for (Dependency d : m.requires()) {
        String p = d.target().id();
        if (d.type() != DependencyType.FINISH_TO_START
            || d.lagDays() > 0
            || g.index(p) < 0
            || p.equals(m.id())) {
          continue;
        }
        for (Dependency other : m.requires()) {
          String q = other.target().id();
          if (q.equals(p)
              || q.equals(m.id())
              || !DependencyGraph.isPlainOrLaggedFinishToStart(other)) {
            continue;
          }
          BitSet via = ancestors.get().get(q);
          if (via != null && via.get(g.index(p))) {
            out.add(
                Diagnostic.of(
                    Code.REDUNDANT_PREREQUISITE,
                    d.target().span(),
                    "'" + m.id() + "' requires '" + p + "', which '" + q + "' already requires",
                    "remove '"
                        + p
                        + "' from 'requires'; the chain through '"
                        + q
                        + "' keeps the order"));
            break;
          }
        }
      }
    }
    return out;
  }
}
