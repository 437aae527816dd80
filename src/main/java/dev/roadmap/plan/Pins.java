package dev.roadmap.plan;

import dev.roadmap.model.Milestone;
import java.util.Optional;

/** The dates a milestone's own fields fix, before any scheduling. */
public final class Pins {
  private Pins() {}

  /**
   * The interval the file pins, if it pins one: {@code date} (zero length), {@code start} with
   * {@code duration} or {@code end}, {@code start} alone (zero length), or {@code end} with {@code
   * duration}. Empty when the milestone is not pinned or its date fields contradict each other
   * (RM304 reports that).
   */
  public static Optional<Interval> of(Milestone m) {
    if (m.date() != null) {
      if (m.start() != null || m.end() != null || m.durationDays() != null) {
        return Optional.empty();
      }
      return Optional.of(new Interval(m.date(), m.date()));
    }
    if (m.start() != null) {
      if (m.end() != null) {
        if (m.end().isBefore(m.start())) {
          return Optional.empty();
        }
        Interval i = new Interval(m.start(), m.end().plusDays(1));
        if (m.durationDays() != null && m.durationDays() != i.days()) {
          return Optional.empty();
        }
        return Optional.of(i);
      }
      int d = m.durationDays() == null ? 0 : m.durationDays();
      return Optional.of(new Interval(m.start(), m.start().plusDays(d)));
    }
    if (m.end() != null && m.durationDays() != null && m.durationDays() > 0) {
      return Optional.of(new Interval(m.end().plusDays(1 - m.durationDays()), m.end().plusDays(1)));
    }
    return Optional.empty();
  }
}
