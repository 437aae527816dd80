package dev.roadmap.render;

import dev.roadmap.plan.Interval;
import java.time.LocalDate;

/**
 * The days a chart shows ({@code --from}, {@code --to}): both inclusive. A milestone that runs past
 * an edge is drawn to it, with a mark that says so.
 *
 * @param from the first day shown
 * @param to the last day shown
 */
public record DateWindow(LocalDate from, LocalDate to) {
  public DateWindow {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a window that ends before it starts");
    }
  }

  /** Whether any day of {@code i} (the day of a zero-length one) is in the window. */
  public boolean overlaps(Interval i) {
    return !i.finish().isBefore(from) && !i.start().isAfter(to);
  }

  /** Whether {@code i} starts before the window. */
  boolean cutBefore(Interval i) {
    return i.start().isBefore(from);
  }

  /** Whether {@code i} ends after the window. */
  boolean cutAfter(Interval i) {
    return i.finish().isAfter(to);
  }
}
