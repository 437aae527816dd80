package dev.roadmap.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.cli.Findings;
import dev.roadmap.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RM201's "did you mean" never suggests that a milestone require itself. */
class UnknownPrerequisiteTest {
  private static List<Diagnostic> rm201(String milestones) {
    String text =
        "roadmap: 1\ntitle: T\nstart: 2004-01-01\nphases:\n  - id: p1\nmilestones:\n" + milestones;
    return Findings.of("t.yaml", text.getBytes(StandardCharsets.UTF_8)).stream()
        .filter(d -> d.code().id().equals("RM201"))
        .toList();
  }

  @Test
  void theClosestOtherMilestoneIsSuggestedNotItself() {
    // 'm3' is one edit from 'm1' (the one that requires it, listed first) and from 'm2'.
    List<Diagnostic> found =
        rm201(
            """
              - {id: m1, title: One, phase: p1, requires: [m3]}
              - {id: m2, title: Two, phase: p1}
            """);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).message()).isEqualTo("'m1' requires 'm3', which is not defined");
    assertThat(found.get(0).hint()).isEqualTo("did you mean 'm2'?");
  }

  @Test
  void withNoOtherMilestoneCloseItSaysToDefineOne() {
    List<Diagnostic> found = rm201("  - {id: a, title: A, phase: p1, requires: [b]}\n");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).hint()).isEqualTo("define a milestone 'b', or name one that exists");
  }
}
