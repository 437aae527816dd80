package dev.roadmap.plan;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The milestones of a roadmap as a directed graph, an edge ("link") from each milestone to each of
 * its prerequisites ("requires"). Unknown prerequisites, self-dependencies and second milestones
 * with an id already taken are left out of the links (the checks report them); {@link
 * #forEachMilestone} still tells what every entry of every milestone names.
 *
 * <p>Milestones are numbered once, in file order, and the links are kept in compact int arrays
 * (compressed rows, both directions), so that building the graph, ordering it and walking it cost
 * time linear in milestones plus links and a few ints of memory each, at a million milestones as at
 * ten. The numbers and arrays stay inside this package: the scheduler and {@link Reachability} read
 * them; everyone else asks by milestone.
 */
public final class DependencyGraph {
  private final Milestone[] nodes;
  private final IdIndex index;

  /** Every milestone of the roadmap, in file order, those left out of the graph included. */
  private final List<Milestone> all;

  /** The second milestones with an id already taken, in file order. */
  private final List<Milestone> leftOut;

  /**
   * Links of node {@code i}: for e in [first[i], first[i+1]), {@code target[e]}, and {@code
   * link[e]} its dependency, in the order of the entries of {@code requires()}.
   */
  private final int[] first;

  private final int[] target;
  private final Dependency[] link;

  /** A bit per node whose links are all its entries: link {@code first[i] + k} is entry k. */
  private final long[] complete;

  /**
   * The type (its ordinal) and the lag of link {@code e}: what the scheduler and {@link
   * Reachability} read of every link they follow, without going to the dependency.
   */
  private final byte[] type;

  private final int[] lag;

  /**
   * Dependents of node {@code i}: {@code source[incoming[k]]} for k in [firstIn[i], firstIn[i+1]).
   */
  private final int[] firstIn;

  private final int[] incoming;
  private final int[] source;

  /** Topological order (prerequisites first, ties by file order); null when there is a cycle. */
  private final int[] order;

  /** Position of each node in {@link #order}. */
  private final int[] rank;

  private int[] components; // the strong component of each node, when first asked; guarded by this

  private DependencyGraph(Roadmap roadmap) {
    all = roadmap.milestones();
    index = new IdIndex(all.size());
    List<Milestone> kept = new ArrayList<>(all.size());
    List<Milestone> others = new ArrayList<>();
    for (Milestone m : all) {
      if (index.putIfAbsent(m.id(), kept.size()) < 0) {
        kept.add(m);
      } else {
        others.add(m);
      }
    }
    nodes = kept.toArray(new Milestone[0]);
    leftOut = List.copyOf(others);
    int n = nodes.length;
    // The prerequisites are looked up all together (IdIndex.getAll), then laid out over ints.
    int written = 0;
    for (Milestone m : nodes) {
      written += m.requires().size();
    }
    String[] named = new String[written];
    for (int i = 0, w = 0; i < n; i++) {
      for (Dependency d : nodes[i].requires()) {
        named[w++] = d.target();
      }
    }
    int[] resolved = index.getAll(named);
    named = null;
    first = new int[n + 1];
    complete = new long[(n + 63) >> 6];
    int edges = 0;
    boolean fileOrder = true;
    for (int i = 0, w = 0; i < n; i++) {
      first[i] = edges;
      int size = nodes[i].requires().size();
      for (int k = size; k > 0; k--) {
        int p = resolved[w];
        if (p >= 0 && p != i) {
          edges++;
          fileOrder &= p < i;
        } else {
          p = -1;
        }
        resolved[w++] = p;
      }
      if (edges - first[i] == size) {
        complete[i >> 6] |= 1L << i;
      }
    }
    first[n] = edges;
    target = new int[edges];
    link = new Dependency[edges];
    type = new byte[edges];
    lag = new int[edges];
    source = new int[edges];
    int[] inDegree = new int[n + 1];
    for (int i = 0, w = 0, e = 0; i < n; i++) {
      List<Dependency> requires = nodes[i].requires();
      for (int k = 0; k < requires.size(); k++) {
        int p = resolved[w++];
        if (p >= 0) {
          Dependency d = requires.get(k);
          target[e] = p;
          link[e] = d;
          type[e] = (byte) d.type().ordinal();
          lag[e] = d.lagDays();
          source[e] = i;
          inDegree[p]++;
          e++;
        }
      }
    }
    firstIn = new int[n + 1];
    for (int i = 0; i < n; i++) {
      firstIn[i + 1] = firstIn[i] + inDegree[i];
    }
    incoming = new int[edges];
    int[] fill = Arrays.copyOf(firstIn, n);
    for (int e = 0; e < edges; e++) {
      incoming[fill[target[e]]++] = e;
    }
    if (fileOrder) {
      // Every prerequisite comes before its dependents in the file, as in most roadmaps: file
      // order is then the order sort() gives (at each step the first ready milestone in file
      // order is the next one of the file), at no cost.
      order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      rank = order;
      return;
    }
    order = TopologicalSort.order(first, firstIn, incoming, source);
    if (order == null) {
      rank = null;
    } else {
      rank = new int[n];
      for (int k = 0; k < n; k++) {
        rank[order[k]] = k;
      }
    }
  }

  public static DependencyGraph of(Roadmap roadmap) {
    return new DependencyGraph(roadmap);
  }

  /** The first milestone with this id, if any. */
  public Optional<Milestone> milestone(String id) {
    int i = index.get(id);
    return i < 0 ? Optional.empty() : Optional.of(nodes[i]);
  }

  /** Milestones by id, the first of each id, in file order: a read-only view. */
  public Map<String, Milestone> milestones() {
    return new MilestonesById(nodes, index);
  }

  /**
   * The milestones the graph leaves out, each a second milestone with an id already taken (the
   * first of that id is {@link #milestone(String)}), in file order; unmodifiable.
   */
  public List<Milestone> leftOut() {
    return leftOut;
  }

  public boolean hasCycle() {
    return order == null;
  }

  /** How many milestones: the first of each id. */
  public int size() {
    return nodes.length;
  }

  /**
   * Milestones in an order where every prerequisite comes before its dependents, ties broken by
   * file order: a read-only view. Empty when the graph has a cycle.
   */
  public Optional<List<Milestone>> topologicalOrder() {
    if (order == null) {
      return Optional.empty();
    }
    return Optional.of(
        new AbstractList<>() {
          @Override
          public Milestone get(int k) {
            return nodes[order[k]];
          }

          @Override
          public int size() {
            return order.length;
          }
        });
  }

  /**
   * The dependency cycles (every elementary cycle of a small strongly connected component, one
   * shortest cycle of a large one; see {@code CycleFinder}), each as the list of ids {@code [a, b,
   * c]} meaning a requires b, b requires c and c requires a; each rotated to start at its smallest
   * id, and sorted: shorter first, then by ids. At most {@code limit} cycles are returned; the
   * boolean of the result says whether there were more.
   */
  public CycleList cycles(int limit) {
    return hasCycle() ? CycleFinder.cycles(this, limit) : new CycleList(List.of(), false);
  }

  /** See {@link StrongComponents#of}: made once, when first asked. */
  synchronized int[] components() {
    return components != null ? components : (components = StrongComponents.of(this));
  }

  /**
   * A list of cycles.
   *
   * @param cycles the cycles found
   * @param truncated true when there were more than asked for
   */
  public record CycleList(List<List<String>> cycles, boolean truncated) {}

  /** What a walk over the milestones is told of each one; see {@link #forEachMilestone}. */
  @FunctionalInterface
  public interface MilestoneVisitor {
    /**
     * @param m a milestone
     * @param targets what each entry of {@code m.requires()} names, by index; valid during this
     *     call only
     */
    void visit(Milestone m, Targets targets);
  }

  /**
   * Visits every milestone of the roadmap in file order, second ones with an id already taken
   * included, each with the milestones its prerequisites name. A milestone of the graph has them
   * from its links; only what a link does not give (an unknown id, its own id, a milestone left
   * out) is looked up by id.
   */
  public void forEachMilestone(MilestoneVisitor visitor) {
    Targets targets = new Targets();
    int node = 0;
    for (Milestone m : all) {
      List<Dependency> requires = m.requires();
      targets.links = -1;
      if (node < nodes.length && nodes[node] == m) {
        int e = first[node];
        int end = first[node + 1];
        if (isComplete(node++)) {
          targets.links = e; // every entry is a link, in order: read them as they are asked for
        } else {
          targets.self = m;
          Milestone[] named = targets.hold(requires.size());
          for (int k = 0; k < requires.size(); k++) {
            Dependency d = requires.get(k);
            named[k] = e < end && link[e] == d ? nodes[target[e++]] : lookUp(d);
          }
        }
      } else {
        targets.self = nodes[index.get(m.id())];
        Milestone[] named = targets.hold(requires.size());
        for (int k = 0; k < requires.size(); k++) {
          named[k] = lookUp(requires.get(k));
        }
      }
      visitor.visit(m, targets);
    }
  }

  private boolean isComplete(int i) {
    return (complete[i >> 6] & 1L << i) != 0;
  }

  private Milestone lookUp(Dependency d) {
    int p = index.get(d.target());
    return p < 0 ? null : nodes[p];
  }

  /**
   * What the entries of one milestone's {@code requires()} name, by index: one object for a whole
   * walk, set for each milestone in turn.
   */
  public final class Targets {
    /** The first link of a milestone whose entries are all links, else -1 and {@link #named}. */
    private int links;

    private Milestone[] named = new Milestone[8];
    private Milestone self;

    private Targets() {}

    private Milestone[] hold(int size) {
      if (named.length < size) {
        named = new Milestone[Math.max(size, 2 * named.length)];
      }
      return named;
    }

    /**
     * The milestone that entry {@code index} (of the milestone visited: from 0 to its {@code
     * requires().size()} excluded) names: the first milestone with that id, or null when none has
     * it. An entry that names its own milestone's id names the milestone itself, or, for a
     * milestone left out of the graph, the first milestone of that id.
     */
    public Milestone get(int index) {
      return links >= 0 ? nodes[target[links + index]] : named[index];
    }

    /** True when entry {@code index} names a milestone: {@code get(index) != null}. */
    public boolean isKnown(int index) {
      return links >= 0 || named[index] != null;
    }

    /** True when entry {@code index} names its own milestone's id. */
    public boolean namesItself(int index) {
      return links < 0 && named[index] == self;
    }
  }

  /** What a walk over the prerequisites is told; see {@link #forEachPrerequisite}. */
  @FunctionalInterface
  public interface PrerequisiteVisitor {
    /**
     * @param m a milestone
     * @param index the index of {@code dependency} in {@code m.requires()}
     * @param dependency the entry
     * @param target the milestone it names (the first with that id), never {@code m}
     */
    void visit(Milestone m, int index, Dependency dependency, Milestone target);
  }

  /**
   * Visits each prerequisite that names another milestone: milestones in file order (second ones
   * with an id already taken included), the entries of each in the order written. Unknown ones and
   * those that name the milestone itself are left out; checks report them. (A milestone left out of
   * the graph that names its own id names the first milestone of that id: another one.) What {@link
   * #forEachMilestone} tells, read straight from the links.
   */
  public void forEachPrerequisite(PrerequisiteVisitor visitor) {
    int node = 0;
    for (Milestone m : all) {
      List<Dependency> requires = m.requires();
      if (node < nodes.length && nodes[node] == m) {
        boolean complete = isComplete(node);
        for (int e = first[node], k = 0; e < first[node + 1]; e++, k++) {
          while (!complete && requires.get(k) != link[e]) {
            k++; // an entry that is not a link: unknown, or the milestone itself
          }
          visitor.visit(m, k, link[e], nodes[target[e]]);
        }
        node++;
      } else {
        for (int k = 0; k < requires.size(); k++) {
          Milestone p = lookUp(requires.get(k));
          if (p != null) {
            visitor.visit(m, k, requires.get(k), p);
          }
        }
      }
    }
  }

  // The numbers, for the scheduler and Reachability: node i is at(i), in file order.

  /** The milestone numbered {@code i} (file order, the first of each id). */
  Milestone at(int i) {
    return nodes[i];
  }

  /** The number of the first milestone with this id, or -1. */
  int index(String id) {
    return index.get(id);
  }

  /** The first link of node {@code i}; its links run to {@code firstLink(i + 1)} excluded. */
  int firstLink(int i) {
    return first[i];
  }

  /** The prerequisite (its number) of link {@code e}. */
  int linkTarget(int e) {
    return target[e];
  }

  /** The dependent (its number) of link {@code e}. */
  int linkSource(int e) {
    return source[e];
  }

  /**
   * The index of each link of node {@code i} in its {@code requires()}, link {@code firstLink(i) +
   * j} at j: its links are its entries in order, less those that are not links.
   */
  int[] linkSlots(int i) {
    List<Dependency> requires = nodes[i].requires();
    int[] slots = new int[first[i + 1] - first[i]];
    for (int j = 0, k = 0; j < slots.length; j++, k++) {
      while (requires.get(k) != link[first[i] + j]) {
        k++;
      }
      slots[j] = k;
    }
    return slots;
  }

  /** The dependency as written, of link {@code e}. */
  Dependency link(int e) {
    return link[e];
  }

  /** The type of link {@code e}: {@code link(e).type()}. */
  DependencyType linkType(int e) {
    return TYPES[type[e]];
  }

  /**
   * The lag of link {@code e} in days: {@code link(e).lagDays()}; 0 for a lag in months, which
   * {@code link(e).lagMonths()} gives.
   */
  int linkLag(int e) {
    return lag[e];
  }

  /** True when link {@code e} is finish-to-start with no lead (a lag of zero or more). */
  boolean isPlainOrLaggedFinishToStart(int e) {
    return type[e] == FINISH_TO_START && lag[e] >= 0 && link[e].lagMonths() >= 0;
  }

  /** True when link {@code e} is finish-to-start with no lag (a lead is allowed). */
  boolean isPlainOrLeadingFinishToStart(int e) {
    return type[e] == FINISH_TO_START && lag[e] <= 0 && link[e].lagMonths() <= 0;
  }

  private static final DependencyType[] TYPES = DependencyType.values();
  private static final int FINISH_TO_START = DependencyType.FINISH_TO_START.ordinal();

  /** The first dependent link of node {@code i}; see {@link #dependentLink}. */
  int firstDependentLink(int i) {
    return firstIn[i];
  }

  /**
   * A link that names a milestone as prerequisite: for k in {@code firstDependentLink(i) ..
   * firstDependentLink(i + 1) - 1}, the links that name node {@code i}.
   */
  int dependentLink(int k) {
    return incoming[k];
  }

  /**
   * Node numbers in an order where every prerequisite comes before its dependents, ties broken by
   * file order; null when the graph has a cycle. Not a copy: do not change it.
   */
  int[] order() {
    return order;
  }

  /** The position of node {@code i} in {@link #order()}. */
  int rank(int i) {
    return rank[i];
  }
}
