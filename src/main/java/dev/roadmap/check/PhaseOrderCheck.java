package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.List;

/** RM301: a milestone that requires a milestone of a later phase (phase order is file order). */
final class PhaseOrderCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    DependencyGraph g = c.graph();
    g.forEachPrerequisite(
        (m, index, d, p) -> {
          if (m.phaseId() == null || p.phaseId() == null) {
            return;
          }
          int mine = c.phaseIndex(m.phaseId());
          if (mine < 0 || c.phaseIndex(p.phaseId()) <= mine) {
            return;
          }
          out.add(
              Diagnostic.of(
                  Code.PREREQUISITE_IN_LATER_PHASE,
                  d.target().span(),
                  "'"
                      + m.id()
                      + "' (phase '"
                      + m.phaseId()
                      + "') requires '"
                      + p.id()
                      + "' of the later phase '"
                      + p.phaseId()
                      + "'",
                  "move one of them to another phase, or reorder the phases"));
        });
    return out;
  }

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }
}
