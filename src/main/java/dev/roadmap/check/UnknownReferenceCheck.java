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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * RM201-RM204 and RM209: a prerequisite, phase, mission, authority or mission group that is not
 * defined, with a "did you mean" when a defined id is close.
 *
 * <p>A suggestion compares the unknown id with every defined one, so a file with a million
 * milestones and many unknown references would take quadratic time: the check compares at most
 * {@link #COMPARISONS} ids in all, and past that the hint says what to define without a suggestion.
 */
final class UnknownReferenceCheck implements Check {
  /** The most ids compared with unknown references, in all, for one file. */
  static final long COMPARISONS = 20_000_000;

  private final long budget;
  private long comparisons;

  UnknownReferenceCheck() {
    this(COMPARISONS);
  }

  /** With another bound on the ids compared, for tests. */
  UnknownReferenceCheck(long budget) {
    this.budget = budget;
  }

  @Override
  public List<Diagnostic> run(CheckContext c) {
    comparisons = 0;
    List<Diagnostic> out = new ArrayList<>();
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
                      milestones));
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
                groups));
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
    return out;
  }

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }

  private Diagnostic unknown(
      Code code, String subject, String id, Span at, String kind, Collection<String> defined) {
    return unknown(code, subject, id, at, kind, kind + "s", defined);
  }

  private Diagnostic unknown(
      Code code,
      String subject,
      String id,
      Span at,
      String kind,
      String key,
      Collection<String> defined) {
    String hint = null;
    comparisons += defined.size();
    if (comparisons <= budget) {
      hint = Suggestions.didYouMean(id, defined);
    }
    if (hint == null) {
      hint =
          defined.isEmpty()
              ? "no " + kind + " is defined; add one under '" + key + ":'"
              : "define a " + kind + " '" + id + "', or name one that exists";
    }
    return Diagnostic.of(code, at, subject + " '" + id + "', which is not defined", hint);
  }
}
