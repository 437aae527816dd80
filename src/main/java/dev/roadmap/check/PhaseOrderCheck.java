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
      if (m.phase() == null) {
        continue;
      }
      int mine = c.phaseIndex(m.phase().id());
      for (Dependency d : m.requires()) {
        Milestone p = c.graph().milestone(d.target().id()).orElse(null);
        if (mine < 0 || p == null || p.phase() == null || p == m) {
          continue;
        }
        int theirs = c.phaseIndex(p.phase().id());
        if (theirs > mine) {
          out.add(
              Diagnostic.of(
                  Code.PREREQUISITE_IN_LATER_PHASE,
                  d.target().span(),
                  "'"
                      + m.id()
                      + "' (phase '"
                      + m.phase().id()
                      + "') requires '"
                      + p.id()
                      + "' of the later phase '"
                      + p.phase().id()
                      + "'",
                  "move one of them to another phase, or reorder the phases"));
        }
      }
    }
    return out;
  }
}
