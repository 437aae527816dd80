package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every output format: {@code src/test/resources/golden/NAME}. Each command runs
 * twice and both runs must be identical. {@code -Dgolden.update=true} rewrites the files.
 */
class GoldenTest {
  /** Month and year dates, deadlines (one missed), a not-before and a computed finish. */
  static final String COARSE = "src/test/resources/precision/coarse-dates.yaml";

  /** The same roadmap a revision later: a month date moved, a deadline added. */
  static final String COARSE_MOVED = "src/test/resources/precision/coarse-dates-moved.yaml";

  static Stream<Arguments> cases() {
    String several = CliTest.SEVERAL;
    return Stream.of(
        Arguments.of("validate-several-problems.txt", new String[] {"validate", several}),
        Arguments.of(
            "validate-several-problems.json",
            new String[] {"validate", "--format", "json", several}),
        Arguments.of(
            "validate-several-problems.color.txt",
            new String[] {"validate", "--color=always", several}),
        Arguments.of("validate-opcon-transition.txt", new String[] {"validate", CliTest.SAMPLE}),
        Arguments.of(
            "validate-opcon-transition.json",
            new String[] {"validate", "--format", "json", CliTest.SAMPLE}),
        Arguments.of("timeline-opcon-transition.txt", new String[] {"timeline", CliTest.SAMPLE}),
        Arguments.of(
            "timeline-opcon-transition-p2.txt",
            new String[] {
              "timeline", "--phase", "p2-ten-missions", "--as-of", "2005-09-01", CliTest.SAMPLE
            }),
        Arguments.of("timeline-clean-transition.txt", new String[] {"timeline", CliTest.CLEAN}),
        Arguments.of(
            "timeline-opcon-transition-gantt.txt",
            new String[] {"timeline", "--gantt", "--width", "110", CliTest.SAMPLE}),
        Arguments.of(
            "timeline-opcon-transition-critical.txt",
            new String[] {"timeline", "--critical", CliTest.SAMPLE}),
        Arguments.of(
            "export-opcon-transition.md",
            new String[] {"export", CliTest.SAMPLE, "--format", "markdown"}),
        Arguments.of(
            "export-opcon-transition.mmd",
            new String[] {"export", CliTest.SAMPLE, "--format", "mermaid"}),
        Arguments.of(
            "export-opcon-transition.json",
            new String[] {"export", CliTest.SAMPLE, "--format", "json"}),
        Arguments.of(
            "export-opcon-transition.csv",
            new String[] {"export", CliTest.SAMPLE, "--format", "csv"}),
        Arguments.of(
            "export-clean-transition.md",
            new String[] {"export", CliTest.CLEAN, "--format", "markdown"}),
        Arguments.of(
            "export-clean-transition.json",
            new String[] {"export", CliTest.CLEAN, "--format", "json"}),
        Arguments.of(
            "export-clean-transition.csv",
            new String[] {"export", CliTest.CLEAN, "--format", "csv"}),
        Arguments.of(
            "status-opcon-transition-2005-09-01.txt",
            new String[] {"status", CliTest.SAMPLE, "--as-of", "2005-09-01"}),
        Arguments.of(
            "status-opcon-transition.json",
            new String[] {"status", CliTest.SAMPLE, "--format", "json"}),
        Arguments.of(
            "explain-opcon-transition-fcfc.txt",
            new String[] {"explain", CliTest.SAMPLE, "opcon-transition-fcfc"}),
        Arguments.of("timeline-coarse-dates.txt", new String[] {"timeline", COARSE}),
        Arguments.of(
            "explain-coarse-dates-eval.txt", new String[] {"explain", COARSE, "counterfire-eval"}),
        Arguments.of(
            "what-if-coarse-dates.txt",
            new String[] {"what-if", COARSE, "--slip", "xfer-rear-area-decon=+45d"}),
        Arguments.of(
            "what-if-coarse-dates.json",
            new String[] {"what-if", COARSE, "--slip", "counterfire-cpx=+10d", "--format", "json"}),
        Arguments.of(
            "diff-coarse-dates.md",
            new String[] {"diff", COARSE, COARSE_MOVED, "--format", "markdown"}),
        Arguments.of("diff-coarse-dates.txt", new String[] {"diff", COARSE, COARSE_MOVED}),
        Arguments.of(
            "export-coarse-dates.md", new String[] {"export", COARSE, "--format", "markdown"}),
        Arguments.of(
            "export-coarse-dates.mmd", new String[] {"export", COARSE, "--format", "mermaid"}),
        Arguments.of(
            "export-coarse-dates.json", new String[] {"export", COARSE, "--format", "json"}),
        Arguments.of("export-coarse-dates.csv", new String[] {"export", COARSE, "--format", "csv"}),
        Arguments.of(
            "export-datacenter-migration.md",
            new String[] {"export", ExampleRoadmapTest.EXAMPLE, "--format", "markdown"}),
        Arguments.of(
            "export-datacenter-migration.csv",
            new String[] {"export", ExampleRoadmapTest.EXAMPLE, "--format", "csv"}),
        Arguments.of(
            "export-datacenter-migration.json",
            new String[] {"export", ExampleRoadmapTest.EXAMPLE, "--format", "json"}),
        Arguments.of(
            "timeline-missed-deadline.txt",
            new String[] {"timeline", ViewsWithFindingsTest.MISSED}),
        Arguments.of(
            "export-missed-deadline.md",
            new String[] {"export", ViewsWithFindingsTest.MISSED, "--format", "markdown"}),
        Arguments.of(
            "export-missed-deadline.mmd",
            new String[] {"export", ViewsWithFindingsTest.MISSED, "--format", "mermaid"}),
        Arguments.of(
            "timeline-long-titles-gantt-60.txt",
            new String[] {"timeline", "--gantt", "--width", "60", TerminalWidthTest.LONG}),
        Arguments.of(
            "timeline-long-titles-60.txt",
            new String[] {"timeline", "--width", "60", TerminalWidthTest.LONG}),
        Arguments.of(
            "status-long-titles-60.txt",
            new String[] {"status", "--width", "60", TerminalWidthTest.LONG}),
        Arguments.of(
            "timeline-opcon-transition-80.txt",
            new String[] {"timeline", "--width", "80", CliTest.SAMPLE}),
        Arguments.of("rules.txt", new String[] {"rules"}),
        Arguments.of("rules-RM206.txt", new String[] {"rules", "RM206"}),
        Arguments.of("rules-RM301.txt", new String[] {"rules", "RM301"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesGoldenFileAndIsDeterministic(String name, String[] args) {
    Run first = Run.of(args);
    Run second = Run.of(args);
    assertThat(second.out()).isEqualTo(first.out());
    Path golden = TestFiles.resources().resolve("golden").resolve(name);
    TestFiles.assertGolden(golden, first.out());
  }
}
