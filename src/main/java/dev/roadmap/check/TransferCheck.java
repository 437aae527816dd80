package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Mission;
import dev.roadmap.model.MissionField;
import dev.roadmap.plan.Reachability;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-transition rules: RM400 a mission with no live transfer; RM401 a mission with two;
 * RM402 a mission whose {@code from} and {@code to} are the same authority; RM403 a transfer with
 * no capability or evaluation milestone (of its mission, or of none) among its prerequisites,
 * direct or indirect; RM404 a transfer that names no mission.
 */
final class TransferCheck implements Check {
  private final int searchBudget;

  TransferCheck() {
    this(SEARCH_BUDGET);
  }

  /** With another budget for the search of RM403, for tests (0: every transfer exactly). */
  TransferCheck(int searchBudget) {
    this.searchBudget = searchBudget;
  }

  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    Map<String, Milestone> transfers = new HashMap<>();
    for (Milestone m : c.roadmap().milestones()) {
      if (m.kind() != Kind.TRANSFER) {
        continue;
      }
      if (m.mission() == null) {
        out.add(
            Diagnostic.of(
                Code.TRANSFER_WITHOUT_MISSION,
                c.positions().of(m, MilestoneField.KIND),
                "transfer '" + m.id() + "' names no mission",
                "add 'mission:' with the id of the mission it hands over"));
        continue;
      }
      if (!m.status().isLive()) {
        continue;
      }
      Milestone first = transfers.putIfAbsent(m.mission(), m);
      if (first != null) {
        out.add(
            Diagnostic.of(
                Code.DUPLICATE_TRANSFER,
                c.positions().of(m, MilestoneField.MISSION),
                "mission '"
                    + m.mission()
                    + "' has two live transfers: '"
                    + first.id()
                    + "' ("
                    + Places.line(
                        c.positions().of(first), c.positions().of(m, MilestoneField.MISSION))
                    + ") and '"
                    + m.id()
                    + "'",
                "mark the one that no longer holds 'status: superseded' or 'cancelled'"));
      }
    }
    // A live transfer that names no mission, or one not defined, may be the transfer of a mission
    // that seems to have none: its own finding (RM404, RM203) is the one to fix first.
    boolean unplaced =
        c.roadmap().milestones().stream()
            .anyMatch(
                m ->
                    m.kind() == Kind.TRANSFER
                        && m.status().isLive()
                        && (m.mission() == null || !c.missions().containsKey(m.mission())));
    for (Mission mission : c.roadmap().missions()) {
      if (!unplaced && !transfers.containsKey(mission.id())) {
        out.add(
            Diagnostic.of(
                Code.MISSION_WITHOUT_TRANSFER,
                c.positions().of(mission),
                "mission '" + mission.id() + "' has no live transfer milestone",
                "add a milestone with 'kind: transfer' and 'mission: " + mission.id() + "'"));
      }
      if (mission.from() != null && mission.to() != null && mission.from().equals(mission.to())) {
        out.add(
            Diagnostic.of(
                Code.SAME_AUTHORITY,
                c.positions().of(mission, MissionField.TO),
                "mission '"
                    + mission.id()
                    + "' goes from '"
                    + mission.from()
                    + "' to '"
                    + mission.to()
                    + "', the same authority",
                "'to' names the authority that takes the mission over"));
      }
    }
    readiness(c, out);
    return out;
  }

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }

  /** The most links one transfer's search reads before the exact pass decides it. */
  static final int SEARCH_BUDGET = 100_000;

  /**
   * RM403, by {@link Reachability#forEachUnreached}: each live transfer of a mission looks for a
   * {@link #qualifies qualifying} milestone of its mission, or of none, among its prerequisites. A
   * search that reads more than {@link #SEARCH_BUDGET} links for one transfer leaves it to an exact
   * pass.
   */
  private void readiness(CheckContext c, List<Diagnostic> out) {
    Reachability.forEachUnreached(
        c.graph(),
        READINESS,
        searchBudget,
        m -> {
          // A prerequisite that is not defined (RM201) may be the capability it lacks.
          if (m.requires().stream()
              .anyMatch(r -> !c.graph().milestones().containsKey(r.target()))) {
            return;
          }
          out.add(
              Diagnostic.of(
                  Code.TRANSFER_WITHOUT_READINESS,
                  c.positions().of(m),
                  "transfer '"
                      + m.id()
                      + "' of mission '"
                      + m.mission()
                      + "' has no capability or evaluation milestone before it",
                  "add the capability build or combined evaluation that certifies the receiving"
                      + " authority, and require it"));
        });
  }

  /** A live capability or evaluation milestone: what makes a later transfer ready. */
  private static boolean qualifies(Milestone m) {
    return (m.kind() == Kind.CAPABILITY || m.kind() == Kind.EVALUATION) && m.status().isLive();
  }

  /** Live transfers look for qualifying milestones, grouped by mission. */
  private static final Reachability.Goals READINESS =
      new Reachability.Goals() {
        @Override
        public boolean isSource(Milestone m) {
          return m.kind() == Kind.TRANSFER && m.mission() != null && m.status().isLive();
        }

        @Override
        public boolean isGoal(Milestone m) {
          return qualifies(m);
        }

        @Override
        public String group(Milestone m) {
          return m.mission() == null ? null : m.mission();
        }
      };
}
