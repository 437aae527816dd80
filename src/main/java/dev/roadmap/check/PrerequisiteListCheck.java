package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.PositionTable;
import dev.roadmap.plan.DependencyGraph;
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
   * The first entry before {@code k} that names the same milestone as entry {@code k}, which is not
   * the milestone itself: what the map of the entries so far would hold.
   */
  private static int firstBefore(List<Dependency> requires, int k) {
    String p = requires.get(k).target();
    for (int j = 0; j < k; j++) {
      if (requires.get(j).target().equals(p)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * True when the links of graph milestone {@code node} go to distinct milestones: compared as
   * numbers, without reading the ids. A long list is not compared (false).
   */
  private static boolean distinctLinks(DependencyGraph g, int node) {
    int from = g.firstLink(node);
    int to = g.firstLink(node + 1);
    if (to - from > SHORT) {
      return false;
    }
    for (int e = from + 1; e < to; e++) {
      for (int f = from; f < e; f++) {
        if (g.linkTarget(f) == g.linkTarget(e)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    DependencyGraph g = c.graph();
    // A milestone of the graph that links to every prerequisite it names (none is itself), each
    // to another milestone, lists none twice: most are settled so, from the graph's numbers.
    c.forEachMilestone(
        (m, node) -> {
          if (!c.allPrerequisitesKnown(m, node) || !distinctLinks(g, node)) {
            check(m, c.positions(), out);
          }
        });
    return out;
  }

  /** RM205 and RM208 for one milestone, from its ids. */
  private static void check(Milestone m, PositionTable at, List<Diagnostic> out) {
    List<Dependency> requires = m.requires();
    // A short list is searched (most have a handful of entries); a long one gets a map.
    Map<String, Integer> seen = requires.size() > SHORT ? new HashMap<>() : null;
    for (int k = 0; k < requires.size(); k++) {
      Dependency d = requires.get(k);
      String p = d.target();
      if (p.equals(m.id())) {
        out.add(
            Diagnostic.of(
                Code.SELF_DEPENDENCY,
                at.ofRequirementTarget(m, k),
                "'" + m.id() + "' requires itself",
                "remove '" + p + "' from its own 'requires'"));
        continue;
      }
      Integer seenAt = seen != null ? seen.putIfAbsent(p, k) : null;
      int first = seen != null ? (seenAt == null ? -1 : seenAt) : firstBefore(requires, k);
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
