package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every view renders a roadmap whose only error is a missed deadline (RM303): missed-deadline.yaml,
 * where 'cf-manual' is computed to finish 2005-09-11, 11 days after its deadline 2005-08-31. The
 * view shows the deadline and by how much it is missed, ends with the finding on standard error,
 * and exits 1, as {@code validate} does for a roadmap with an error.
 */
class ViewsWithFindingsTest {
  static final String MISSED = "src/test/resources/views/missed-deadline.yaml";

  static final String FINDING =
      MISSED
          + ":28:15: error: 'cf-manual' is computed to finish 2005-09-11, 11 days after its"
          + " deadline 2005-08-31; the chain cf-staff -> cf-manual dates it [RM303]\n";

  static Stream<Arguments> views() {
    return Stream.of(
        Arguments.of((Object) new String[] {"timeline", MISSED}),
        Arguments.of((Object) new String[] {"timeline", "--gantt", MISSED}),
        Arguments.of((Object) new String[] {"status", MISSED}),
        Arguments.of((Object) new String[] {"explain", MISSED, "cf-manual"}),
        Arguments.of((Object) new String[] {"export", MISSED, "--format", "markdown"}),
        Arguments.of((Object) new String[] {"export", MISSED, "--format", "json"}),
        Arguments.of((Object) new String[] {"export", MISSED, "--format", "html"}),
        Arguments.of((Object) new String[] {"export", MISSED, "--format", "csv"}),
        Arguments.of((Object) new String[] {"export", MISSED, "--format", "mermaid"}),
        Arguments.of((Object) new String[] {"export", MISSED, "--format", "ical"}),
        Arguments.of((Object) new String[] {"export", MISSED, "--format", "dot"}),
        Arguments.of((Object) new String[] {"what-if", MISSED, "--slip", "cf-staff=+1w"}),
        Arguments.of(
            (Object)
                new String[] {"what-if", MISSED, "--slip", "cf-staff=+1w", "--format", "json"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("views")
  void rendersShowsTheMissedDeadlineAndEndsWithTheFinding(String[] args) {
    Run r = Run.of(args);
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
    String deadline = args[args.length - 1].equals("csv") ? "2005-08-31,11" : "2005-08-31";
    assertThat(r.out()).contains(deadline);
    if (!args[args.length - 1].equals("csv")
        && !args[args.length - 1].equals("json")
        && !args[0].equals("what-if")) {
      assertThat(r.out()).contains("missed by 11 days");
    }
    assertThat(r.out()).doesNotContain("has errors; fix them first");
    assertThat(r.err())
        .startsWith("roadmap: 1 error")
        .contains("'roadmap validate " + MISSED + "' shows them in full:\n")
        .endsWith("  " + FINDING);
  }

  @Test
  void theTextViewsMarkTheMilestoneWithTheFinding() {
    assertThat(Run.of("timeline", MISSED).out())
        .contains(
            "cf-manual         Combined counter-fire procedures written"
                + "  [deadline 2005-08-31, missed by 11 days]  ! RM303\n");
    assertThat(Run.of("status", MISSED).out())
        .contains(
            "cf-manual           Combined counter-fire procedures written"
                + "  [deadline 2005-08-31, missed by 11 days]  ! RM303\n");
    assertThat(Run.of("explain", MISSED, "cf-manual").out())
        .contains("cf-manual  (105 days)  ! RM303\n")
        .contains("deadline 2005-08-31, missed by 11 days");
    assertThat(Run.of("timeline", MISSED).err()).contains(" (milestones marked ! above); ");
    Run gantt = Run.of("timeline", "--gantt", MISSED);
    assertThat(gantt.out())
        .containsPattern(
            "\n\\*~cf-manual +[^\n]*\n +\\[deadline 2005-08-31, missed by 11 days\\]  ! RM303\n");
    assertThat(gantt.err()).contains(" (milestones marked ! above); ");
    assertThat(Run.of("what-if", MISSED, "--slip", "cf-staff=+1w").out())
        .contains(
            "  cf-manual  ~2005-05-30..2005-09-11  ~2005-06-06..2005-09-18  +7d    +7d"
                + "     deadline 2005-08-31, missed by 18 days\n");
    assertThat(Run.of("export", MISSED, "--format", "markdown").out())
        .contains("(`cf-manual`)** **! RM303** | milestone |")
        .contains("\n## Findings\n");
    assertThat(Run.of("export", MISSED, "--format", "mermaid").out())
        .contains("missed by 11 days) ! RM303 :crit, cf-manual, 2005-05-30, 105d\n");
    assertThat(Run.of("export", MISSED, "--format", "html").out())
        .contains("<span class=\"flag finding\">! RM303</span>")
        .contains("<ul id=\"findings\">");
    assertThat(Run.of("export", MISSED, "--format", "html").err())
        .contains(" (milestones marked ! above); ");
    assertThat(Run.of("export", MISSED, "--format", "csv").err())
        .startsWith("roadmap: 1 error; 'roadmap validate ");
  }

  @Test
  void jsonStaysValidWithTheFindingsInside() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String[] args :
        new String[][] {
          {"export", MISSED, "--format", "json"},
          {"status", MISSED, "--format", "json"},
        }) {
      Run r = Run.of(args);
      assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
      JsonNode root = json.readTree(r.out());
      assertThat(root.path("asOf").asText()).isEqualTo("2005-06-01");
      JsonNode findings = root.path("findings");
      assertThat(findings.size()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(findings.get(0).path("code").asText()).isEqualTo("RM303");
      assertThat(findings.get(0).path("line").asInt()).isEqualTo(28);
    }
    JsonNode export = json.readTree(Run.of("export", MISSED, "--format", "json").out());
    JsonNode manual = export.path("milestones").get(1);
    assertThat(manual.path("id").asText()).isEqualTo("cf-manual");
    assertThat(manual.path("deadline").path("missedByDays").asInt()).isEqualTo(11);
  }

  @Test
  void aBaselinedFindingNeitherStopsNorMarksAView(@TempDir Path dir) throws IOException {
    Path baseline = dir.resolve("baseline.json");
    assertThat(Run.of("validate", "--write-baseline", baseline.toString(), MISSED).code())
        .isEqualTo(ExitCodes.OK);
    assertThat(Run.of("validate", "--baseline", baseline.toString(), MISSED).code())
        .isEqualTo(ExitCodes.OK);
    Run timeline = Run.of("timeline", MISSED, "--baseline", baseline.toString());
    assertThat(timeline.code()).isEqualTo(ExitCodes.OK);
    assertThat(timeline.err()).isEmpty();
    // The deadline is still shown, and missed: only the finding is baselined.
    assertThat(timeline.out())
        .contains("[deadline 2005-08-31, missed by 11 days]\n")
        .doesNotContain("! RM303");
    Run markdown =
        Run.of("export", MISSED, "--format", "markdown", "--baseline", baseline.toString());
    assertThat(markdown.code()).isEqualTo(ExitCodes.OK);
    assertThat(markdown.out()).doesNotContain("! RM303").doesNotContain("## Findings");
    Run json = Run.of("status", MISSED, "--format", "json", "--baseline", baseline.toString());
    assertThat(json.code()).isEqualTo(ExitCodes.OK);
    assertThat(new ObjectMapper().readTree(json.out()).path("findings").size()).isZero();
    // A baseline that does not hold the finding changes nothing.
    Path other = dir.resolve("other.json");
    assertThat(Run.of("validate", "--write-baseline", other.toString(), CliTest.CLEAN).code())
        .isEqualTo(ExitCodes.OK);
    Run unbaselined = Run.of("timeline", MISSED, "--baseline", other.toString());
    assertThat(unbaselined.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(unbaselined.out()).contains("! RM303");
    // export --check: a current export of a roadmap with errors fails, unless they are baselined.
    Path md = dir.resolve("TIMELINE.md");
    Run.of("export", MISSED, "--format", "markdown", "-o", md.toString());
    Run check = Run.of("export", MISSED, "--format", "markdown", "-o", md.toString(), "--check");
    assertThat(check.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(check.out()).isEqualTo(md + " is up to date\n");
    assertThat(check.err()).endsWith("  " + FINDING);
    Run.of(
        "export",
        MISSED,
        "--format",
        "markdown",
        "-o",
        md.toString(),
        "--baseline",
        baseline.toString());
    Run checkBaselined =
        Run.of(
            "export",
            MISSED,
            "--format",
            "markdown",
            "-o",
            md.toString(),
            "--check",
            "--baseline",
            baseline.toString());
    assertThat(checkBaselined.code()).isEqualTo(ExitCodes.OK);
    assertThat(checkBaselined.err()).isEmpty();
    Run missing = Run.of("timeline", MISSED, "--baseline", dir.resolve("none.json").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.IO);
    assertThat(missing.out()).isEmpty();
  }

  @Test
  void anInlineSuppressionCountsInAViewAsInValidate(@TempDir Path dir) throws IOException {
    String text = TestFiles.read(TestFiles.root().resolve(MISSED));
    Path file = dir.resolve("suppressed.yaml");
    Files.writeString(
        file,
        text.replace(
            "    deadline: 2005-08-31\n",
            "    deadline: 2005-08-31  # roadmap: disable-line RM303 -- agreed to slip\n"));
    assertThat(Run.of("validate", file.toString()).code()).isEqualTo(ExitCodes.OK);
    Run r = Run.of("timeline", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("missed by 11 days]\n").doesNotContain("! RM303");
  }

  @Test
  void aRoadmapThatCannotBeScheduledIsStillRefused() {
    Run r = Run.of("timeline", CliTest.SEVERAL);
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("has errors; fix them first");
  }
}
