package dev.roadmap.check;

import java.util.List;

/**
 * A chain of ids as a message quotes it, {@code a -> b -> c}: whole when it is short, else its
 * first and last few links around "... N more ...", so that a finding about a chain of 20,000
 * milestones stays one line of a few hundred characters, and the findings of a long chain do not
 * grow with the square of its length.
 */
final class ChainText {
  /** Ids quoted at each end of a long chain. */
  static final int ENDS = 4;

  private ChainText() {}

  /** The whole chain {@code ids}, or its ends when it is long. */
  static String of(List<String> ids) {
    if (ids.size() <= 2 * ENDS + 1) {
      return String.join(" -> ", ids);
    }
    return of(
        ids.subList(0, ENDS), ids.size() - 2 * ENDS, ids.subList(ids.size() - ENDS, ids.size()));
  }

  /**
   * A chain known by its ends: {@code head}, then {@code skipped} ids left out, then {@code tail}.
   */
  static String of(List<String> head, long skipped, List<String> tail) {
    if (skipped <= 0) {
      return String.join(" -> ", head) + " -> " + String.join(" -> ", tail);
    }
    return String.join(" -> ", head)
        + " -> ... "
        + skipped
        + " more ... -> "
        + String.join(" -> ", tail);
  }
}
