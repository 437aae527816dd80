package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Mission;
import dev.roadmap.model.MissionField;
import dev.roadmap.model.Span;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RM201-RM204 and RM209: a prerequisite, phase, mission, authority or mission group that is not
 * defined, with a "did you mean" when a defined id is close.
 *
 * <p>A suggestion compares the unknown id with every defined one, so a file with a million
 * milestones and many unknown references, or with long ids, would take quadratic time: the check
 * spends at most {@link #WORK} units of work on suggestions in all (roughly the characters
 * compared; see {@link Suggestions#closest(String, Collection, Suggestions.Budget)}), and past that
 * the hint says what to define without a suggestion.
 */
final class UnknownReferenceCheck implements Check {
  /** The most work spent on suggestions for unknown references, in all, for one file. */
  static final long WORK = 100_000_000;

  private final long budget;
  private final boolean fold;
  private Suggestions.Budget work;

  UnknownReferenceCheck() {
    this(WORK);
  }

  /** With another bound on the work of suggestions, for tests. */
  UnknownReferenceCheck(long budget) {
    this(budget, true);
  }

  /**
   * With another bound, and, when {@code fold} is false, without the folds: of references into one
   * finding at a misspelt definition ({@link #misspeltDefinitions}), and of references to an id
   * renamed into a duplicate into its RM200 ({@link RenamedIds}). For tests.
   */
  UnknownReferenceCheck(long budget, boolean fold) {
    this.budget = budget;
    this.fold = fold;
  }

  @Override
  public List<Diagnostic> run(CheckContext c) {
    work = new Suggestions.Budget(budget);
    List<Diagnostic> out = new ArrayList<>();
    ids = new ArrayList<>();
    DependencyGraph g = c.graph();
    Collection<String> milestones = g.milestones().keySet();
    g.forEachMilestone(
        (m, targets) -> {
          for (int k = 0; k < m.requires().size(); k++) {
            Dependency d = m.requires().get(k);
            if (!targets.isKnown(k)) {
              out.add(
                  unknown(
                      Code.UNKNOWN_PREREQUISITE,
                      "'" + m.id() + "' requires",
                      d.target(),
                      c.positions().ofRequirementTarget(m, k),
                      "milestone",
                      "milestones",
                      milestones,
                      m.id()));
            }
          }
          if (m.phase() != null && !c.phases().containsKey(m.phase())) {
            out.add(
                unknown(
                    Code.UNKNOWN_PHASE,
                    "'" + m.id() + "' is in phase",
                    m.phase(),
                    c.positions().of(m, MilestoneField.PHASE),
                    "phase",
                    c.phases().keySet()));
          }
          if (m.mission() != null && !c.missions().containsKey(m.mission())) {
            out.add(
                unknown(
                    Code.UNKNOWN_MISSION,
                    "'" + m.id() + "' is for mission",
                    m.mission(),
                    c.positions().of(m, MilestoneField.MISSION),
                    "mission",
                    c.missions().keySet()));
          }
        });
    Set<String> groups = new LinkedHashSet<>();
    c.roadmap().groups().forEach(gr -> groups.add(gr.id()));
    for (Mission mission : c.roadmap().missions()) {
      if (mission.group() != null && !groups.contains(mission.group())) {
        out.add(
            unknown(
                Code.UNKNOWN_GROUP,
                "mission '" + mission.id() + "' is in group",
                mission.group(),
                c.positions().of(mission, MissionField.GROUP),
                "mission group",
                "mission-groups",
                groups,
                null));
      }
      for (MissionField f : new MissionField[] {MissionField.FROM, MissionField.TO}) {
        String a = f == MissionField.FROM ? mission.from() : mission.to();
        if (a != null && !c.authorities().containsKey(a)) {
          out.add(
              unknown(
                  Code.UNKNOWN_AUTHORITY,
                  "mission '" + mission.id() + "' names authority",
                  a,
                  c.positions().of(mission, f),
                  "authority",
                  c.authorities().keySet()));
        }
      }
    }
    if (fold) {
      heldBack(c.renamedIds(), out);
    }
    return !fold || ids.size() < 2 ? out : misspeltDefinitions(c, out);
  }

  /**
   * Leaves out the unknown prerequisites that look renamed into a duplicate id: their one finding
   * is the RM200 of that id, which names them ({@link RenamedIds}).
   */
  private void heldBack(Map<String, RenamedIds.Renamed> renamed, List<Diagnostic> found) {
    if (renamed.isEmpty()) {
      return;
    }
    for (int i = found.size() - 1; i >= 0; i--) {
      if (found.get(i).code() == Code.UNKNOWN_PREREQUISITE && renamed.containsKey(ids.get(i))) {
        found.remove(i);
        ids.remove(i);
      }
    }
  }

  /** The id each finding of {@link #run} names, in its order. */
  private List<String> ids;

  /**
   * One finding where an id was misspelt where it is defined, rather than one at each of the places
   * that name it as it was: two references or more to the same unknown id, and a defined id close
   * to it that nothing names. Only on the path of unknown references.
   */
  private List<Diagnostic> misspeltDefinitions(CheckContext c, List<Diagnostic> found) {
    Map<String, Integer> times = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      times.merge(found.get(i).code().id() + " " + ids.get(i), 1, Integer::sum);
    }
    Map<String, Diagnostic> folded = new HashMap<>();
    List<Diagnostic> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Diagnostic d = found.get(i);
      String id = ids.get(i);
      String key = d.code().id() + " " + id;
      int n = times.get(key);
      if (n < 2) {
        out.add(d);
        continue;
      }
      if (folded.containsKey(key)) {
        if (folded.get(key) == null) {
          out.add(d);
        }
        continue;
      }
      Diagnostic one = definition(c, d.code(), id, n);
      folded.put(key, one);
      out.add(one == null ? d : one);
    }
    return out;
  }

  /** The finding at the definition whose id is close to {@code id}, or null: none, or named. */
  private Diagnostic definition(CheckContext c, Code code, String id, int n) {
    Map<String, Span> defined = new LinkedHashMap<>();
    Set<String> named = new HashSet<>();
    String kind;
    switch (code) {
      case UNKNOWN_PREREQUISITE -> {
        kind = "milestone";
        c.graph().milestones().forEach((k, m) -> defined.put(k, c.positions().of(m)));
        c.roadmap().milestones().forEach(m -> m.requires().forEach(r -> named.add(r.target())));
      }
      case UNKNOWN_PHASE -> {
        kind = "phase";
        c.phases().forEach((k, p) -> defined.put(k, c.positions().of(p)));
        c.roadmap().milestones().forEach(m -> named.add(m.phase()));
      }
      case UNKNOWN_MISSION -> {
        kind = "mission";
        c.missions().forEach((k, m) -> defined.put(k, c.positions().of(m)));
        c.roadmap().milestones().forEach(m -> named.add(m.mission()));
      }
      case UNKNOWN_AUTHORITY -> {
        kind = "authority";
        c.authorities().forEach((k, a) -> defined.put(k, c.positions().of(a)));
        c.roadmap()
            .missions()
            .forEach(
                m -> {
                  named.add(m.from());
                  named.add(m.to());
                });
      }
      case UNKNOWN_GROUP -> {
        kind = "mission group";
        c.roadmap().groups().forEach(g -> defined.putIfAbsent(g.id(), c.positions().of(g)));
        c.roadmap().missions().forEach(m -> named.add(m.group()));
      }
      default -> {
        return null;
      }
    }
    defined.keySet().removeAll(named);
    return Suggestions.closest(id, defined.keySet(), work)
        .map(
            d ->
                Diagnostic.of(
                    code,
                    defined.get(d),
                    kind
                        + " '"
                        + d
                        + "' is named by nothing, and "
                        + n
                        + " places name '"
                        + id
                        + "', which is not defined",
                    "if '" + d + "' is misspelt, write '" + id + "'; else fix the " + n + " names"))
        .orElse(null);
  }

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }

  private Diagnostic unknown(
      Code code, String subject, String id, Span at, String kind, Collection<String> defined) {
    return unknown(code, subject, id, at, kind, kind + "s", defined, null);
  }

  /**
   * The finding of an unknown {@code id}, with a "did you mean" among {@code defined} other than
   * {@code self} (a milestone is never the prerequisite to suggest to itself).
   */
  private Diagnostic unknown(
      Code code,
      String subject,
      String id,
      Span at,
      String kind,
      String key,
      Collection<String> defined,
      String self) {
    String hint =
        Suggestions.didYouMean(
            id, self == null ? defined : Suggestions.without(defined, self), work);
    if (hint == null) {
      hint =
          defined.isEmpty()
              ? "no " + kind + " is defined; add one under '" + key + ":'"
              : "define a " + kind + " '" + id + "', or name one that exists";
    }
    ids.add(id);
    return Diagnostic.of(code, at, subject + " '" + id + "', which is not defined", hint);
  }
}
