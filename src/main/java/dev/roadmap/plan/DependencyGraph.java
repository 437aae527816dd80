package dev.roadmap.plan;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The milestones of a roadmap as a directed graph, an edge from each milestone to each of its
 * prerequisites ("requires"). Unknown prerequisites, self-dependencies and second milestones with
 * an id already taken are left out (the checks report them). JGraphT stays inside this class.
 */
public final class DependencyGraph {
  private final Map<String, Milestone> byId;
  private final Map<String, Integer> fileOrder = new HashMap<>();
  private final Graph<String, DefaultEdge> requires = new DefaultDirectedGraph<>(DefaultEdge.class);

  private DependencyGraph(Roadmap roadmap) {
    byId = new LinkedHashMap<>();
    for (Milestone m : roadmap.milestones()) {
      if (byId.putIfAbsent(m.id(), m) == null) {
        fileOrder.put(m.id(), fileOrder.size());
        requires.addVertex(m.id());
      }
    }
    for (Milestone m : byId.values()) {
      for (Dependency d : m.requires()) {
        String p = d.target().id();
        if (byId.containsKey(p) && !p.equals(m.id())) {
          requires.addEdge(m.id(), p);
        }
      }
    }
  }

  public static DependencyGraph of(Roadmap roadmap) {
    return new DependencyGraph(roadmap);
  }

  /** The first milestone with this id, if any. */
  public Optional<Milestone> milestone(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Milestones by id, the first of each id, in file order. */
  public Map<String, Milestone> milestones() {
    return java.util.Collections.unmodifiableMap(byId);
  }

  public boolean hasCycle() {
    return new CycleDetector<>(requires).detectCycles();
  }

  /**
   * Every elementary cycle, each as the list of ids {@code [a, b, c]} meaning a requires b, b
   * requires c and c requires a; each rotated to start at its smallest id, and sorted. At most
   * {@code limit} cycles are returned; the boolean of the result says whether there were more.
   */
  public CycleList cycles(int limit) {
    List<List<String>> found = new ArrayList<>();
    boolean[] more = {false};
    if (hasCycle()) {
      Consumer<List<String>> sink =
          c -> {
            if (found.size() < limit) {
              found.add(rotate(c));
            } else {
              more[0] = true;
              throw new Enough();
            }
          };
      try {
        new HawickJamesSimpleCycles<>(requires).findSimpleCycles(sink);
      } catch (Enough e) {
        // One cycle past the limit is found: the list is complete enough.
      }
    }
    found.sort(
        Comparator.<List<String>>comparingInt(List::size)
            .thenComparing((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b))));
    return new CycleList(List.copyOf(found), more[0]);
  }

  /**
   * A list of cycles.
   *
   * @param cycles the cycles found
   * @param truncated true when there were more than asked for
   */
  public record CycleList(List<List<String>> cycles, boolean truncated) {}

  /** Stops the enumeration of cycles, which can be exponential, once enough are found. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super(null, null, false, false);
    }
  }

  private static List<String> rotate(List<String> cycle) {
    int min = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (cycle.get(i).compareTo(cycle.get(min)) < 0) {
        min = i;
      }
    }
    List<String> r = new ArrayList<>(cycle.size());
    for (int i = 0; i < cycle.size(); i++) {
      r.add(cycle.get((min + i) % cycle.size()));
    }
    return r;
  }

  /**
   * Milestones in an order where every prerequisite comes before its dependents, ties broken by
   * file order. Empty when the graph has a cycle.
   */
  public Optional<List<Milestone>> topologicalOrder() {
    if (hasCycle()) {
      return Optional.empty();
    }
    // Iterate the reversed relation: prerequisites first.
    Graph<String, DefaultEdge> prereqFirst = new DefaultDirectedGraph<>(DefaultEdge.class);
    requires.vertexSet().forEach(prereqFirst::addVertex);
    for (DefaultEdge e : requires.edgeSet()) {
      prereqFirst.addEdge(requires.getEdgeTarget(e), requires.getEdgeSource(e));
    }
    List<Milestone> order = new ArrayList<>();
    new TopologicalOrderIterator<>(prereqFirst, Comparator.comparing(fileOrder::get))
        .forEachRemaining(id -> order.add(byId.get(id)));
    return Optional.of(order);
  }

  /**
   * For each milestone (by id), the milestones it requires directly or through others, following
   * only the links that {@code follow} accepts. Empty when the graph has a cycle.
   */
  public Optional<Map<String, BitSet>> ancestors(java.util.function.Predicate<Dependency> follow) {
    Optional<List<Milestone>> order = topologicalOrder();
    if (order.isEmpty()) {
      return Optional.empty();
    }
    Map<String, BitSet> result = new HashMap<>();
    for (Milestone m : order.get()) {
      BitSet set = new BitSet();
      for (Dependency d : m.requires()) {
        BitSet parent = result.get(d.target().id());
        if (parent != null && follow.test(d) && !d.target().id().equals(m.id())) {
          set.set(fileOrder.get(d.target().id()));
          set.or(parent);
        }
      }
      result.put(m.id(), set);
    }
    return Optional.of(result);
  }

  /** The position of a milestone in file order, the index used by {@link #ancestors}. */
  public int index(String id) {
    return fileOrder.getOrDefault(id, -1);
  }

  /** True for a finish-to-start link with no lead or lag of less than zero. */
  public static boolean isPlainOrLaggedFinishToStart(Dependency d) {
    return d.type() == DependencyType.FINISH_TO_START && d.lagDays() >= 0;
  }
}
