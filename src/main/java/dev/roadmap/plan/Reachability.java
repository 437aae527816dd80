package dev.roadmap.plan;

import dev.roadmap.model.Milestone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Which milestones come, through chains of prerequisites, before which: the questions of the checks
 * RM207 (a prerequisite that another already implies) and RM403 (a transfer with no capability or
 * evaluation before it), answered on an acyclic {@link DependencyGraph} (on a cyclic one they have
 * no answer, and nothing is visited).
 *
 * <p>Both rest on one search: depth-first, back through the prerequisites of a milestone, only
 * among milestones ranked, in topological order, at or after the earliest one it looks for (nothing
 * ranked before that can lead to it), reading at most a budget of links. A budget keeps a question
 * over the whole graph near-linear whatever its shape; each question says what it does when the
 * budget runs out.
 */
public final class Reachability {
  private final DependencyGraph g;

  /** The search that last reached each milestone. */
  private final int[] seen;

  private int[] stack = new int[16];
  private int search;

  /** The links the searches may still read. */
  private int budget;

  /**
   * Whether the searches pass only through live milestones: a superseded or cancelled one is
   * reached (it can be a goal), but not searched past, as nothing is scheduled against it.
   */
  private boolean liveOnly;

  private Reachability(DependencyGraph g) {
    this.g = g;
    seen = new int[g.size()];
  }

  /**
   * Searches back from node {@code start} (not itself reached), reading links while {@link #budget}
   * lasts, skipping milestones ranked before {@code floor} and, when {@code finishToStartOnly}, the
   * links that are not finish-to-start without a lead. A milestone reached is a goal when {@code
   * goal[node] == wanted}. With {@code foundBy}, the search goes on past goals and records in
   * {@code foundBy} the first {@code by} to reach each; without, it stops at the first goal.
   *
   * @return true when it stopped at a goal
   */
  private boolean search(
      int start,
      int floor,
      boolean finishToStartOnly,
      int[] goal,
      int wanted,
      int[] foundBy,
      int by) {
    search++;
    seen[start] = search;
    int size = 0;
    stack[size++] = start;
    while (size > 0 && budget > 0) {
      int x = stack[--size];
      for (int e = g.firstLink(x); e < g.firstLink(x + 1) && budget > 0; e++, budget--) {
        int y = g.linkTarget(e);
        if (seen[y] == search
            || g.rank(y) < floor
            || (finishToStartOnly && !g.isPlainOrLaggedFinishToStart(e))) {
          continue;
        }
        seen[y] = search;
        if (goal[y] == wanted) {
          if (foundBy == null) {
            return true;
          }
          if (foundBy[y] < 0) {
            foundBy[y] = by;
          }
        }
        if (liveOnly && !g.at(y).status().isLive()) {
          continue;
        }
        if (size == stack.length) {
          stack = Arrays.copyOf(stack, size * 2);
        }
        stack[size++] = y;
      }
    }
    return false;
  }

  /** What {@link #forEachImpliedPrerequisite} tells of each prerequisite it finds. */
  @FunctionalInterface
  public interface ImpliedVisitor {
    /**
     * Entry {@code index} of {@code m.requires()} is implied by entry {@code via}: a chain of
     * finish-to-start links with no lead leads from the milestone {@code via} names to the one
     * {@code index} names.
     */
    void visit(Milestone m, int index, int via);
  }

  /**
   * Visits each finish-to-start prerequisite with no lag (a lead is allowed) that another
   * prerequisite of the same milestone already implies, through a chain of finish-to-start links
   * with no lead: such a link adds no constraint. The chain starts at a live milestone and passes
   * only through live ones: a superseded or cancelled milestone is not scheduled against, so a
   * chain through it implies nothing. Milestones in file order (the first of each id), entries in
   * the order written; {@code via} is the first other entry that implies it.
   *
   * <p>For each milestone, the search starts from each of its other prerequisites in turn, and
   * reads at most {@code budget} links for the milestone in all: past that a prerequisite it
   * implies can go unvisited, never one it does not imply be visited.
   */
  public static void forEachImpliedPrerequisite(
      DependencyGraph g, int budget, ImpliedVisitor visitor) {
    if (g.hasCycle()) {
      return;
    }
    Reachability r = new Reachability(g);
    r.liveOnly = true;
    int n = g.size();
    int[] foundBy = new int[n]; // for a target of the milestone at hand: the first link implying it
    int[] target = new int[n]; // the milestone at hand, plus one, for each of its candidate targets
    for (int i = 0; i < n; i++) {
      int from = g.firstLink(i);
      int to = g.firstLink(i + 1);
      if (to - from < 2) {
        continue;
      }
      int lowest = Integer.MAX_VALUE;
      for (int e = from; e < to; e++) {
        if (g.isPlainOrLeadingFinishToStart(e)) {
          int p = g.linkTarget(e);
          target[p] = i + 1;
          foundBy[p] = -1;
          lowest = Math.min(lowest, g.rank(p));
        }
      }
      if (lowest == Integer.MAX_VALUE) {
        continue;
      }
      r.budget = budget;
      for (int q = from; q < to && r.budget > 0; q++) {
        if (g.isPlainOrLaggedFinishToStart(q) && g.at(g.linkTarget(q)).status().isLive()) {
          r.search(g.linkTarget(q), lowest, true, target, i + 1, foundBy, q);
        }
      }
      int[] slots = null; // the index of each link in requires(), once there is a finding
      for (int e = from; e < to; e++) {
        if (g.isPlainOrLeadingFinishToStart(e) && foundBy[g.linkTarget(e)] >= 0) {
          slots = slots != null ? slots : g.linkSlots(i);
          visitor.visit(g.at(i), slots[e - from], slots[foundBy[g.linkTarget(e)] - from]);
        }
      }
    }
  }

