package dev.roadmap.plan;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The milestones of a roadmap as a directed graph, an edge from each milestone to each of its
 * prerequisites ("requires"). Unknown prerequisites, self-dependencies and second milestones with
 * an id already taken are left out (the checks report them).
 *
 * <p>Milestones are numbered once, in file order, and the links are kept in compact int arrays
 * (compressed rows, both directions), so that building the graph, ordering it and walking it cost
 * time linear in milestones plus links and a few ints of memory each, at a million milestones as at
 * ten. JGraphT serves where its algorithms do: enumerating the cycles of a cyclic graph ({@code
 * CycleFinder}).
 */
public final class DependencyGraph {
  private final Milestone[] nodes;
  private final IdIndex index;

  /**
   * Links of node {@code i}: {@code target[e]} and {@code link[e]} for e in [first[i], first[i+1]).
   */
  private final int[] first;

  private final int[] target;
  private final Dependency[] link;

  /**
   * The type (its ordinal) and the lag of link {@code e}, beside the dependency: the scheduler and
   * the searches of the checks read them for every link they follow, without going to the object.
   */
  private final byte[] type;

  private final int[] lag;

  /**
   * Dependents of node {@code i}: {@code source[dependentsOf[k]]} for k in [firstIn[i],
   * firstIn[i+1]).
   */
  private final int[] firstIn;

  private final int[] incoming;
  private final int[] source;

  /** Topological order (prerequisites first, ties by file order); null when there is a cycle. */
  private final int[] order;

  /** Position of each node in {@link #order}. */
  private final int[] rank;

