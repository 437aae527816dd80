package dev.roadmap.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.load.RoadmapLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedundantPrerequisiteCheckTest {
  static List<String> check(String milestones) {
    String text =
        "roadmap: 1\ntitle: T\nstart: 2024-01-01\nphases: [{id: p}]\nmilestones:\n" + milestones;
    var r = RoadmapLoader.load("t.yaml", text);
    return new RedundantPrerequisiteCheck()
        .run(new CheckContext(r.roadmap(), null)).stream().map(Diagnostic::message).toList();
  }

  @Test
  void aPrerequisiteImpliedThroughAnotherIsReported() {
    assertThat(
            check(
                """
          - {id: a, title: A, phase: p}
          - {id: b, title: B, phase: p, requires: [a]}
          - {id: c, title: C, phase: p, requires: [a, b]}
        """))
        .containsExactly("'c' requires 'a', which 'b' already requires");
  }

  @Test
  void aLaggedLinkOrAnotherLinkTypeIsNotRedundant() {
    assertThat(
            check(
                """
          - {id: a, title: A, phase: p}
          - {id: b, title: B, phase: p, requires: [{id: a, type: start-to-start}]}
          - {id: c, title: C, phase: p, requires: [{id: a, lag: 2w}, b]}
        """))
        .isEmpty();
  }

  @Test
  void aSelfDependencyIsNotTakenForTheOtherPrerequisite() {
    // Regression: 'b' requiring itself and 'a' was reported as "'b' requires 'a', which 'b'
    // already requires". RM205 reports the self-dependency; RM207 has nothing to say.
    assertThat(
            check(
                """
          - {id: a, title: A, phase: p}
          - {id: b, title: B, phase: p, requires: [a, b]}
        """))
        .isEmpty();
  }

  @Test
  void aChainThroughACancelledOrSupersededMilestoneImpliesNothing() {
    // c requires a and q; q requires a but is cancelled: nothing is scheduled against q, so the
    // link to a is c's only hold on it. Through a live r, the link to a is redundant.
    assertThat(
            check(
                """
          - {id: a, title: A, phase: p}
          - {id: q, title: Q, phase: p, status: cancelled, requires: [a]}
          - {id: s, title: S, phase: p, status: superseded, requires: [a]}
          - {id: m, title: M, phase: p, requires: [s]}
          - {id: c, title: C, phase: p, requires: [a, q, m]}
          - {id: r, title: R, phase: p, requires: [a]}
          - {id: d, title: D, phase: p, requires: [a, r]}
        """))
        .containsExactly("'d' requires 'a', which 'r' already requires");
  }
}
