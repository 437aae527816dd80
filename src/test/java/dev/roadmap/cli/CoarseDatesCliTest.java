package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * A roadmap with a date written as a month, as a planner runs it: it validates, prints the month as
 * written, marks the computed finish in the timeline header, and says the precision in JSON.
 */
class CoarseDatesCliTest {
  static final String COARSE = GoldenTest.COARSE;

  @Test
  void aMonthDateValidatesAndPrintsAsTheMonth() {
    Run v = Run.of("validate", COARSE);
    assertThat(v.code()).as(v.out() + v.err()).isEqualTo(ExitCodes.OK);
    assertThat(v.out()).isEqualTo("checked 1 file: no problems found\n");

    Run t = Run.of("timeline", COARSE);
    assertThat(t.code()).as(t.err()).isEqualTo(ExitCodes.OK);
    assertThat(t.out())
        .containsPattern("\n  2004-08 +transfer +done +rear-area-decon +xfer-rear-area-decon ")
        .doesNotContain("2004-08-01");
  }

  @Test
  void theTimelineHeaderMarksAComputedFinishAndSaysWhatTheMarkMeans() {
    String out = Run.of("timeline", COARSE).out();
    String[] lines = out.split("\n");
    assertThat(lines[1]).endsWith("; finish ~2005-10-06");
    assertThat(lines[2]).startsWith("~ computed by the scheduler, not an agreed date");
  }

  @Test
  void aMissedDeadlineIsShownWithItsDays() {
    assertThat(Run.of("timeline", COARSE).out())
        .contains("counterfire-eval  ")
        .contains("[deadline 2005-09-01, missed by 34 days]")
        .contains("[deadline 2005-10]");
  }

  @Test
  void theJsonExportSaysThePrecisionAndTheBasisOfEachDate() throws Exception {
    Run r = Run.of("export", COARSE, "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("startPrecision").asText()).isEqualTo("year");
    assertThat(json.path("finishBasis").asText()).isEqualTo("computed");
    JsonNode decon = milestone(json, "xfer-rear-area-decon");
    assertThat(decon.path("start").asText()).isEqualTo("2004-08-01");
    assertThat(decon.path("precision").asText()).isEqualTo("month");
    assertThat(decon.path("basis").asText()).isEqualTo("agreed");
    assertThat(milestone(json, "moa").path("precision").asText()).isEqualTo("day");
    JsonNode eval = milestone(json, "counterfire-eval");
    assertThat(eval.path("basis").asText()).isEqualTo("computed");
    assertThat(eval.path("deadline").path("missedByDays").asInt()).isEqualTo(34);
    assertThat(eval.path("slackDays").asInt()).as("bounded by the deadline").isEqualTo(-34);
    JsonNode cpx = milestone(json, "counterfire-cpx");
    assertThat(cpx.path("notBefore").path("date").asText()).isEqualTo("2005-01");
    assertThat(cpx.path("notBefore").path("precision").asText()).isEqualTo("month");
    JsonNode xfer = milestone(json, "xfer-counterfire-hq");
    assertThat(xfer.path("deadline").path("date").asText()).isEqualTo("2005-10");
    assertThat(xfer.path("deadline").path("day").asText()).isEqualTo("2005-10-31");
    assertThat(xfer.path("deadline").path("missedByDays").asInt()).isZero();
  }

  private static JsonNode milestone(JsonNode json, String id) {
    for (JsonNode m : json.path("milestones")) {
      if (m.path("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no milestone " + id);
  }
}