  /**
   * The milestones that {@link #forEachUnreached} searches from and for, by group: each source
   * looks for a goal of its own group, or one of no group, among its prerequisites.
   */
  public interface Goals {
    /** True when {@code m} looks for a goal before it. */
    boolean isSource(Milestone m);

    /** True when {@code m} is a goal, for the sources of its group. */
    boolean isGoal(Milestone m);

    /** The group of {@code m}, or null: a goal of no group is a goal for every source. */
    String group(Milestone m);
  }

  /**
   * Visits, in file order (the first milestone of each id), each source that has no goal of its
   * group, nor any goal of no group, among its prerequisites, direct or indirect. Exact.
   *
   * <p>One pass in topological order marks the milestones that have a goal of no group before them.
   * Each other source searches back for a goal of its group, and stops at the first found; a search
   * that reads more than {@code budget} links leaves its source to an exact forward pass that
   * carries a bit per group, 64 groups a pass. Near-linear on real roadmaps, exact always.
   */
  public static void forEachUnreached(
      DependencyGraph g, Goals goals, int budget, Consumer<Milestone> visitor) {
    int[] order = g.order();
    if (order == null) {
      return;
    }
    int n = g.size();
    List<Integer> sources = new ArrayList<>();
    Map<String, Integer> groups = new HashMap<>(); // group -> its number
    List<Integer> earliest = new ArrayList<>(); // group number -> lowest rank of its goals
    int[] goal = new int[n]; // the group number of each goal, EVERY, or NONE
    for (int i = 0; i < n; i++) {
      Milestone m = g.at(i);
      goal[i] = NONE;
      if (goals.isSource(m)) {
        sources.add(i);
      }
      if (goals.isGoal(m)) {
        String group = goals.group(m);
        if (group == null) {
          goal[i] = EVERY;
          continue;
        }
        Integer known = groups.putIfAbsent(group, groups.size());
        goal[i] = known != null ? known : groups.size() - 1;
        if (known == null) {
          earliest.add(g.rank(i));
        } else if (g.rank(i) < earliest.get(known)) {
          earliest.set(known, g.rank(i));
        }
      }
    }
    if (sources.isEmpty()) {
      return;
    }
    boolean[] anyBefore = new boolean[n];
    for (int i : order) {
      for (int e = g.firstLink(i); e < g.firstLink(i + 1) && !anyBefore[i]; e++) {
        int p = g.linkTarget(e);
        anyBefore[i] = anyBefore[p] || goal[p] == EVERY;
      }
    }
    Reachability r = new Reachability(g);
    boolean[] reached = new boolean[n];
    List<Integer> undecided = new ArrayList<>();
    List<Integer> wanted = new ArrayList<>(); // the group number of each undecided source
    for (int s : sources) {
      String group = goals.group(g.at(s));
      Integer number = group == null ? null : groups.get(group);
      if (anyBefore[s] || number == null) {
        reached[s] = anyBefore[s];
        continue;
      }
      r.budget = budget;
      reached[s] = r.search(s, earliest.get(number), false, goal, number, null, 0);
      if (!reached[s] && r.budget <= 0) {
        undecided.add(s);
        wanted.add(number);
      }
    }
    if (!undecided.isEmpty()) {
      exactly(g, order, undecided, wanted, goal, reached);
    }
    for (int s : sources) {
      if (!reached[s]) {
        visitor.accept(g.at(s));
      }
    }
  }

  /** In {@link #forEachUnreached}: not a goal; a goal of no group, so of every group. */
  private static final int NONE = -1;

  private static final int EVERY = -2;

  /**
   * Decides the {@code sources} exactly: a forward pass carries, for each milestone, a bit per
   * group (64 a pass) that has a goal of its own before it. Source k wants a goal of group {@code
   * wanted.get(k)}; {@code goal} holds each goal's group.
   */
  private static void exactly(
      DependencyGraph g,
      int[] order,
      List<Integer> sources,
      List<Integer> wanted,
      int[] goal,
      boolean[] reached) {
    Map<Integer, Integer> bitOf = new HashMap<>(); // group number -> its bit, in order of need
    for (int group : wanted) {
      bitOf.putIfAbsent(group, bitOf.size());
    }
    int[] bit = new int[g.size()]; // of each goal whose group a source wants, else -1
    for (int i = 0; i < bit.length; i++) {
      Integer b = goal[i] < 0 ? null : bitOf.get(goal[i]);
      bit[i] = b == null ? -1 : b;
    }
    long[] before = new long[g.size()];
    for (int block = 0; block < bitOf.size(); block += 64) {
      for (int i : order) {
        long bits = 0;
        for (int e = g.firstLink(i); e < g.firstLink(i + 1); e++) {
          int p = g.linkTarget(e);
          bits |= before[p];
          if (bit[p] >= block && bit[p] < block + 64) {
            bits |= 1L << (bit[p] - block);
          }
        }
        before[i] = bits;
      }
      for (int k = 0; k < sources.size(); k++) {
        int s = sources.get(k);
        int b = bitOf.get(wanted.get(k));
        if (b >= block && b < block + 64 && (before[s] & 1L << (b - block)) != 0) {
          reached[s] = true;
        }
      }
    }
  }
}
