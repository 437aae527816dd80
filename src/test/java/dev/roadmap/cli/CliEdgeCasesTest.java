package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edge cases found in review: each was an exit 4, a raw trace or a locale-dependent output. */
class CliEdgeCasesTest {
  static final String CHAIN = WhatIfCommandTest.CHAIN;

  @Test
  void datesOnTheCommandLineAreStrictIsoDaysOfYears0001To9999() {
    Run far = Run.of("timeline", CHAIN, "--as-of", "+999999999-12-31", "--gantt");
    assertThat(far.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(far.err()).contains("is not a date written YYYY-MM-DD").doesNotContain("java.");
    Run impossible = Run.of("validate", "--as-of", "2004-02-30", CHAIN);
    assertThat(impossible.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(impossible.err()).contains("'2004-02-30' is not a day of the calendar");
    assertThat(Run.of("what-if", CHAIN, "--pin", "a=+999999999-12-31").code())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void optionsThatWouldExhaustTheJvmAreBounded() {
    assertThat(Run.of("timeline", CHAIN, "--gantt", "--width", "2000000000").code())
        .isEqualTo(ExitCodes.USAGE);
    Run deep = Run.of("validate", "--max-depth", "10000000", CHAIN);
    assertThat(deep.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(deep.err()).contains("--max-depth must be between 1 and 1000");
  }

  @Test
  void exportsDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    String[][] exports = {
      {"export", CliTest.SAMPLE, "--format", "html"},
      {"export", CliTest.SAMPLE, "--format", "ical"},
      {"export", CliTest.SAMPLE, "--format", "markdown"},
      {"validate", "--format", "sarif", CliTest.SAMPLE}
    };
    try {
      for (String[] args : exports) {
        Locale.setDefault(Locale.ROOT);
        String root = Run.of(args).out();
        Locale.setDefault(Locale.forLanguageTag("fa-IR"));
        assertThat(Run.of(args).out()).as(String.join(" ", args)).isEqualTo(root);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void initWantsAFileName(@TempDir Path dir) {
    Run r = Run.of("init", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("give its name, not '-'");
  }

  @Test
  void everyCommandListsTheExitCodesAndTakesDebug() {
    for (String command :
        new String[] {
          "timeline", "status", "explain", "export", "diff", "what-if", "init", "rules", "schema"
        }) {
      Run r = Run.of(command, "--help");
      assertThat(r.out()).as(command).contains("Exit codes:", "--debug");
    }
  }

  @Test
  void statusCallsOverdueOnlyWhatIsPinned() {
    // In chain.yaml only 'a' is pinned (2024-01-10..2024-01-19); b, c and d are computed.
    Run r = Run.of("status", CHAIN, "--as-of", "2024-03-01");
    assertThat(r.out())
        .contains("Overdue:\n  2024-01-19  a  planned  42 days late  ! RM501\nNext:\n");
  }
}
