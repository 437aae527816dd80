package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roadmap what-if} against dates worked out by hand. In chain.yaml: a = [01-10, 01-20), b =
 * [01-20, 01-25) after a, c = 01-25 + 1w = 02-01 (deadline 02-05), d = a's start + 2d = [01-12,
 * 01-15).
 */
class WhatIfCommandTest {
  static final String CHAIN = "src/test/resources/whatif/chain.yaml";

  @Test
  void aSlipOfTheFirstPinMovesEverythingAndBreaksTheDeadline() {
    // a +14d: a = [01-24, 02-03), b = [02-03, 02-08), c = 02-15 (10 days past 02-05),
    // d = [01-26, 01-29).
    Run r = Run.of("what-if", CHAIN, "--slip", "a=+2w");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .startsWith("What if a slips +14d?\n")
        .containsPattern("\\n  a +2024-01-10\\.\\.2024-01-19 +2024-01-24\\.\\.2024-02-02 +\\+14d")
        .containsPattern("\\n  b +~2024-01-20\\.\\.2024-01-24 +~2024-02-03\\.\\.2024-02-07 +\\+14d")
        .containsPattern("\\n  c +~2024-02-01 +~2024-02-15 +\\+14d")
        .containsPattern("\\n  d +~2024-01-12\\.\\.2024-01-14 +~2024-01-26\\.\\.2024-01-28 +\\+14d")
        .contains("Breaks (1):\n")
        .contains("'c' is computed to finish 2024-02-15, 10 days after its deadline 2024-02-05");
  }

  @Test
  void aSlipInCalendarMonthsMovesByTheDaysOfThoseMonths() {
    // a starts 2024-01-10; a month later is 2024-02-10, 31 days; a second month from there is
    // 2024-03-10, 29 days more (February 2024 has 29).
    Run r = Run.of("what-if", CHAIN, "--slip", "a=+1mo");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .startsWith("What if a slips +31d?\n")
        .containsPattern("\\n  a +2024-01-10\\.\\.2024-01-19 +2024-02-10\\.\\.2024-02-19 +\\+31d");
    Run twice = Run.of("what-if", CHAIN, "--slip", "a=+1mo", "--slip", "a=+1mo");
    assertThat(twice.out())
        .containsPattern("\\n  a +2024-01-10\\.\\.2024-01-19 +2024-03-10\\.\\.2024-03-19 +\\+60d");
    assertThat(Run.of("what-if", CHAIN, "--slip", "a=+1m").err())
        .contains("--slip a=+1m is not ID=+Nd, ID=-Nd, ID=+Nw or ID=+Nmo");
  }

  @Test
  void aPinPastTheWindowBreaksItAndItsDependents() {
    // b pinned to 03-30 keeps 5 days: [03-30, 04-04), finish 04-03, after the window (03-31);
    // c = 04-04 + 7 = 04-11: out of the window and past its deadline.
    Run r = Run.of("what-if", CHAIN, "--pin", "b=2024-03-30");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .startsWith("What if b is pinned to 2024-03-30?\n")
        .containsPattern("\\n  c +~2024-02-01 +~2024-04-11 ")
        .contains("'b' finishes 2024-04-03, 3 days after its phase 'p' closes on 2024-03-31")
        .contains("'c' is computed to finish 2024-04-11, 11 days after its phase 'p' closes")
        .contains("'c' is computed to finish 2024-04-11, 66 days after its deadline 2024-02-05");
  }

  @Test
  void aSlipPastTheMilestonesOwnDeadlineIsAmongWhatBreaks() throws IOException {
    // c = 02-01 + 200d = 08-19: 196 days past its own deadline 02-05, and past the window.
    Run r = Run.of("what-if", CHAIN, "--slip", "c=+200d");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .containsPattern(
            "\\n  c +~2024-02-01 +~2024-08-19 +\\+200d +\\+200d +deadline 2024-02-05,"
                + " missed by 196 days\\n")
        .contains("Breaks (2):\n")
        .contains(
            ":10:73: error: 'c' is computed to finish 2024-08-19, 196 days after its deadline"
                + " 2024-02-05 [RM303]\n")
        .doesNotContain("Nothing breaks");
    JsonNode json =
        new ObjectMapper()
            .readTree(Run.of("what-if", CHAIN, "--slip", "c=+200d", "--format", "json").out());
    assertThat(json.path("breaks").findValuesAsText("code")).containsExactly("RM302", "RM303");
    assertThat(json.path("breaks").get(1).path("message").asText())
        .isEqualTo("'c' is computed to finish 2024-08-19, 196 days after its deadline 2024-02-05");
  }

