package dev.roadmap.render;

import dev.roadmap.model.Phase;

/** How the formats name a phase and word its window. */
final class PhaseText {
  private PhaseText() {}

  /** The phase's name, or its id when it has none. */
  static String name(Phase p) {
    return p.name() == null ? p.id() : p.name();
  }

  /** "2004-01-01 to 2008-12-31", "from 2004-01-01", "until 2008-12-31", or "" for no window. */
  static String window(Phase p) {
    return window(p, " to ");
  }

  /** As {@link #window(Phase)}, with {@code to} between the two dates ({@code ".."} in text). */
  static String window(Phase p, String to) {
    String a = p.startPrecision().format(p.start());
    String b = p.endPrecision().format(p.end());
    if (p.start() != null && p.end() != null) {
      return a + to + b;
    } else if (p.start() != null) {
      return "from " + a;
    } else if (p.end() != null) {
      return "until " + b;
    }
    return "";
  }

  /**
   * "2004-01-01..2008-12-31", open on a side with no date ("2004-01-01.."), or "" for no window.
   */
  static String range(Phase p) {
    if (p.start() == null && p.end() == null) {
      return "";
    }
    return p.startPrecision().format(p.start()) + ".." + p.endPrecision().format(p.end());
  }
}
