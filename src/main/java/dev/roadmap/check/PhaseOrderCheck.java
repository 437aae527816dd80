package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Milestone;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * RM301: a milestone that requires a milestone of a later phase (phase order is file order). Not on
 * a link that lies on a dependency cycle ({@link CheckContext#cycleLinks}): RM206 is its finding.
 */
final class PhaseOrderCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    DependencyGraph g = c.graph();
    g.forEachPrerequisite(
        (m, index, d, p) -> {
          if (!laterPhase(c, m, p) || c.cycleLinks().contains(m, p)) {
            return;
          }
          out.add(
              Diagnostic.of(
                  Code.PREREQUISITE_IN_LATER_PHASE,
                  c.positions().ofRequirementTarget(m, index),
                  "'"
                      + m.id()
                      + "' (phase '"
                      + m.phase()
                      + "') requires '"
                      + p.id()
                      + "' of the later phase '"
                      + p.phase()
                      + "'",
                  "move one of them to another phase, or reorder the phases"));
        });
    return out;
  }

  /** Whether {@code m} requires {@code p}, a milestone of a later phase (both phases known). */
  static boolean laterPhase(CheckContext c, Milestone m, Milestone p) {
    if (m.phase() == null || p.phase() == null) {
      return false;
    }
    int mine = c.phaseIndex(m.phase());
    return mine >= 0 && c.phaseIndex(p.phase()) > mine;
  }

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }
}
