package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hints that say what to write, in the user's terms. */
class HintsTest {
  @Test
  void aDurationInWordsIsGivenBackInTheShortForm(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.yaml");
    Files.writeString(
        file,
        """
        roadmap: 1
        title: t
        start: 2025-01-01
        phases: [{id: p}]
        milestones:
          - {id: a, title: A, phase: p, start: 2025-01-02, duration: 3 weeks}
          - {id: b, title: B, phase: p, duration: 10 Days, requires: [{id: a, lag: -2 days}]}
          - {id: c, title: C, phase: p, duration: 7m}
          - {id: d, title: D, phase: p, duration: -1 week}
          - {id: e, title: E, phase: p, duration: 3 months}
          - {id: f, title: F, phase: p, duration: 3 month}
          - {id: g, title: G, phase: p, duration: 3 mos, requires: [{id: a, lag: -1 Month}]}
        """);
    String out = Run.of("validate", file.toString()).out();
    assertThat(out)
        .contains(
            "'duration' is '3 weeks', not a number of days (d), weeks (w) or months (mo) [RM106]")
        .contains("  = help: write '3w'\n")
        .contains("  = help: write '10d'\n")
        .contains("  = help: write '-2d'\n")
        .contains("'duration' is '7m', not a number of days (d), weeks (w) or months (mo) [RM106]")
        .contains(
            "'duration' is '-1 week', not a number of days (d), weeks (w) or months (mo) [RM106]")
        .contains(
            "'duration' is '3 months', not a number of days (d), weeks (w) or months (mo) [RM106]")
        .contains("'duration' is '3 month', not a number of days (d), weeks (w) or months (mo)")
        .contains("'duration' is '3 mos', not a number of days (d), weeks (w) or months (mo)")
        .contains("'lag' is '-1 Month', not a signed number of days (d), weeks (w) or months (mo)")
        .contains("  = help: write '-1mo'\n");
    assertThat(out.split("  = help: write '3mo'\n", -1)).hasSize(4);
    assertThat(out.split("= help: write '30d', '6w' or '3mo'\n", -1)).hasSize(3);
  }

  @Test
  void aPinOnADayThatDoesNotExistSaysWhy() {
    Run month = Run.of("what-if", CliTest.SAMPLE, "--pin", "scm-35=2030-13-01");
    assertThat(month.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(month.err())
        .startsWith(
            "roadmap what-if: --pin scm-35=2030-13-01 is not ID=YYYY-MM-DD: '2030-13-01' is not"
                + " a day of the calendar: month 13 does not exist\n");
    Run day = Run.of("what-if", CliTest.SAMPLE, "--pin", "scm-35=2030-02-29");
    assertThat(day.err())
        .contains("'2030-02-29' is not a day of the calendar: 2030-02 has 28 days\n");
    Run form = Run.of("what-if", CliTest.SAMPLE, "--pin", "scm-35=next year");
    assertThat(form.err())
        .startsWith("roadmap what-if: --pin scm-35=next year is not ID=YYYY-MM-DD\n");
    Run asOf = Run.of("status", CliTest.SAMPLE, "--as-of", "2004-00-10");
    assertThat(asOf.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(asOf.err())
        .contains("'2004-00-10' is not a day of the calendar: month 0 does not exist");
  }

  @Test
  void theFixOfAnEncodingErrorSpeaksToTheUser() {
    String rule = Run.of("rules", "RM113").out();
    assertThat(rule)
        .contains(
            "Save the file as UTF-8 (an old editor may save it as Latin-1 or Windows-1252:"
                + " choose UTF-8 in its \"save as\" or \"encoding\" menu).")
        .doesNotContain("the test");
  }
}
