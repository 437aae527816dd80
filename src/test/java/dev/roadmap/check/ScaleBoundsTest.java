package dev.roadmap.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.load.RoadmapLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds that keep the checks near-linear on huge roadmaps, at their edges. */
class ScaleBoundsTest {
  static CheckContext context(String milestones) {
    String text =
        "roadmap: 1\ntitle: T\nstart: 2024-01-01\nphases: [{id: p}]\nmilestones:\n" + milestones;
    var r = RoadmapLoader.load("t.yaml", text);
    assertThat(r.diagnostics()).isEmpty();
    return new CheckContext(r.roadmap(), null);
  }

  /** 'm' requires 'a' and 'z', and 'z' reaches 'a' through a chain of {@code length} links. */
  static String chain(int length) {
    StringBuilder b = new StringBuilder("  - {id: a, title: A, phase: p}\n");
    String previous = "a";
    for (int i = 1; i < length; i++) {
      b.append("  - {id: c").append(i).append(", title: C, phase: p, requires: [");
      b.append(previous).append("]}\n");
      previous = "c" + i;
    }
    b.append("  - {id: z, title: Z, phase: p, requires: [").append(previous).append("]}\n");
    b.append("  - {id: m, title: M, phase: p, requires: [a, z]}\n");
    return b.toString();
  }

  static List<String> redundant(String milestones) {
    return new RedundantPrerequisiteCheck()
        .run(context(milestones)).stream().map(Diagnostic::message).toList();
  }

  @Test
  void aRedundantLinkWithinTheSearchBudgetIsReported() {
    assertThat(redundant(chain(RedundantPrerequisiteCheck.BUDGET - 10)))
        .containsExactly("'m' requires 'a', which 'z' already requires");
  }

  @Test
  void pastTheSearchBudgetARedundantLinkGoesUnreportedNeverWronglyReported() {
    assertThat(redundant(chain(RedundantPrerequisiteCheck.BUDGET + 10))).isEmpty();
  }

  @Test
  void didYouMeanStopsOnceTheWorkBudgetIsSpent() {
    CheckContext c =
        context(
            """
              - {id: alpha, title: A, phase: p}
              - {id: bravo, title: B, phase: p}
              - {id: x, title: X, phase: p, requires: [alpah]}
              - {id: y, title: Y, phase: p, requires: [bravp]}
            """);
    // Each unknown reference of five letters spends 1 on each of the three ids other than the
    // milestone's own, 5 on counting the letters of each of the two ids of about its length, and 4
    // x 6 x 4 on the band of the distance table (one edit either side of the diagonal) of the one
    // whose letters are close enough: 109.
    assertThat(new UnknownReferenceCheck(109).run(c).stream().map(Diagnostic::hint).toList())
        .containsExactly(
            "did you mean 'alpha'?", "define a milestone 'bravp', or name one that exists");
    assertThat(new UnknownReferenceCheck(217).run(c).stream().map(Diagnostic::hint).toList())
        .containsExactly(
            "did you mean 'alpha'?", "define a milestone 'bravp', or name one that exists");
    assertThat(new UnknownReferenceCheck(218).run(c).stream().map(Diagnostic::hint).toList())
        .containsExactly("did you mean 'alpha'?", "did you mean 'bravo'?");
  }

  @Test
  void theRunOrderTakesEveryCheckOnceByWhatItNeeds() {
    List<Check> all = Checks.all();
    List<Check> ordered = Checks.inRunOrder(all);
    assertThat(ordered).containsExactlyInAnyOrderElementsOf(all);
    assertThat(ordered)
        .extracting(Check::needs)
        .isSortedAccordingTo(java.util.Comparator.naturalOrder())
        .contains(Check.Needs.NOTHING, Check.Needs.GRAPH, Check.Needs.SCHEDULE);
  }

  /** A check that needs what it is told to, and fails when told to. */
  record Probe(Check.Needs needs, boolean fails, String name) implements Check {
    @Override
    public List<Diagnostic> run(CheckContext c) {
      if (fails) {
        throw new IllegalStateException(name + " broke");
      }
      return List.of();
    }
  }

  @Test
  void aCheckThatFailsOnAnyThreadFailsTheRunWithoutHangingIt() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Checks.PARALLEL; i++) {
      b.append("  - {id: m").append(i).append(", title: M, phase: p}\n");
    }
    var r =
        RoadmapLoader.load(
                "t.yaml",
                "roadmap: 1\ntitle: T\nstart: 2024-01-01\nphases: [{id: p}]\nmilestones:\n" + b)
            .roadmap();
    Check.Needs[] needs = Check.Needs.values();
    for (int failing = 0; failing < 8; failing++) {
      List<Check> checks = new java.util.ArrayList<>();
      for (int k = 0; k < 8; k++) {
        checks.add(new Probe(needs[(k * 5) % needs.length], k == failing, "check " + k));
      }
      String broke = "check " + failing + " broke";
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(60),
          () ->
              org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checks.run(r, null, checks))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessage(broke));
    }
  }

  @Test
  void aBigRoadmapsChecksRunInParallelWithTheSameFindings() {
    StringBuilder b = new StringBuilder();
    java.util.Random rnd = new java.util.Random(3);
    for (int i = 0; i < Checks.PARALLEL; i++) {
      // Now and then an id already taken, and a prerequisite named twice.
      int id = i > 0 && rnd.nextInt(200) == 0 ? rnd.nextInt(i) : i;
      b.append("  - {id: m").append(id).append(", title: M, phase: p");
      if (i > 0) {
        b.append(", requires: [m").append(rnd.nextInt(i));
        b.append(", ").append(rnd.nextInt(50) == 0 ? "nowhere" : "m" + rnd.nextInt(i)).append("]");
      }
      b.append(rnd.nextInt(100) == 0 ? ", status: cancelled" : "").append("}\n");
    }
    String text = "roadmap: 1\ntitle: T\nstart: 2024-01-01\nphases: [{id: p}]\nmilestones:\n" + b;
    var r = RoadmapLoader.load("t.yaml", text).roadmap();
    List<Diagnostic> sequential = new java.util.ArrayList<>();
    CheckContext c = new CheckContext(r, null);
    for (Check check : Checks.all()) {
      sequential.addAll(check.run(c));
    }
    sequential.sort(Diagnostic.ORDER);
    assertThat(sequential).hasSizeGreaterThan(100);
    assertThat(Checks.run(r, null)).isEqualTo(sequential);
  }
}
