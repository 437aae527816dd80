package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.plan.Reachability;
import java.util.ArrayList;
import java.util.List;

/**
 * RM207: a plain finish-to-start prerequisite (lag zero or a lead) that another prerequisite
 * already implies, through a chain of finish-to-start links with no lead. Such a link adds no
 * constraint and hides the real structure of the plan. Skipped while the graph has a cycle.
 *
 * <p>{@link Reachability#forEachImpliedPrerequisite} finds them, reading at most {@link #BUDGET}
 * links per milestone, so the check stays linear in the size of the roadmap whatever its shape;
 * past that a redundant link can go unreported, never a wrong one reported.
 */
final class RedundantPrerequisiteCheck implements Check {
  /** The most links the search reads for one milestone. */
  static final int BUDGET = 4096;

  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    Reachability.forEachImpliedPrerequisite(
        c.graph(),
        BUDGET,
        (m, index, via) -> {
          Dependency d = m.requires().get(index);
          String q = m.requires().get(via).target();
          out.add(
              Diagnostic.of(
                  Code.REDUNDANT_PREREQUISITE,
                  c.positions().ofRequirementTarget(m, index),
                  "'"
                      + m.id()
                      + "' requires '"
                      + d.target()
                      + "', which '"
                      + q
                      + "' already requires",
                  "remove '"
                      + d.target()
                      + "' from 'requires'; the chain through '"
                      + q
                      + "' keeps the order"));
        });
    return out;
  }

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }
}
