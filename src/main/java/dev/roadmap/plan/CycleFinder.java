package dev.roadmap.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The elementary cycles of a dependency graph, for {@link DependencyGraph#cycles}: JGraphT's {@link
 * HawickJamesSimpleCycles} on the part of the graph that a topological sort cannot place; and its
 * strongly connected components, for {@link CycleLinks}. The only class of the project that uses
 * JGraphT, and it is asked only when the graph has a cycle, so a run on an acyclic roadmap loads no
 * JGraphT class.
 */
final class CycleFinder {
  private CycleFinder() {}

  /** See {@link DependencyGraph#cycles}; {@code g} has a cycle. */
  static DependencyGraph.CycleList cycles(DependencyGraph g, int limit) {
    List<List<String>> found = new ArrayList<>();
    boolean[] more = {false};
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
      new HawickJamesSimpleCycles<>(cyclicPart(g)).findSimpleCycles(sink);
    } catch (Enough e) {
      // One cycle past the limit is found: the list is complete enough.
    }
    found.sort(CycleFinder::shorterFirst);
    return new DependencyGraph.CycleList(List.copyOf(found), more[0]);
  }

  /**
   * The strongly connected component of each milestone (by its number) that lies on a cycle, the
   * components numbered from 0; -1 for a milestone on none. {@code g} has a cycle.
   */
  static int[] components(DependencyGraph g) {
    int[] component = new int[g.size()];
    Arrays.fill(component, -1);
    int next = 0;
    for (Set<String> c :
        new KosarajuStrongConnectivityInspector<>(cyclicPart(g)).stronglyConnectedSets()) {
      // A milestone alone is on no cycle: the graph holds no link from a milestone to itself.
      if (c.size() > 1) {
        for (String id : c) {
          component[g.index(id)] = next;
        }
        next++;
      }
    }
    return component;
  }

  /**
   * Shorter cycles first, then by their ids. Written out rather than chained from {@code
   * Comparator.comparingInt}, whose lambdas the JVM spins at run time on every start.
   */
  private static int shorterFirst(List<String> a, List<String> b) {
    int c = Integer.compare(a.size(), b.size());
    return c != 0 ? c : String.join("\u0000", a).compareTo(String.join("\u0000", b));
  }

  /**
   * The milestones that a topological sort cannot place (those on a cycle, and those after one), as
   * a JGraphT graph in file order: every cycle lies within it.
   */
  private static Graph<String, DefaultEdge> cyclicPart(DependencyGraph g) {
    int n = g.size();
    boolean[] placed = new boolean[n];
    int[] waiting = new int[n];
    int[] ready = new int[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      waiting[i] = g.firstLink(i + 1) - g.firstLink(i);
      if (waiting[i] == 0) {
        ready[size++] = i;
      }
    }
    while (size > 0) {
      int next = ready[--size];
      placed[next] = true;
      for (int k = g.firstDependentLink(next); k < g.firstDependentLink(next + 1); k++) {
        int dependent = g.linkSource(g.dependentLink(k));
        if (--waiting[dependent] == 0) {
          ready[size++] = dependent;
        }
      }
    }
    Graph<String, DefaultEdge> cyclic = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int i = 0; i < n; i++) {
      if (!placed[i]) {
        cyclic.addVertex(g.at(i).id());
      }
    }
    for (int i = 0; i < n; i++) {
      for (int e = g.firstLink(i); e < g.firstLink(i + 1); e++) {
        if (!placed[i] && !placed[g.linkTarget(e)]) {
          cyclic.addEdge(g.at(i).id(), g.at(g.linkTarget(e)).id());
        }
      }
    }
    return cyclic;
  }

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
}
