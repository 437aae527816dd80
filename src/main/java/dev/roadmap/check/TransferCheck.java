package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Mission;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command-transition rules: RM400 a mission with no live transfer; RM401 a mission with two;
 * RM402 a mission whose {@code from} and {@code to} are the same authority; RM403 a transfer with
 * no capability or evaluation milestone (of its mission, or of none) among its prerequisites,
 * direct or indirect; RM404 a transfer that names no mission.
 */
final class TransferCheck implements Check {
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
                m.spanOf("kind"),
                "transfer '" + m.id() + "' names no mission",
                "add 'mission:' with the id of the mission it hands over"));
        continue;
      }
      if (!m.status().isLive()) {
        continue;
      }
      Milestone first = transfers.putIfAbsent(m.mission().id(), m);
      if (first != null) {
        out.add(
            Diagnostic.of(
                Code.DUPLICATE_TRANSFER,
                m.mission().span(),
                "mission '"
                    + m.mission().id()
                    + "' has two live transfers: '"
                    + first.id()
                    + "' (line "
                    + first.span().line()
                    + ") and '"
                    + m.id()
                    + "'",
                "mark the one that no longer holds 'status: superseded' or 'cancelled'"));
      }
    }
    for (Mission mission : c.roadmap().missions()) {
      if (!transfers.containsKey(mission.id())) {
        out.add(
            Diagnostic.of(
                Code.MISSION_WITHOUT_TRANSFER,
                mission.span(),
                "mission '" + mission.id() + "' has no live transfer milestone",
                "add a milestone with 'kind: transfer' and 'mission: " + mission.id() + "'"));
      }
      if (mission.from() != null
          && mission.to() != null
          && mission.from().id().equals(mission.to().id())) {
        out.add(
            Diagnostic.of(
                Code.SAME_AUTHORITY,
                mission.to().span(),
                "mission '"
                    + mission.id()
                    + "' goes from '"
                    + mission.from().id()
                    + "' to '"
                    + mission.to().id()
                    + "', the same authority",
                "'to' names the authority that takes the mission over"));
      }
    }
    readiness(c, out);
    return out;
  }

  private static void readiness(CheckContext c, List<Diagnostic> out) {
    DependencyGraph g = c.graph();
    Optional<Map<String, BitSet>> ancestors = g.ancestors(d -> true);
    if (ancestors.isEmpty()) {
      return;
    }
    List<Milestone> byIndex = new ArrayList<>(g.milestones().values());
    for (Milestone m : byIndex) {
      if (m.kind() != Kind.TRANSFER || m.mission() == null || !m.status().isLive()) {
        continue;
      }
      BitSet before = ancestors.get().get(m.id());
      boolean ready =
          before.stream()
              .mapToObj(byIndex::get)
              .anyMatch(
                  p ->
                      (p.kind() == Kind.CAPABILITY || p.kind() == Kind.EVALUATION)
                          && p.status().isLive()
                          && (p.mission() == null || p.mission().id().equals(m.mission().id())));
      if (!ready) {
        out.add(
            Diagnostic.of(
                Code.TRANSFER_WITHOUT_READINESS,
                m.span(),
                "transfer '"
                    + m.id()
                    + "' of mission '"
                    + m.mission().id()
                    + "' has no capability or evaluation milestone before it",
                "add the capability build or combined evaluation that certifies the receiving"
                    + " authority, and require it"));
      }
    }
  }
}
