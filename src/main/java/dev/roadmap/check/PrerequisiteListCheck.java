package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.PositionTable;
import dev.roadmap.plan.DependencyGraph.Targets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** RM205 a milestone that requires itself; RM208 a prerequisite listed twice. */
final class PrerequisiteListCheck implements Check {
  /** "line 17", or "column 16" when the two are on one line. */
  static String where(dev.roadmap.model.Span first, dev.roadmap.model.Span second) {
    return first.line() == second.line() ? "column " + first.column() : "line " + first.line();
  }

  /** Lists of up to this many prerequisites are searched for repeats instead of hashed. */
  static final int SHORT = 8;

  /**
   * The first entry before {@code k} that names the same id as entry {@code k}, which is not the
   * milestone's own: what the map of the entries so far would hold. Entries that name a milestone
   * are compared as the milestone they name; unknown ones by their ids.
   */
  private static int firstBefore(List<Dependency> requires, Targets targets, int k) {
    Milestone p = targets.get(k);
    for (int j = 0; j < k; j++) {
      if (p != null
          ? targets.get(j) == p
          : targets.get(j) == null && requires.get(j).target().equals(requires.get(k).target())) {
        return j;
      }
    }
    return -1;
  }

  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    c.graph()
        .forEachMilestone(
            (m, targets) -> {
              // A second milestone of one id (RM200) that requires the id requires the first, not
              // itself: the duplicate id is the one mistake.
              boolean second = c.graph().milestones().get(m.id()) != m;
              check(m, targets, second, c.positions(), out);
            });
    return out;
  }

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }

  /** RM205 and RM208 for one milestone. */
  private static void check(
      Milestone m, Targets targets, boolean second, PositionTable at, List<Diagnostic> out) {
    List<Dependency> requires = m.requires();
    // A short list is searched (most have a handful of entries); a long one gets a map.
    Map<String, Integer> seen = requires.size() > SHORT ? new HashMap<>() : null;
    for (int k = 0; k < requires.size(); k++) {
      Dependency d = requires.get(k);
      String p = d.target();
      if (targets.namesItself(k)) {
        if (second) {
          continue;
        }
        out.add(
            Diagnostic.of(
                Code.SELF_DEPENDENCY,
                at.ofRequirementTarget(m, k),
                "'" + m.id() + "' requires itself",
                "remove '" + p + "' from its own 'requires'"));
        continue;
      }
      Integer seenAt = seen != null ? seen.putIfAbsent(p, k) : null;
      int first = seen != null ? (seenAt == null ? -1 : seenAt) : firstBefore(requires, targets, k);
      if (first >= 0) {
        out.add(
            Diagnostic.of(
                Code.REPEATED_PREREQUISITE,
                at.ofRequirementTarget(m, k),
                "'"
                    + m.id()
                    + "' lists prerequisite '"
                    + p
                    + "' twice (first at "
                    + where(at.ofRequirementTarget(m, first), at.ofRequirementTarget(m, k))
                    + ")",
                "keep one entry; give it the type and lag you mean"));
      }
    }
  }
}
