package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Milestone;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * RM207: a plain finish-to-start prerequisite (lag zero or a lead) that another prerequisite
 * already implies, through a chain of finish-to-start links with no lead. Such a link adds no
 * constraint and hides the real structure of the plan. Skipped while the graph has a cycle.
 *
 * <p>For each milestone, a depth-first search from each of its other prerequisites looks for the
 * link's target among their ancestors, only among milestones that come after the earliest target in
 * topological order (nothing before it can lead to it). The search reads at most {@link #BUDGET}
 * links per milestone, so the check stays linear in the size of the roadmap whatever its shape;
 * past that a redundant link can go unreported, never a wrong one reported.
 */
final class RedundantPrerequisiteCheck implements Check {
  /** The most links the search reads for one milestone. */
  static final int BUDGET = 4096;

  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    DependencyGraph g = c.graph();
    if (g.hasCycle()) {
      return out;
    }
    int n = g.size();
    int[] seen = new int[n]; // the search that last visited each milestone
    int[] foundBy =
        new int[n]; // for a target of the milestone at hand: the first link that implies it
    int[] target = new int[n]; // the milestone at hand, plus one, for each of its candidate targets
    int[] stack = new int[16];
    int search = 0;
    for (int i = 0; i < n; i++) {
      int from = g.firstLink(i);
      int to = g.firstLink(i + 1);
      if (to - from < 2) {
        continue;
      }
      int lowest = Integer.MAX_VALUE;
      for (int e = from; e < to; e++) {
        if (candidate(g, e)) {
          int p = g.linkTarget(e);
          target[p] = i + 1;
          foundBy[p] = -1;
          lowest = Math.min(lowest, g.rank(p));
        }
      }
      if (lowest == Integer.MAX_VALUE) {
        continue;
      }
      int budget = BUDGET;
      for (int q = from; q < to && budget > 0; q++) {
        if (!g.isPlainOrLaggedFinishToStart(q)) {
          continue;
        }
        int start = g.linkTarget(q);
        search++;
        seen[start] = search;
        int size = 0;
        stack[size++] = start;
        while (size > 0 && budget > 0) {
          int x = stack[--size];
          for (int e = g.firstLink(x); e < g.firstLink(x + 1) && budget > 0; e++, budget--) {
            int y = g.linkTarget(e);
            if (seen[y] == search || g.rank(y) < lowest || !g.isPlainOrLaggedFinishToStart(e)) {
              continue;
            }
            seen[y] = search;
            if (target[y] == i + 1 && foundBy[y] < 0 && y != start) {
              foundBy[y] = q;
            }
            if (size == stack.length) {
              stack = java.util.Arrays.copyOf(stack, size * 2);
            }
            stack[size++] = y;
          }
        }
      }
      Milestone m = g.at(i);
      for (int e = from; e < to; e++) {
        int p = g.linkTarget(e);
        if (!candidate(g, e) || foundBy[p] < 0) {
          continue;
        }
        Dependency d = g.link(e);
        String q = g.link(foundBy[p]).target();
        out.add(
            Diagnostic.of(
                Code.REDUNDANT_PREREQUISITE,
                c.positions().ofRequirementTarget(m, g.linkPlace(e)),
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
      }
    }
    return out;
  }

  /** A link this check may call redundant: finish-to-start with no lag (a lead is allowed). */
  private static boolean candidate(DependencyGraph g, int e) {
    return g.linkType(e) == DependencyType.FINISH_TO_START && g.linkLag(e) <= 0;
  }
}
