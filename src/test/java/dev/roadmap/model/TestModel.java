package dev.roadmap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Small factories for tests that build a roadmap in code rather than YAML: {@code milestone("b",
 * after("a"))}, {@code roadmap(milestone("a"), milestone("b", after("a")))}.
 */
public final class TestModel {
  private TestModel() {}

  /** A planned zero-length milestone of phase {@code p1}, titled as its id, with prerequisites. */
  public static Milestone milestone(String id, Dependency... requires) {
    return new Milestone(
        id,
        id,
        "p1",
        Kind.MILESTONE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(requires),
        Status.PLANNED,
        null);
  }

  /** The milestone {@code id} pinned to {@code date}. */
  public static Milestone pinned(String id, LocalDate date, Dependency... requires) {
    return milestone(id, requires).withDates(date, null, null, null, null);
  }

  /** A finish-to-start prerequisite on {@code id}, with no lag. */
  public static Dependency after(String id) {
    return Dependency.on(id);
  }

  /**
   * A roadmap of one phase {@code p1} starting 2004-01-01, with these milestones and no known
   * positions.
   */
  public static Roadmap roadmap(Milestone... milestones) {
    return new Roadmap(
        "test.yaml",
        1,
        "Test",
        LocalDate.of(2004, 1, 1),
        null,
        List.of(),
        List.of(),
        List.of(new Phase("p1", "Phase one", null, null)),
        List.of(milestones),
        PositionTable.empty("test.yaml"));
  }
}
