package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The report formats of {@code validate}, suppressions and baselines. */
class ValidateReportsTest {
  static final String MIXED = "src/test/resources/fixtures/mixed-report.yaml";

  static Stream<Arguments> formats() {
    return Stream.of("text", "json", "sarif", "github", "junit", "checkstyle").map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void everyFormatHasAGoldenFileOnAFixtureWithErrorsWarningsAndASuppression(String format) {
    Run r = Run.of("validate", "--format", format, MIXED);
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    String ext =
        switch (format) {
          case "text", "github" -> "txt";
          case "junit", "checkstyle" -> "xml";
          default -> format;
        };
    TestFiles.assertGolden(
        TestFiles.resources().resolve("golden/report-mixed-" + format + "." + ext), r.out());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "json", "sarif", "github", "junit", "checkstyle"})
  void outputIsByteIdenticalWhateverTheOrderOfTheFiles(String format) {
    String[] a = {"validate", "--format", format, MIXED, CliTest.SEVERAL, CliTest.CLEAN};
    String[] b = {"validate", "--format", format, CliTest.CLEAN, MIXED, CliTest.SEVERAL};
    assertThat(Run.of(b).out()).isEqualTo(Run.of(a).out());
  }

  @Test
  void autoMeansGithubAnnotationsOnGithubActionsAndTextElsewhere() {
    Run gh = Run.with(Map.of("GITHUB_ACTIONS", "true"), "", false, "validate", MIXED);
    assertThat(gh.out()).startsWith("::group::" + MIXED + "\n::error file=");
    Run text = Run.with(Map.of(), "", false, "validate", MIXED);
    assertThat(text.out()).startsWith(MIXED + ":20:28: error:");
  }

