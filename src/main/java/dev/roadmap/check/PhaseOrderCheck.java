package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import java.util.ArrayList;
import java.util.List;

/** RM301: a milestone that requires a milestone of a later phase (phase order is file order). */
final class PhaseOrderCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    for (Milestone m : c.roadmap().milestones()) {
      if (m.phaseId() == null) {
        continue;
      }
      int mine = c.phaseIndex(m.phaseId());
      for (Dependency d : m.requires()) {
        Milestone p = c.graph().milestone(d.targetId()).orElse(null);
        if (mine < 0 || p == null || p.phaseId() == null || p == m) {
          continue;
        }
        int theirs = c.phaseIndex(p.phaseId());
        if (theirs > mine) {
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
        }
      }
    }
    return out;
  }
}
