package dev.roadmap.check;

import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Milestone;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Milestone ids that look renamed into a duplicate: a prerequisite that names no milestone, close
 * to an id that two milestones have. One mistake (a milestone given another's id, where it had its
 * own) is then one finding: the RM200 at the second milestone of that id names the id it likely
 * had, and the places that still name it get no RM201 of their own.
 *
 * <p>Asked only when the roadmap has a duplicate milestone id; it compares each unknown id with
 * each duplicated one, at most {@link #COMPARISONS} pairs in all (past that, nothing is folded).
 */
final class RenamedIds {
  /** The most pairs of ids compared, for one file. */
  static final long COMPARISONS = 20_000_000;

  private RenamedIds() {}

  /**
   * An id that names no milestone, the duplicated id it is close to, and how many entries of {@code
   * requires} name it.
   */
  record Renamed(String was, String now, int places) {}

  /** Each unknown prerequisite id close to a duplicated milestone id, by that unknown id. */
  static Map<String, Renamed> of(CheckContext c) {
    return of(c, COMPARISONS);
  }

  /** As {@link #of(CheckContext)}, with another bound on the pairs compared: for tests. */
  static Map<String, Renamed> of(CheckContext c, long budget) {
    DependencyGraph g = c.graph();
    if (g.leftOut().isEmpty()) {
      return Map.of();
    }
    Set<String> duplicated = new LinkedHashSet<>();
    for (Milestone m : g.leftOut()) {
      duplicated.add(m.id());
    }
    Map<String, Integer> unknown = new LinkedHashMap<>();
    g.forEachMilestone(
        (m, targets) -> {
          for (int k = 0; k < m.requires().size(); k++) {
            if (!targets.isKnown(k)) {
              unknown.merge(m.requires().get(k).target(), 1, Integer::sum);
            }
          }
        });
    if ((long) unknown.size() * duplicated.size() > budget) {
      return Map.of();
    }
    Map<String, Renamed> out = new LinkedHashMap<>();
    unknown.forEach(
        (was, places) ->
            Suggestions.closest(was, duplicated)
                .ifPresent(now -> out.put(was, new Renamed(was, now, places))));
    return out;
  }

  /** Those of {@code renamed} close to {@code id}, in file order. */
  static List<Renamed> into(Map<String, Renamed> renamed, String id) {
    List<Renamed> out = new ArrayList<>();
    for (Renamed r : renamed.values()) {
      if (r.now().equals(id)) {
        out.add(r);
      }
    }
    return out;
  }
}
