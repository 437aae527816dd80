package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Mission;
import dev.roadmap.plan.DependencyGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * RM403, in time linear in milestones plus links: one pass in topological order carries, for each
   * milestone, whether a qualifying milestone of no mission comes before it, and a bit for each
   * mission (64 missions a pass) that has one of its own before it.
   */
  private static void readiness(CheckContext c, List<Diagnostic> out) {
    DependencyGraph g = c.graph();
    int[] order = g.order();
    if (order == null) {
      return;
    }
    List<Integer> transfers = new ArrayList<>();
    Map<String, Integer> missionBit = new LinkedHashMap<>();
    for (int i = 0; i < g.size(); i++) {
      Milestone m = g.at(i);
      if (m.kind() == Kind.TRANSFER && m.mission() != null && m.status().isLive()) {
        transfers.add(i);
        missionBit.putIfAbsent(m.mission().id(), missionBit.size());
      }
    }
    if (transfers.isEmpty()) {
      return;
    }
    int n = g.size();
    boolean[] ready = new boolean[n];
    boolean[] anyBefore = new boolean[n];
    long[] before = new long[n];
    for (int block = 0; block < missionBit.size(); block += 64) {
      java.util.Arrays.fill(before, 0L);
      for (int i : order) {
        boolean any = false;
        long bits = 0;
        for (int e = g.firstLink(i); e < g.firstLink(i + 1); e++) {
          int p = g.linkTarget(e);
          Milestone pm = g.at(p);
          bits |= before[p];
          any |= anyBefore[p];
          if ((pm.kind() == Kind.CAPABILITY || pm.kind() == Kind.EVALUATION)
              && pm.status().isLive()) {
            if (pm.mission() == null) {
              any = true;
            } else {
              Integer bit = missionBit.get(pm.mission().id());
              if (bit != null && bit >= block && bit < block + 64) {
                bits |= 1L << (bit - block);
              }
            }
          }
        }
        anyBefore[i] = any;
        before[i] = bits;
      }
      for (int t : transfers) {
        int bit = missionBit.get(g.at(t).mission().id());
        if (anyBefore[t]
            || (bit >= block && bit < block + 64 && (before[t] & 1L << (bit - block)) != 0)) {
          ready[t] = true;
        }
      }
    }
    for (int t : transfers) {
      Milestone m = g.at(t);
      if (!ready[t]) {
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
