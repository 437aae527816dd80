package dev.roadmap.plan;

/**
 * The topological order of a {@link DependencyGraph}, over its arrays: Kahn's algorithm (A. B.
 * Kahn, "Topological sorting of large networks", CACM 5(11), 1962) with a binary heap of node
 * numbers, so that among the milestones ready at each step the first in file order comes first, as
 * JGraphT's {@code TopologicalOrderIterator} with a comparator on file order would give.
 */
final class TopologicalSort {
  private TopologicalSort() {}

  /**
   * The node numbers, every prerequisite before its dependents, ties by file order; null when some
   * milestones are never ready: a cycle. The arrays are the graph's: node i has {@code first[i + 1]
   * - first[i]} links, and its dependents are {@code source[incoming[k]]} for k in [firstIn[i],
   * firstIn[i + 1]).
   */
  static int[] order(int[] first, int[] firstIn, int[] incoming, int[] source) {
    int n = first.length - 1;
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
}