  @Test
  void aPinnedMilestoneSlippedPastItsOwnDeadlineBreaksIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("pinned.yaml");
    Files.writeString(
        file,
        """
        roadmap: 1
        title: Own deadline
        start: 2024-01-01
        phases:
          - {id: p}
        milestones:
          - {id: x, title: X, phase: p, date: 2024-03-01, deadline: 2024-03-31}
        """);
    Run r = Run.of("what-if", file.toString(), "--slip", "x=+200d");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("Breaks (1):\n")
        .contains(
            ":7:39: error: 'x' finishes 2024-09-17, 170 days after its deadline 2024-03-31"
                + " [RM303]\n")
        .doesNotContain("Nothing breaks");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                Run.of("what-if", file.toString(), "--slip", "x=+200d", "--format", "json").out());
    assertThat(json.path("breaks").findValuesAsText("code")).containsExactly("RM303");
    JsonNode moved = json.path("diff").path("moved").get(0);
    assertThat(moved.path("id").asText()).isEqualTo("x");
    assertThat(moved.path("deadline").path("missedByDays").asInt()).isEqualTo(170);
  }

  @Test
  void aComputedMilestoneCannotSlipEarlierThanItsConstraints() {
    Run r = Run.of("what-if", CHAIN, "--slip", "b=-5d");
    assertThat(r.out()).contains("no changes").endsWith("Nothing breaks: no new finding.\n");
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThat(Run.of("what-if", CHAIN).code()).isEqualTo(ExitCodes.USAGE);
    Run unknown = Run.of("what-if", CHAIN, "--slip", "bb=+1d");
    assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("no milestone 'bb'").contains("did you mean 'b'?");
    assertThat(Run.of("what-if", CHAIN, "--slip", "a=90").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(Run.of("what-if", CHAIN, "--pin", "a=2024-02-30").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void nothingIsWrittenUnlessOutputIsGiven(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("chain.yaml");
    String text = TestFiles.read(TestFiles.root().resolve(CHAIN));
    Files.writeString(copy, text);
    Run.of("what-if", copy.toString(), "--slip", "a=+1w");
    assertThat(Files.readString(copy)).isEqualTo(text);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(copy);
    }
    Path out = dir.resolve("what-if.md");
    Run r =
        Run.of(
            "what-if",
            copy.toString(),
            "--slip",
            "a=+1w",
            "--format",
            "markdown",
            "-o",
            out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("## What if a slips +7d?\n");
    assertThat(Run.of("what-if", copy.toString(), "--slip", "a=+1w", "-o", copy.toString()).code())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aSlipAcrossTheProjectStartBreaksWhatValidateOfTheShiftedFileReports(@TempDir Path dir)
      throws IOException {
    // a -30d: [2023-12-11, 2023-12-21), before the start 2024-01-01.
    Run r = Run.of("what-if", CHAIN, "--slip", "a=-30d");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .endsWith(
            "Breaks (1):\n  "
                + CHAIN
                + ":8:40: error: 'a' is dated 2023-12-11, 21 days before the project start"
                + " 2024-01-01 [RM306]\n");
    // The same file with a's start written 30 days earlier: validate says the same.
    Path shifted = dir.resolve("chain.yaml");
    Files.writeString(
        shifted, TestFiles.read(Path.of(CHAIN)).replace("start: 2024-01-10", "start: 2023-12-11"));
    assertThat(Run.of("validate", shifted.toString()).out())
        .contains(
            ":8:40: error: 'a' is dated 2023-12-11, 21 days before the project start 2024-01-01");
  }

  @Test
  void aDeadlineMissedBeforeAndMissedByMoreIsAmongWhatBreaks(@TempDir Path dir) throws IOException {
    // b = [01-20, 01-25) after a, finish 01-24, 3 days past 01-21; a +10d moves it to 02-03.
    Path file = dir.resolve("late.yaml");
    Files.writeString(
        file,
        """
        roadmap: 1
        title: Late
        start: 2024-01-01
        as-of: 2024-01-01
        phases:
          - {id: p}
        milestones:
          - {id: a, title: A, phase: p, start: 2024-01-10, duration: 10d}
          - {id: b, title: B, phase: p, duration: 5d, requires: [a], deadline: 2024-01-21}
        """);
    Run r = Run.of("what-if", file.toString(), "--slip", "a=+10d");
    assertThat(r.out())
        .endsWith(
            "Breaks (1):\n  "
                + file
                + ":9:72: error: 'b' is computed to finish 2024-02-03, 13 days after its deadline"
                + " 2024-01-21 (missed by 3 days before) [RM303]\n");
    // Recovered a little: nothing new breaks.
    assertThat(Run.of("what-if", file.toString(), "--slip", "a=-2d").out())
        .endsWith("Nothing breaks: no new finding.\n");
  }

  @Test
  void goldenFilesForEveryFormat() {
    for (String format : new String[] {"text", "markdown", "json"}) {
      Run r =
          Run.of("what-if", CHAIN, "--slip", "a=+2w", "--pin", "d=2024-03-01", "--format", format);
      String ext = format.equals("text") ? "txt" : format.equals("markdown") ? "md" : "json";
      TestFiles.assertGolden(TestFiles.resources().resolve("golden/what-if-chain." + ext), r.out());
    }
  }

  @Test
  void slipsOutOfTheYearsOneToNineThousandNineHundredNinetyNine_areRefused() {
    // 99,999 weeks are about 1,917 years: four from 2024 stay within 9999, a fifth does not.
    List<String> late = new ArrayList<>(List.of("what-if", CHAIN));
    for (int i = 0; i < 5; i++) {
      late.addAll(List.of("--slip", "a=+99999w"));
    }
    Run r = Run.of(late.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("roadmap what-if: --slip a=+99999w moves 'a' past 9999-12-31\n");
    Run early = Run.of("what-if", CHAIN, "--slip", "a=-99999w", "--slip", "a=-99999w");
    assertThat(early.code()).isEqualTo(2);
    assertThat(early.err())
        .startsWith("roadmap what-if: --slip a=-99999w moves 'a' before 0001-01-01\n");
    // Three thousand slips that would overflow an int of days stop at the first out of range.
    String[] many = new String[2 + 2 * 3100];
    many[0] = "what-if";
    many[1] = CHAIN;
    for (int i = 0; i < 3100; i++) {
      many[2 + 2 * i] = "--slip";
      many[3 + 2 * i] = "a=+99999w";
    }
    Run overflow = Run.of(many);
    assertThat(overflow.code()).isEqualTo(2);
    assertThat(overflow.err())
        .startsWith("roadmap what-if: --slip a=+99999w moves 'a' past 9999-12-31\n");
  }
}
