package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding caused by another is not reported: the mistakes of issue 15, each on a small roadmap,
 * give exactly one finding, at the line of the mistake.
 */
class OneMistakeOneFindingTest {
  private static final String HEAD =
      """
      roadmap: 1
      title: T
      start: 2004-01-01
      as-of: 2004-01-01
      phases: [{id: p}]
      milestones:
      """;

  private static List<String> findings(String milestones) {
    List<Diagnostic> found = Findings.of("r.yaml", HEAD + milestones);
    return found.stream().map(d -> d.code().id() + "@" + d.span().line()).toList();
  }

  @Test
  void aDuplicateId_doesNotAlsoRequireItself() {
    assertThat(
            findings(
                """
                  - {id: a, title: A, phase: p}
                  - {id: a, title: B, phase: p, requires: [a]}
                """))
        .containsExactly("RM200@8");
  }

  @Test
  void anIdRenamedIntoADuplicate_isOneFinding_thatNamesTheIdItHad() {
    String milestones =
        """
          - {id: scm-3, title: A, phase: p}
          - {id: scm-3, title: B, phase: p}
          - {id: c, title: C, phase: p, requires: [scm-35]}
          - {id: d, title: D, phase: p, requires: [scm-35, scm-3]}
        """;
    assertThat(findings(milestones)).containsExactly("RM200@8");
    Diagnostic d = Findings.of("r.yaml", HEAD + milestones).get(0);
    assertThat(d.message())
        .isEqualTo(
            "duplicate milestone id 'scm-3' (first defined at line 7), and 'scm-35' (required in"
                + " 2 places, first at line 9) is not defined");
    assertThat(d.hint())
        .isEqualTo("if one of the two was 'scm-35', name it so again; else rename one");
  }

  @Test
  void anIdRenamedIntoAnotherNotCloseToIt_isOneFinding_whenItIsTheOneMissing() {
    String milestones =
        """
          - {id: scm-35, title: A, phase: p}
          - {id: scm-35, title: B, phase: p}
          - {id: c, title: C, phase: p, requires: [opcon-transfer, scm-35]}
        """;
    assertThat(findings(milestones)).containsExactly("RM200@8");
    assertThat(Findings.of("r.yaml", HEAD + milestones).get(0).message())
        .isEqualTo(
            "duplicate milestone id 'scm-35' (first defined at line 7), and 'opcon-transfer'"
                + " (required at line 9) is not defined");
  }

  @Test
  void unknownIdsNotCloseToADuplicate_areStillReported_whenTheyAreSeveral() {
    assertThat(
            findings(
                """
                  - {id: scm-3, title: A, phase: p}
                  - {id: scm-3, title: B, phase: p}
                  - {id: c, title: C, phase: p, requires: [opcon-transfer, wartime-opcon]}
                """))
        .containsExactly("RM200@8", "RM201@9", "RM201@9");
  }

  @Test
  void aBadDependencyType_holdsBackTheScheduleFindingsItWouldCause() {
    assertThat(
            findings(
                """
                  - {id: a, title: A, phase: p, start: 2004-01-01, duration: 10d}
                  - id: b
                    title: B
                    phase: p
                    date: 2004-01-02
                    requires: [{id: a, type: start-to-begin}]
                """))
        .containsExactly("RM108@12");
  }

  @Test
  void oneCycleEdge_givesOneCycleFinding_andNoDateFindingOnIt() {
    assertThat(
            findings(
                """
                  - {id: a, title: A, phase: p, date: 2004-01-01, requires: [b]}
                  - {id: b, title: B, phase: p, date: 2004-02-01, requires: [a]}
                """))
        .containsExactly("RM206@7");
  }

