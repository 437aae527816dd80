package dev.roadmap.render;

import dev.roadmap.plan.Schedule;

/**
 * The arrowheads of a bar that runs past the chart's window: at the left edge for one that starts
 * before it, at the right edge for one that ends after it.
 */
final class WindowEdges {
  private WindowEdges() {}

  /**
   * The arrowheads {@code e} needs, on its bar from {@code left} to {@code right}, centred at y.
   */
  static void mark(
      StringBuilder b,
      TimeAxis axis,
      Schedule.Entry e,
      double left,
      double right,
      double y,
      String colour) {
    if (e.dates().start().isBefore(axis.lo())) {
      head(b, "before", left - 1, y, -1, colour);
    }
    if (e.dates().end().isAfter(axis.hi())) {
      head(b, "after", right + 1, y, 1, colour);
    }
  }

  /** A triangle pointing left ({@code dir} -1) or right (1), its base at {@code x}. */
  private static void head(StringBuilder b, String which, double x, double y, int dir, String c) {
    double tip = x + dir * 7;
    b.append("<path class=\"past-window ")
        .append(which)
        .append("\" d=\"M")
        .append(Svg.n(x))
        .append(' ')
        .append(Svg.n(y - 6))
        .append(" L")
        .append(Svg.n(tip))
        .append(' ')
        .append(Svg.n(y))
        .append(" L")
        .append(Svg.n(x))
        .append(' ')
        .append(Svg.n(y + 6))
        .append(" Z\" fill=\"")
        .append(c)
        .append("\"><title>")
        .append(dir < 0 ? "starts before the chart's window" : "ends after the chart's window")
        .append("</title></path>");
  }
}
