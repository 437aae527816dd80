package dev.roadmap.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date checks on computed dates: what pushed a milestone, and by how many days. */
class ScheduleCheckTest {
  static List<Diagnostic> check(String phases, String milestones) {
    String text =
        "roadmap: 1\ntitle: T\nstart: 2024-01-01\nphases:\n"
            + phases
            + "milestones:\n"
            + milestones;
    var r = RoadmapLoader.load("t.yaml", text);
    assertThat(r.diagnostics()).isEmpty();
    return new ScheduleCheck().run(new CheckContext(r.roadmap(), null));
  }

  @Test
  void aChainPushesAMilestonePastItsDeadline() {
    List<Diagnostic> d =
        check(
            "  - {id: p}\n",
            """
          - {id: a, title: A, phase: p, duration: 4w}
          - {id: b, title: B, phase: p, duration: 2w, requires: [a]}
          - {id: c, title: C, phase: p, duration: 1d, requires: [b], deadline: 2024-02-10}
        """);
    assertThat(d)
        .containsExactly(
            Diagnostic.of(
                Code.MISSES_DEADLINE,
                new Span("t.yaml", 9, 72, 9, 82),
                "'c' is computed to finish 2024-02-12, 2 days after its deadline 2024-02-10; the chain"
                    + " a -> b -> c dates it",
                "start what pushes it earlier, shorten the chain, or agree a later deadline"));
  }

  @Test
  void aChainPushesAMilestoneOutOfItsPhaseWindow() {
    List<Diagnostic> d =
        check(
            "  - {id: p}\n  - {id: q, start: 2024-01-01, end: 2024-01-31}\n",
            """
          - {id: a, title: A, phase: p, start: 2024-01-20, duration: 10d}
          - {id: b, title: B, phase: q, duration: 3d, requires: [a]}
        """);
    assertThat(d)
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Code.OUTSIDE_PHASE_WINDOW,
                "'b' is computed to finish 2024-02-01, 1 day after its phase 'q' closes on"
                    + " 2024-01-31; the chain a -> b dates it"));
  }

  @Test
  void aPinnedMilestoneBeforeAComputedPrerequisiteAllows() {
    List<Diagnostic> d =
        check(
            "  - {id: p}\n",
            """
          - {id: a, title: A, phase: p, duration: 3w}
          - {id: b, title: B, phase: p, date: 2024-01-10, requires: [a]}
        """);
    assertThat(d)
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Code.STARTS_BEFORE_PREREQUISITE,
                "'b' starts 2024-01-10, 12 days before 'a' allows (finish-to-start: not before"
                    + " 2024-01-22)"));
  }

  @Test
  void supersededAndCancelledMilestonesAreNotCheckedAgainstWindowsOrDeadlines() {
    assertThat(
            check(
                "  - {id: p, start: 2024-01-01, end: 2024-01-31}\n",
                """
          - {id: a, title: A, phase: p, date: 2024-03-01, status: superseded}
          - {id: b, title: B, phase: p, duration: 8w, deadline: 2024-01-10, status: cancelled}
        """))
        .isEmpty();
  }

  @Test
  void anOpenEndedWindowIsWordedInTheHint() {
    List<Diagnostic> d =
        check(
            "  - {id: p, end: 2024-01-31}\n",
            """
          - {id: a, title: A, phase: p, start: 2024-01-20, duration: 3w}
        """);
    assertThat(d)
        .extracting(Diagnostic::hint)
        .containsExactly("move it into the window until 2024-01-31, or into another phase");
    assertThat(d.get(0).span().column()).as("points at the duration that overruns").isEqualTo(62);
  }

  @Test
  void computedDatesWithinTheirWindowsAndDeadlinesAreClean() {
    assertThat(
            check(
                "  - {id: p, start: 2024-01-01, end: 2024-12-31}\n",
                """
          - {id: a, title: A, phase: p, duration: 3w}
          - {id: b, title: B, phase: p, duration: 1w, requires: [a], deadline: 2024-01-28}
        """))
        .isEmpty();
  }
}