  @Test
  void severalReportsInOneRun(@TempDir Path dir) throws IOException {
    Path sarif = dir.resolve("out.sarif");
    Path junit = dir.resolve("junit.xml");
    Run r =
        Run.of(
            "validate",
            "--format",
            "sarif=" + sarif,
            "--format",
            "text",
            "--format=junit=" + junit,
            MIXED);
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).isEqualTo(Run.of("validate", "--format", "text", MIXED).out());
    assertThat(Files.readString(sarif))
        .isEqualTo(Run.of("validate", "--format", "sarif", MIXED).out());
    assertThat(Files.readString(junit))
        .isEqualTo(Run.of("validate", "--format", "junit", MIXED).out());
  }

  @Test
  void twoReportsOnStandardOutputOrAnUnknownFormatAreUsageErrors() {
    Run two = Run.of("validate", "--format", "text", "--format", "json", MIXED);
    assertThat(two.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(two.err()).contains("only one --format can go to standard output");
    Run unknown = Run.of("validate", "--format", "yaml", MIXED);
    assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("--format 'yaml' is not one of");
  }

  @Test
  void stepSummaryIsAppendedWhenSet(@TempDir Path dir) throws IOException {
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "earlier step\n");
    Run r =
        Run.with(
            Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
            "",
            false,
            "validate",
            MIXED);
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(Files.readString(summary))
        .startsWith("earlier step\n### roadmap validate\n")
        .contains("| `" + MIXED + ":20:28` | error | RM201 |");
  }

  @Test
  void moreThanTenAnnotationsOfAKindAreAnnounced() {
    Run r = Run.of("validate", "--format", "github", "src/test/resources/fixtures");
    assertThat(r.out())
        .contains(
            "::notice title=roadmap::GitHub shows at most 10 annotations"
                + " of each kind per step");
  }

  @Test
  void inlineSuppressionsCanBeIgnoredAndUnusedOnesReported() {
    assertThat(Run.of("validate", MIXED).out()).doesNotContain("[RM208]");
    assertThat(Run.of("validate", "--no-inline-config", MIXED).out()).contains("[RM208]");
    assertThat(
            Run.of(
                    "validate",
                    "--report-unused-disables",
                    "src/test/resources/fixtures/RM111-unused-suppression.yaml")
                .out())
        .contains("[RM111]");
    assertThat(
            Run.of("validate", "src/test/resources/fixtures/RM111-unused-suppression.yaml").out())
        .doesNotContain("[RM111]");
  }

  @Test
  void disableAndEnableSelectCodesAndFamilies() {
    Run off = Run.of("validate", "--disable", "RM4xx", MIXED);
    assertThat(off.out()).doesNotContain("[RM403]").contains("[RM201]");
    Run on = Run.of("validate", "--disable", "RM4xx,RM2", "--enable", "RM403", MIXED);
    assertThat(on.out()).contains("[RM403]").doesNotContain("[RM201]");
    assertThat(on.code()).isEqualTo(ExitCodes.OK);
    Run bad = Run.of("validate", "--disable", "RM999", MIXED);
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void baselineFailsOnlyOnNewFindingsAndReportsStaleEntries(@TempDir Path dir) throws IOException {
    Path roadmap = dir.resolve("r.yaml");
    String text = TestFiles.read(TestFiles.root().resolve(MIXED));
    Files.writeString(roadmap, text);
    Path baseline = dir.resolve("baseline.json");
    Run write = Run.of("validate", "--write-baseline", baseline.toString(), roadmap.toString());
    assertThat(write.code()).isEqualTo(ExitCodes.OK);
    assertThat(write.err()).contains("with 2 findings");
    assertThat(Files.readString(baseline))
        .contains("\"code\": \"RM201\"")
        .contains("\"subject\": \"xfer-jsa\"")
        .contains("\"text\": \"jsa-gaurds\"")
        .doesNotContain("\"line\"");

    // Lines move: the baseline still holds both findings.
    Files.writeString(roadmap, text.replace("milestones:\n", "milestones:\n  # moved down\n"));
    Run same = Run.of("validate", "--baseline", baseline.toString(), roadmap.toString());
    assertThat(same.code()).isEqualTo(ExitCodes.OK);
    assertThat(same.out()).isEqualTo("checked 1 file: no problems found\n");

    // A new finding fails; a fixed one is reported as stale.
    Files.writeString(
        roadmap,
        text.replace("jsa-gaurds", "jsa-guards")
            .replace("date: 2005-09-01", "date: 2005-09-01\n    requires: [nowhere]"));
    Run changed = Run.of("validate", "--baseline", baseline.toString(), roadmap.toString());
    assertThat(changed.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(changed.out()).contains("'nowhere'").doesNotContain("jsa-gaurds");
    // The transfer that now requires 'nowhere' no longer gets its RM403: a prerequisite that is
    // not defined may be the readiness it lacks, and RM201 is the one finding.
    assertThat(changed.err())
        .contains("2 stale entries")
        .contains("RM201 in " + roadmap + " at 'xfer-jsa'")
        .contains("RM403 in " + roadmap + " at 'xfer-counterfire'");
  }

  @Test
  void aBrokenBaselineIsAUsageError(@TempDir Path dir) throws IOException {
    Path baseline = dir.resolve("b.json");
    Files.writeString(baseline, "[1, 2]");
    Run r = Run.of("validate", "--baseline", baseline.toString(), MIXED);
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("is not a roadmap baseline");
  }

  @Test
  void pathsAreNormalisedSoThatBaselinesAndReportsAgree(@TempDir Path dir) throws IOException {
    Run plain = Run.of("validate", "--format", "json", MIXED);
    Run dotted = Run.of("validate", "--format", "json", "./" + MIXED);
    assertThat(dotted.out()).isEqualTo(plain.out());
    Path baseline = dir.resolve("b.json");
    Run.of("validate", "--write-baseline", baseline.toString(), "./src/test/resources/fixtures/");
    Run r = Run.of("validate", "--baseline", baseline.toString(), MIXED);
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void reportsWrittenToFilesAreReadableByOthersAndStdoutGetsTheSummary(@TempDir Path dir)
      throws IOException {
    Path sarif = dir.resolve("r.sarif");
    Run r = Run.of("validate", "--format", "sarif=" + sarif, MIXED);
    assertThat(r.out()).isEqualTo("checked 1 file: 1 error, 1 warning\n");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(sarif)))
        .isEqualTo("rw-r--r--");
  }
}
