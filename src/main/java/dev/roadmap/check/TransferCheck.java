package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Mission;
import dev.roadmap.model.MissionField;
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
                    + "' (line "
                    + c.positions().of(first).line()
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

  /** The most links one transfer's search reads before the exact pass decides it. */
  static final int SEARCH_BUDGET = 100_000;

  /**
   * RM403. One pass in topological order marks the milestones that have a qualifying milestone of
   * no mission before them: those transfers are ready. Each other transfer searches back through
   * its prerequisites for a qualifying milestone of its own mission, only among milestones ranked
   * after the earliest such one (none: not ready, no search), and stops at the first found; a
   * search that reads more than {@link #SEARCH_BUDGET} links leaves its transfer to an exact
   * forward pass that carries a bit per mission, 64 missions a pass. Near-linear on real roadmaps,
   * exact always.
   */
  private void readiness(CheckContext c, List<Diagnostic> out) {
    DependencyGraph g = c.graph();
    int[] order = g.order();
    if (order == null) {
      return;
    }
    int n = g.size();
    List<Integer> transfers = new ArrayList<>();
    Map<String, Integer> earliest = new HashMap<>(); // mission -> lowest rank of its qualifiers
    for (int i = 0; i < n; i++) {
      Milestone m = g.at(i);
      if (m.kind() == Kind.TRANSFER && m.mission() != null && m.status().isLive()) {
        transfers.add(i);
      }
      if (qualifies(m) && m.mission() != null) {
        Integer known = earliest.get(m.mission());
        if (known == null || g.rank(i) < known) {
          earliest.put(m.mission(), g.rank(i));
        }
      }
    }
    if (transfers.isEmpty()) {
      return;
    }
    boolean[] anyBefore = new boolean[n];
    for (int i : order) {
      for (int e = g.firstLink(i); e < g.firstLink(i + 1) && !anyBefore[i]; e++) {
        int p = g.linkTarget(e);
        anyBefore[i] = anyBefore[p] || (qualifies(g.at(p)) && g.at(p).mission() == null);
      }
    }
    boolean[] ready = new boolean[n];
    List<Integer> undecided = new ArrayList<>();
    int[] seen = new int[n];
    int[] stack = new int[16];
    int search = 0;
    for (int t : transfers) {
      String mission = g.at(t).mission();
      Integer floor = earliest.get(mission);
      if (anyBefore[t] || floor == null) {
        ready[t] = anyBefore[t];
        continue;
      }
      search++;
      int size = 0;
      stack[size++] = t;
      seen[t] = search;
      int budget = searchBudget;
      while (size > 0 && !ready[t] && budget > 0) {
        int x = stack[--size];
        for (int e = g.firstLink(x); e < g.firstLink(x + 1) && budget > 0; e++, budget--) {
          int p = g.linkTarget(e);
          if (seen[p] == search || g.rank(p) < floor) {
            continue;
          }
          seen[p] = search;
          Milestone pm = g.at(p);
          if (qualifies(pm) && pm.mission() != null && pm.mission().equals(mission)) {
            ready[t] = true;
            break;
          }
          if (size == stack.length) {
            stack = java.util.Arrays.copyOf(stack, size * 2);
          }
          stack[size++] = p;
        }
      }
      if (!ready[t] && budget <= 0) {
        undecided.add(t);
      }
    }
    if (!undecided.isEmpty()) {
      exactly(g, order, undecided, ready);
    }
    for (int t : transfers) {
      Milestone m = g.at(t);
      if (!ready[t]) {
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
      }
    }
  }

  /** A live capability or evaluation milestone: what makes a later transfer ready. */
  private static boolean qualifies(Milestone m) {
    return (m.kind() == Kind.CAPABILITY || m.kind() == Kind.EVALUATION) && m.status().isLive();
  }

  /**
   * Decides the {@code transfers} exactly: a forward pass carries, for each milestone, a bit per
   * mission (64 a pass) that has a qualifying milestone of its own before it.
   */
  static void exactly(DependencyGraph g, int[] order, List<Integer> transfers, boolean[] ready) {
    Map<String, Integer> missionBit = new LinkedHashMap<>();
    for (int t : transfers) {
      missionBit.putIfAbsent(g.at(t).mission(), missionBit.size());
    }
    long[] before = new long[g.size()];
    for (int block = 0; block < missionBit.size(); block += 64) {
      for (int i : order) {
        long bits = 0;
        for (int e = g.firstLink(i); e < g.firstLink(i + 1); e++) {
          int p = g.linkTarget(e);
          Milestone pm = g.at(p);
          bits |= before[p];
          if (qualifies(pm) && pm.mission() != null) {
            Integer bit = missionBit.get(pm.mission());
            if (bit != null && bit >= block && bit < block + 64) {
              bits |= 1L << (bit - block);
            }
          }
        }
        before[i] = bits;
      }
      for (int t : transfers) {
        int bit = missionBit.get(g.at(t).mission());
        if (bit >= block && bit < block + 64 && (before[t] & 1L << (bit - block)) != 0) {
          ready[t] = true;
        }
      }
    }
  }
}