  @Test
  void oneCycleEdgeAcrossPhases_givesOneCycleFinding_atTheLinkAgainstThePhaseOrder() {
    String head = HEAD.replace("phases: [{id: p}]", "phases: [{id: p}, {id: q}]");
    String milestones =
        """
          - {id: b, title: B, phase: p}
          - {id: c, title: C, phase: q, requires: [b]}
          - {id: a, title: A, phase: q, requires: [c]}
        """;
    // The mistake: 'b' of the first phase made to require 'a' of the second.
    String mutated = milestones.replace("phase: p}", "phase: p, requires: [a]}");
    List<Diagnostic> found = Findings.of("r.yaml", head + mutated);
    assertThat(found.stream().map(d -> d.code().id() + "@" + d.span().line()))
        .containsExactly("RM206@7");
    assertThat(found.get(0).message()).isEqualTo("dependency cycle: a -> c -> b -> a");
    assertThat(found.get(0).span().column()).isEqualTo(44);
  }

  @Test
  void aLinkAgainstThePhaseOrder_offTheCycle_isStillReported() {
    String head = HEAD.replace("phases: [{id: p}]", "phases: [{id: p}, {id: q}]");
    assertThat(
            Findings.of(
                    "r.yaml",
                    head
                        + """
                          - {id: a, title: A, phase: p, requires: [b]}
                          - {id: b, title: B, phase: p, requires: [a]}
                          - {id: c, title: C, phase: p, requires: [d]}
                          - {id: d, title: D, phase: q}
                        """)
                .stream()
                .map(d -> d.code().id() + "@" + d.span().line()))
        .containsExactly("RM206@7", "RM301@9");
  }

  @Test
  void aLinkAgainstThePhaseOrder_isNotAlsoDated() {
    String head = HEAD.replace("phases: [{id: p}]", "phases: [{id: p}, {id: q}]");
    assertThat(
            Findings.of(
                    "r.yaml",
                    head
                        + """
                          - {id: a, title: A, phase: p, date: 2004-01-01, requires: [b]}
                          - {id: b, title: B, phase: q, date: 2004-02-01}
                        """)
                .stream()
                .map(d -> d.code().id() + "@" + d.span().line()))
        .containsExactly("RM301@7");
  }

  /** The roadmap of the test above: 'a' requires 'b' of a later phase, dated after it. */
  private static final String AGAINST_ORDER =
      HEAD.replace("phases: [{id: p}]", "phases: [{id: p}, {id: q}]")
          + """
            - {id: a, title: A, phase: p, date: 2004-01-01, requires: [b]}
            - {id: b, title: B, phase: q, date: 2004-02-01}
          """;

  private static final String DATED =
      "r.yaml:7:62: error: 'a' starts 2004-01-01, 31 days before 'b' allows (finish-to-start: not"
          + " before 2004-02-01) [RM300]";

  @Test
  void disablingTheFindingThatStandsForAnother_showsTheOther(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, AGAINST_ORDER);
    Run all = Run.of("validate", "--format", "github", file.toString());
    assertThat(all.out()).contains("RM301").doesNotContain("RM300");
    Run disabled = Run.of("validate", "--disable", "RM301", file.toString());
    assertThat(disabled.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(disabled.out().lines().filter(l -> l.contains(": error: ")))
        .containsExactly(file.getParent().resolve(DATED).toString());
    // Inline, as on the command line.
    Files.writeString(
        file,
        AGAINST_ORDER.replace("requires: [b]}", "requires: [b]} # roadmap: disable-line RM301"));
    assertThat(Run.of("validate", file.toString()).out())
        .contains("[RM300]")
        .doesNotContain("[RM301]");
  }

