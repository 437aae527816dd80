package dev.roadmap.plan;

/**
 * The strongly connected components of a dependency graph (Tarjan's algorithm, written with an
 * explicit stack so that a cycle of a million milestones needs no deep recursion): time and memory
 * linear in milestones plus links. A milestone is on a dependency cycle exactly when its component
 * has two milestones or more (the graph keeps no link from a milestone to itself).
 */
final class StrongComponents {
  private StrongComponents() {}

  /**
   * The component of each node: for a node on a cycle, the number of its component (numbered from 0
   * in the order their first node in file order comes); -1 for a node on no cycle.
   */
  static int[] of(DependencyGraph g) {
    int n = g.size();
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int[] call = new int[n];
    int[] next = new int[n];
    int[] component = new int[n];
    java.util.Arrays.fill(index, -1);
    int counter = 0;
    int top = 0;
    int found = 0;
    for (int s = 0; s < n; s++) {
      if (index[s] >= 0) {
        continue;
      }
      int depth = 0;
      index[s] = low[s] = counter++;
      stack[top++] = s;
      onStack[s] = true;
      call[depth] = s;
      next[depth++] = g.firstLink(s);
      while (depth > 0) {
        int v = call[depth - 1];
        if (next[depth - 1] < g.firstLink(v + 1)) {
          int w = g.linkTarget(next[depth - 1]++);
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[top++] = w;
            onStack[w] = true;
            call[depth] = w;
            next[depth++] = g.firstLink(w);
          } else if (onStack[w] && index[w] < low[v]) {
            low[v] = index[w];
          }
          continue;
        }
        depth--;
        if (low[v] == index[v]) {
          boolean cyclic = stack[top - 1] != v;
          int w;
          do {
            w = stack[--top];
            onStack[w] = false;
            component[w] = cyclic ? found : -1;
          } while (w != v);
          if (cyclic) {
            found++;
          }
        }
        if (depth > 0) {
          int u = call[depth - 1];
          if (low[v] < low[u]) {
            low[u] = low[v];
          }
        }
      }
    }
    return renumberedInFileOrder(component, found);
  }

  /** Components numbered by their first node in file order, so that the numbers are stable. */
  private static int[] renumberedInFileOrder(int[] component, int found) {
    int[] number = new int[found];
    java.util.Arrays.fill(number, -1);
    int assigned = 0;
    for (int i = 0; i < component.length; i++) {
      int c = component[i];
      if (c >= 0) {
        if (number[c] < 0) {
          number[c] = assigned++;
        }
        component[i] = number[c];
      }
    }
    return component;
  }
}
