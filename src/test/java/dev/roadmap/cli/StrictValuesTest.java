package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values at the edges: the year 0000, refused alike in a file and in {@code --as-of}; baseline
 * counts at the largest int, which must not overflow; an argument that a command does not take.
 */
class StrictValuesTest {
  private static final String ONE_FINDING =
      """
      roadmap: 1
      title: One finding
      start: 2004-01-01
      phases:
        - id: p1
      milestones:
        - {id: a, title: A, phase: p1, date: 2004-01-01, requires: [b]}
      """;

  @Test
  void yearZeroInAFile_isABadDate(@TempDir Path dir) throws Exception {
    for (String date : new String[] {"0000-01-01", "0000-03", "0000"}) {
      Path f = dir.resolve("zero.yaml");
      Files.writeString(
          f, "roadmap: 1\ntitle: Zero\nstart: " + date + "\nphases:\n  - id: p1\nmilestones: []\n");
      Run r = Run.of("validate", f.toString());
      assertThat(r.code()).as(r.out()).isEqualTo(1);
      assertThat(r.out())
          .startsWith(
              f
                  + ":3:8: error: 'start' is '"
                  + date
                  + "', which is not a date: there is no year 0000 [RM105]\n")
          .contains("  = help: the years run from 0001 to 9999\n");
    }
  }

  @Test
  void yearZeroInAsOf_isAUsageErrorThatSaysWhy() {
    String clean = TestFiles.fixtures().resolve("clean-transition.yaml").toString();
    Run r = Run.of("validate", "--as-of", "0000-01-01", clean);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "roadmap validate: --as-of: '0000-01-01' is not a date: there is no year 0000 (the"
                + " years run from 0001 to 9999)\n");
  }

  @Test
  void baselineCountsAtTheLargestIntDoNotOverflow(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("one.yaml");
    Files.writeString(f, ONE_FINDING);
    String entry =
        "{\"code\": \"RM201\", \"file\": \""
            + f
            + "\", \"subject\": \"a\", \"text\": \"b\","
            + " \"count\": 2147483647}";
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, "{\"version\": 1, \"findings\": [" + entry + ", " + entry + "]}\n");
    Run r =
        Run.of(
            "validate", "--as-of", "2003-01-01", "--baseline", baseline.toString(), f.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).contains("RM201 in " + f + " at 'a' (2147483646 times)");
  }

  @Test
  void aBaselineCountPastTheLargestInt_isRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("one.yaml");
    Files.writeString(f, ONE_FINDING);
    Path baseline = dir.resolve("baseline.json");
    for (String count : new String[] {"2147483648", "0", "-1", "99999999999999999999999"}) {
      Files.writeString(
          baseline,
          "{\"version\": 1, \"findings\": [{\"code\": \"RM201\", \"count\": " + count + "}]}\n");
      Run r = Run.of("validate", "--baseline", baseline.toString(), f.toString());
      assertThat(r.code()).isEqualTo(2);
      String shown = count.length() > 20 ? count.substring(0, 20) + "..." : count;
      assertThat(r.err())
          .contains(
              "roadmap validate: '"
                  + baseline
                  + "' is not a roadmap baseline: a count is '"
                  + shown
                  + "', not a whole number from 1 to 2147483647\n");
    }
  }

  @Test
  void generateCompletionTakesNoArgument() {
    Run r = Run.of("generate-completion", "extra");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "roadmap generate-completion: unexpected argument 'extra'\n"
                + "see 'roadmap help generate-completion'\n");
    assertThat(Run.of("generate-completion").out()).startsWith("#!/usr/bin/env bash\n");
  }
}
