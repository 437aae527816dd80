package dev.roadmap.check;

import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Span;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Milestone ids that look renamed into a duplicate: a prerequisite that names no milestone, close
 * to an id that two milestones have; or, in a roadmap with one duplicated milestone id and one id
 * required but not defined, that one, when it is close to no id that is (not a typo). One mistake
 * (a milestone given another's id, where it had its own) is then one finding: the RM200 at the
 * second milestone of that id names the id it likely had and where it is required, and the places
 * that still name it get no RM201 of their own.
 *
 * <p>Asked only when the roadmap has a duplicate milestone id, once a file ({@link
 * CheckContext#renamedIds}); it compares each unknown id with each duplicated one, within {@link
 * #WORK} units of work in all, as suggestions count it ({@link Suggestions.Budget}: roughly the
 * characters compared). Past that, nothing is folded.
 */
final class RenamedIds {
  /** The most work spent comparing ids, for one file. */
  static final long WORK = 100_000_000;

  private RenamedIds() {}

  /**
   * An id that names no milestone, the duplicated id it is taken for, how many entries of {@code
   * requires} name it, and where the first is written.
   */
  record Renamed(String was, String now, int places, Span at) {}

  /** Each unknown prerequisite id taken for a duplicated milestone id's old one, by that id. */
  static Map<String, Renamed> of(CheckContext c) {
    return of(c, WORK);
  }

  /** As {@link #of(CheckContext)}, with another bound on the work: for tests. */
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
    Map<String, Span> firstAt = new HashMap<>();
    g.forEachMilestone(
        (m, targets) -> {
          for (int k = 0; k < m.requires().size(); k++) {
            if (!targets.isKnown(k)) {
              String id = m.requires().get(k).target();
              unknown.merge(id, 1, Integer::sum);
              firstAt.putIfAbsent(id, c.positions().ofRequirementTarget(m, k));
            }
          }
        });
    Suggestions.Budget work = new Suggestions.Budget(budget);
    Map<String, Renamed> out = new LinkedHashMap<>();
    unknown.forEach(
        (was, places) ->
            Suggestions.closest(was, duplicated, work)
                // One id given twice, and one id missing that is no typo of another: the one likely
                // renamed into the other.
                .or(
                    () ->
                        duplicated.size() == 1
                                && unknown.size() == 1
                                && !work.isSpent()
                                && Suggestions.closest(was, g.milestones().keySet(), work).isEmpty()
                                && !work.isSpent()
                            ? Optional.of(duplicated.iterator().next())
                            : Optional.empty())
                .ifPresent(now -> out.put(was, new Renamed(was, now, places, firstAt.get(was)))));
    // Folds found with the work spent part way would depend on the order of the ids: none then.
    return work.isSpent() ? Map.of() : out;
  }

  /** Those of {@code renamed} taken for {@code id}'s old one, in file order. */
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
