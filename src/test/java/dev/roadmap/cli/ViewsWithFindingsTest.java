package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
  void aRoadmapThatCannotBeScheduledIsStillRefused() {
    Run r = Run.of("timeline", CliTest.SEVERAL);
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("has errors; fix them first");
  }
}
