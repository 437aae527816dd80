package dev.roadmap.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random roadmaps for the oracle tests of the graph and of the checks (fixed seeds): links that
 * point both ways in the file, of every type, with lags and leads; repeated prerequisites, unknown
 * ones, duplicate ids, self-dependencies, cancelled milestones, transfers of up to 150 missions;
 * and now and then a cycle. Every third seed keeps the file order, in which prerequisites come
 * first.
 */
public final class RandomRoadmaps {
  private RandomRoadmaps() {}

  static final String[] TYPES = {"finish-to-start", "start-to-start", "finish-to-finish"};
  static final String[] KINDS = {"milestone", "capability", "evaluation", "decision"};

  /** The roadmap of {@code seed}. */
  public static String text(long seed) {
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(60);
    int missions = 1 + rnd.nextInt(seed % 5 == 0 ? 150 : 4);
    // A hidden order: links go from later to earlier in it, so acyclic unless a back link is added.
    List<Integer> hidden = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      hidden.add(i);
    }
    if (seed % 3 != 0) {
      // A third keep the file order, in which prerequisites come first (as in most roadmaps):
      // the graph takes that order as it is, without sorting.
      java.util.Collections.shuffle(hidden, rnd);
    }
    StringBuilder b = new StringBuilder("roadmap: 1\ntitle: R\nstart: 2030-01-01\nmissions:\n");
    for (int k = 0; k < missions; k++) {
      b.append("  - {id: x").append(k).append(", title: X}\n");
    }
    b.append("phases: [{id: p}, {id: q}]\nmilestones:\n");
    boolean back = rnd.nextInt(6) == 0;
    for (int i = 0; i < n; i++) {
      int id = rnd.nextInt(15) == 0 && i > 0 ? rnd.nextInt(i) : i; // sometimes a duplicate id
      b.append("  - id: m").append(id).append("\n    title: M\n    phase: ");
      b.append(rnd.nextInt(3) == 0 ? "q" : "p").append("\n");
      boolean transfer = rnd.nextInt(4) == 0;
      b.append("    kind: ")
          .append(transfer ? "transfer" : KINDS[rnd.nextInt(KINDS.length)])
          .append("\n");
      if (transfer || rnd.nextBoolean()) {
        b.append("    mission: x").append(rnd.nextInt(missions)).append("\n");
      }
      if (rnd.nextInt(10) == 0) {
        b.append("    status: cancelled\n");
      }
      int position = hidden.indexOf(i);
      List<String> reqs = new ArrayList<>();
      int k = rnd.nextInt(5);
      for (int j = 0; j < k && position > 0; j++) {
        int p = hidden.get(rnd.nextInt(position));
        reqs.add("m" + p);
      }
      if (back && rnd.nextInt(8) == 0) {
        reqs.add("m" + rnd.nextInt(n)); // may close a cycle, or be a self-dependency
      }
      if (rnd.nextInt(15) == 0) {
        reqs.add("nowhere");
      }
      if (!reqs.isEmpty()) {
        b.append("    requires:\n");
        for (String r : reqs) {
          b.append("      - {id: ")
              .append(r)
              .append(", type: ")
              .append(TYPES[rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0])
              .append(", lag: ")
              .append(rnd.nextInt(5) == 0 ? rnd.nextInt(5) - 2 : 0)
              .append("d}\n");
        }
      }
    }
    return b.toString();
  }
}