  private DependencyGraph(Roadmap roadmap) {
    List<Milestone> all = roadmap.milestones();
    index = new IdIndex(all.size());
    List<Milestone> kept = new ArrayList<>(all.size());
    for (Milestone m : all) {
      if (index.putIfAbsent(m.id(), kept.size()) < 0) {
        kept.add(m);
      }
    }
    nodes = kept.toArray(new Milestone[0]);
    int n = nodes.length;
    // The prerequisites are looked up all together (IdIndex.getAll), then laid out over ints.
    int written = 0;
    for (Milestone m : nodes) {
      written += m.requires().size();
    }
    String[] named = new String[written];
    for (int i = 0, w = 0; i < n; i++) {
      for (Dependency d : nodes[i].requires()) {
        named[w++] = d.targetId();
      }
    }
    int[] resolved = index.getAll(named);
    named = null;
    first = new int[n + 1];
    int edges = 0;
    boolean fileOrder = true;
    for (int i = 0, w = 0; i < n; i++) {
      first[i] = edges;
      for (int k = nodes[i].requires().size(); k > 0; k--) {
        int p = resolved[w];
        if (p >= 0 && p != i) {
          edges++;
          fileOrder &= p < i;
        } else {
          p = -1;
        }
        resolved[w++] = p;
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
      for (Dependency d : nodes[i].requires()) {
        int p = resolved[w++];
        if (p >= 0) {
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
    order = sort();
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

  /**
   * Kahn's algorithm over "prerequisite before dependent", the ready milestone first in file order
   * taken first (a binary heap of node numbers). Null when some milestones are never ready: a
   * cycle.
   */
  private int[] sort() {
    int n = nodes.length;
    int[] waiting = new int[n];
    int[] heap = new int[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      waiting[i] = first[i + 1] - first[i];
      if (waiting[i] == 0) {
        heap[size++] = i; // ascending, so already a heap
      }
    }
    int[] out = new int[n];
    int done = 0;
    while (size > 0) {
      int next = heap[0];
      heap[0] = heap[--size];
      siftDown(heap, size, 0);
      out[done++] = next;
      for (int k = firstIn[next]; k < firstIn[next + 1]; k++) {
        int dependent = source[incoming[k]];
        if (--waiting[dependent] == 0) {
          int at = size++;
          heap[at] = dependent;
          while (at > 0 && heap[(at - 1) / 2] > heap[at]) {
            int parent = (at - 1) / 2;
            int t = heap[parent];
            heap[parent] = heap[at];
            heap[at] = t;
            at = parent;
          }
        }
      }
    }
    return done == n ? out : null;
  }

  private static void siftDown(int[] heap, int size, int at) {
    while (true) {
      int least = at;
      int l = 2 * at + 1;
      int r = l + 1;
      if (l < size && heap[l] < heap[least]) {
        least = l;
      }
      if (r < size && heap[r] < heap[least]) {
        least = r;
      }
      if (least == at) {
        return;
      }
      int t = heap[least];
      heap[least] = heap[at];
      heap[at] = t;
      at = least;
    }
  }

  /** The first milestone with this id, if any. */
  public Optional<Milestone> milestone(String id) {
    int i = index.get(id);
    return i < 0 ? Optional.empty() : Optional.of(nodes[i]);
  }

  /** Milestones by id, the first of each id, in file order. */
  public Map<String, Milestone> milestones() {
    return new FileOrderView();
  }

  public boolean hasCycle() {
    return order == null;
  }

  /** How many milestones: the first of each id. */
  public int size() {
    return nodes.length;
  }

  /** The milestone numbered {@code i} (file order, the first of each id). */
  public Milestone at(int i) {
    return nodes[i];
  }

  /** The number of the first milestone with this id, or -1. */
  public int index(String id) {
    return index.get(id);
  }

  /**
   * The first link of milestone {@code i}; its links are {@code firstLink(i) .. firstLink(i + 1) -
   * 1}.
   */
  public int firstLink(int i) {
    return first[i];
  }

  /** The prerequisite (its number) of link {@code e}. */
  public int linkTarget(int e) {
    return target[e];
  }

  /** The dependent (its number) of link {@code e}. */
  public int linkSource(int e) {
    return source[e];
  }

  /** The dependency as written, of link {@code e}. */
  public Dependency link(int e) {
    return link[e];
  }

  /** The type of link {@code e}: {@code link(e).type()}. */
  public DependencyType linkType(int e) {
    return TYPES[type[e]];
  }

  /** The lag of link {@code e} in days: {@code link(e).lagDays()}. */
  public int linkLag(int e) {
    return lag[e];
  }

  /** True when link {@code e} is finish-to-start with no lead (a lag of zero or more). */
  public boolean isPlainOrLaggedFinishToStart(int e) {
    return type[e] == FINISH_TO_START && lag[e] >= 0;
  }

  private static final DependencyType[] TYPES = DependencyType.values();
  private static final int FINISH_TO_START = DependencyType.FINISH_TO_START.ordinal();

  /** The first dependent link of milestone {@code i}; see {@link #dependentLink}. */
  public int firstDependentLink(int i) {
    return firstIn[i];
  }

  /**
   * A link that names a milestone as prerequisite: for k in {@code firstDependentLink(i) ..
   * firstDependentLink(i + 1) - 1}, the links that name milestone {@code i}.
   */
  public int dependentLink(int k) {
    return incoming[k];
  }

  /**
   * Milestone numbers in an order where every prerequisite comes before its dependents, ties broken
   * by file order; null when the graph has a cycle. Not a copy: do not change it.
   */
  public int[] order() {
    return order;
  }

  /** The position of milestone {@code i} in {@link #order()}. */
  public int rank(int i) {
    return rank[i];
  }

  /**
   * Every elementary cycle, each as the list of ids {@code [a, b, c]} meaning a requires b, b
   * requires c and c requires a; each rotated to start at its smallest id, and sorted: shorter
   * first, then by ids. At most {@code limit} cycles are returned; the boolean of the result says
   * whether there were more.
   */
  public CycleList cycles(int limit) {
    return hasCycle() ? CycleFinder.cycles(this, limit) : new CycleList(List.of(), false);
  }

  /**
   * A list of cycles.
   *
   * @param cycles the cycles found
   * @param truncated true when there were more than asked for
   */
  public record CycleList(List<List<String>> cycles, boolean truncated) {}

  /**
   * Milestones in an order where every prerequisite comes before its dependents, ties broken by
   * file order. Empty when the graph has a cycle.
   */
  public Optional<List<Milestone>> topologicalOrder() {
    if (order == null) {
      return Optional.empty();
    }
    List<Milestone> list = new ArrayList<>(order.length);
    for (int i : order) {
      list.add(nodes[i]);
    }
    return Optional.of(list);
  }

  /** The milestones by id in file order, a read-only view over the arrays. */
  private final class FileOrderView extends AbstractMap<String, Milestone> {
    @Override
    public Milestone get(Object key) {
      int i = index.get(key);
      return i < 0 ? null : nodes[i];
    }

    @Override
    public boolean containsKey(Object key) {
      return index.get(key) >= 0;
    }

    @Override
    public int size() {
      return nodes.length;
    }

    @Override
    public Set<Entry<String, Milestone>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, Milestone>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < nodes.length;
            }

            @Override
            public Entry<String, Milestone> next() {
              if (next >= nodes.length) {
                throw new NoSuchElementException();
              }
              Milestone m = nodes[next++];
              return new SimpleImmutableEntry<>(m.id(), m);
            }
          };
        }

        @Override
        public int size() {
          return nodes.length;
        }
      };
    }
  }
}
