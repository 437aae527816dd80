package dev.roadmap.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The dependency cycles of a graph, for {@link DependencyGraph#cycles}, one strongly connected
 * component ({@link StrongComponents}) at a time. A small component has its elementary cycles
 * listed by JGraphT's {@link HawickJamesSimpleCycles} (recursive, as deep as the component is
 * large; within one component each cycle costs time linear in it). A larger one gives one cycle:
 * the shortest through its smallest id, found by a breadth-first search, linear in the component.
 * So a long cycle, or a large graph that requires one small cycle, costs time linear in the graph.
 * The only class of the project that uses JGraphT, and the graph asks it only when it has a cycle,
 * so a run on an acyclic roadmap loads no JGraphT class.
 */
final class CycleFinder {
  /** The largest component whose elementary cycles are all listed (up to the limit). */
  static final int LISTED = 40;

  private CycleFinder() {}

  /** See {@link DependencyGraph#cycles}; {@code g} has a cycle. */
  static DependencyGraph.CycleList cycles(DependencyGraph g, int limit) {
    int[] component = g.components();
    List<int[]> members = members(component);
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
    int[] parent = new int[g.size()];
    try {
      for (int[] nodes : members) {
        if (nodes.length <= LISTED) {
          new HawickJamesSimpleCycles<>(subgraph(g, component, nodes)).findSimpleCycles(sink);
        } else {
          sink.accept(shortestCycle(g, component, nodes, parent));
        }
      }
    } catch (Enough e) {
      // One cycle past the limit is found: the list is complete enough.
    }
    found.sort(CycleFinder::shorterFirst);
    return new DependencyGraph.CycleList(List.copyOf(found), more[0]);
  }

  /** The nodes of each component, in file order, the components by number. */
  private static List<int[]> members(int[] component) {
    int count = 0;
    for (int c : component) {
      count = Math.max(count, c + 1);
    }
    int[] size = new int[count];
    for (int c : component) {
      if (c >= 0) {
        size[c]++;
      }
    }
    List<int[]> members = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      members.add(new int[size[c]]);
    }
    int[] fill = new int[count];
    for (int i = 0; i < component.length; i++) {
      int c = component[i];
      if (c >= 0) {
        members.get(c)[fill[c]++] = i;
      }
    }
    return members;
  }

  /**
   * The shortest cycle through the component's smallest id: a breadth-first search from it along
   * the links inside the component, until a link leads back to it. {@code parent} is scratch space
   * of one int per node, left as it was.
   */
  private static List<String> shortestCycle(
      DependencyGraph g, int[] component, int[] nodes, int[] parent) {
    int start = nodes[0];
    for (int v : nodes) {
      if (g.at(v).id().compareTo(g.at(start).id()) < 0) {
        start = v;
      }
    }
    int c = component[start];
    int[] queue = new int[nodes.length];
    int head = 0;
    int tail = 0;
    for (int v : nodes) {
      parent[v] = -1;
    }
    parent[start] = start;
    queue[tail++] = start;
    int last = -1;
    while (head < tail && last < 0) {
      int v = queue[head++];
      for (int e = g.firstLink(v); e < g.firstLink(v + 1); e++) {
        int w = g.linkTarget(e);
        if (w == start) {
          last = v;
          break;
        }
        if (component[w] == c && parent[w] < 0) {
          parent[w] = v;
          queue[tail++] = w;
        }
      }
    }
    // In a strongly connected component, a link back to the start is always found.
    List<String> cycle = new ArrayList<>();
    for (int v = last; v != start; v = parent[v]) {
      cycle.add(g.at(v).id());
    }
    cycle.add(g.at(start).id());
    java.util.Collections.reverse(cycle);
    return cycle;
  }

  /**
   * Shorter cycles first, then by their ids. Written out rather than chained from {@code
   * Comparator.comparingInt}, whose lambdas the JVM spins at run time on every start.
   */
  private static int shorterFirst(List<String> a, List<String> b) {
    int c = Integer.compare(a.size(), b.size());
    return c != 0 ? c : String.join("\u0000", a).compareTo(String.join("\u0000", b));
  }

  /** One component as a JGraphT graph, in file order. */
  private static Graph<String, DefaultEdge> subgraph(
      DependencyGraph g, int[] component, int[] nodes) {
    Graph<String, DefaultEdge> cyclic = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int i : nodes) {
      cyclic.addVertex(g.at(i).id());
    }
    for (int i : nodes) {
      for (int e = g.firstLink(i); e < g.firstLink(i + 1); e++) {
        if (component[g.linkTarget(e)] == component[i]) {
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