  @Test
  void aBaselineOfTheFindingThatStandsForAnother_holdsTheOtherToo(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("r.yaml");
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(file, AGAINST_ORDER);
    Run write = Run.of("validate", "--write-baseline", baseline.toString(), file.toString());
    assertThat(write.err()).contains("with 2 findings");
    assertThat(Files.readString(baseline)).contains("\"RM300\"").contains("\"RM301\"");
    Run held = Run.of("validate", "--baseline", baseline.toString(), file.toString());
    assertThat(held.code()).isEqualTo(ExitCodes.OK);
    assertThat(held.out()).isEqualTo("checked 1 file: no problems found\n");
    // A baseline that holds the RM301 alone: the RM300 it stood for is shown.
    String only301 = Files.readString(baseline).replaceAll("(?s)\\{[^{}]*\"RM300\"[^{}]*\\},?", "");
    Files.writeString(baseline, only301);
    Run shown = Run.of("validate", "--baseline", baseline.toString(), file.toString());
    assertThat(shown.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(shown.out()).contains("[RM300]").doesNotContain("[RM301]");
  }

  @Test
  void aDoneMilestoneOnACycle_isNotAlsoDoneBeforeItsPrerequisite() {
    assertThat(
            findings(
                """
                  - {id: a, title: A, phase: p, status: done, requires: [b]}
                  - {id: b, title: B, phase: p, requires: [a]}
                """))
        .containsExactly("RM206@7");
  }

  @Test
  void oneLinkClosingTwoCycles_givesOneFindingAtThatLink() {
    String milestones =
        """
          - {id: a, title: A, phase: p, requires: [b]}
          - {id: b, title: B, phase: p, requires: [c, d]}
          - {id: c, title: C, phase: p, requires: [e]}
          - {id: d, title: D, phase: p, requires: [e]}
          - {id: e, title: E, phase: p, requires: [a]}
        """;
    assertThat(findings(milestones)).containsExactly("RM206@11");
    assertThat(Findings.of("r.yaml", HEAD + milestones).get(0).message())
        .isEqualTo(
            "2 dependency cycles, all through 'e' requiring 'a': a -> b -> c -> e -> a;"
                + " a -> b -> d -> e -> a");
  }

  @Test
  void linksOnCycles_areNotAlsoDated_evenPastTheCyclesListed() {
    // Six milestones that each require all the others: hundreds of cycles, more than are listed.
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      List<String> others = new java.util.ArrayList<>();
      for (int j = 0; j < 6; j++) {
        if (j != i) {
          others.add("x" + j);
        }
      }
      b.append("  - {id: x")
          .append(i)
          .append(", title: X, phase: p, date: 2004-01-0")
          .append(i + 1)
          .append(", requires: [")
          .append(String.join(", ", others))
          .append("]}\n");
    }
    List<String> found = findings(b.toString());
    assertThat(found).isNotEmpty().allMatch(f -> f.startsWith("RM206@"));
  }

  @Test
  void aMisspeltRequiredKey_isOneUnknownKey_notAlsoAMissingOne() {
    assertThat(findings("  - {id: a, titel: A, phase: p}\n")).containsExactly("RM101@7");
  }

  @Test
  void aMisspeltStatus_isReadAsTheStatus_soNothingIsOverdue() {
    assertThat(
            findings(
                """
                  - {id: a, title: A, phase: p, date: 2004-01-01, satus: done}
                  - {id: b, title: B, phase: p, date: 2004-01-01, status: done, requires: [a]}
                """))
        .containsExactly("RM101@7");
  }

  @Test
  void anIdMisspeltWhereItIsDefined_isOneFindingThere_notOneAtEachReference() {
    assertThat(
            findings(
                """
                  - {id: scm-3, title: A, phase: p}
                  - {id: b, title: B, phase: p, requires: [scm-35]}
                  - {id: c, title: C, phase: p, requires: [scm-35]}
                """))
        .containsExactly("RM201@7");
    List<Diagnostic> found =
        Findings.of(
            "r.yaml",
            HEAD
                + "  - {id: scm-3, title: A, phase: p}\n"
                + "  - {id: b, title: B, phase: p, requires: [scm-35]}\n"
                + "  - {id: c, title: C, phase: p, requires: [scm-35]}\n");
    assertThat(found.get(0).message())
        .isEqualTo(
            "milestone 'scm-3' is named by nothing, and 2 places name 'scm-35', which is not"
                + " defined");
  }

  @Test
  void aSyntaxError_doesNotMakeEverySuppressionUnused() {
    assertThat(
            findings(
                """
                  - {id: a, title: A, phase: p}  # roadmap: disable-line RM207 -- known
                  - id: b
                    title:B
                    phase: p
                """))
        .containsExactly("RM100@9");
  }
}
