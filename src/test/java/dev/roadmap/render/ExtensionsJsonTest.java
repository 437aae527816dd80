package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import org.junit.jupiter.api.Test;

/**
 * {@code x-} keys, on any mapping, are kept and passed to the JSON export under the same key with
 * the same value; owner, labels, links and notes are exported as given.
 */
class ExtensionsJsonTest {
  private static final String FILE =
      """
      roadmap: 1
      title: T
      start: 2024-01-01
      x-programme: {code: "007", lead: [usfk, cfc], open: true}
      authorities:
        - {id: usfk, x-hq: Yongsan}
      missions:
        - {id: m, from: usfk, to: usfk, x-n: 1}
      mission-groups:
        - {id: g, x-n: 2}
      phases:
        - {id: p, x-colour: blue}
      milestones:
        - id: a
          title: A
          phase: p
          date: 2024-01-31
          x-budget: 12
        - id: b
          title: B
          phase: p
          owner: usfk
          labels: [spi, logistics]
          links:
            - {title: JCS list, url: "https://example.org/jcs"}
            - https://example.org/plain
          notes: Sources give the month only.
          requires:
            - {id: a, lag: 3mo, x-why: [treaty, {article: 4}]}
          x-budget: {amount: 1.50, currency: USD, lines: [1, -2, 3.0e2, null, "12", yes, no]}
          x-big: 123456789012345678901234567890
      """;

  private static String text() {
    LoadResult r = RoadmapLoader.load("t.yaml", FILE);
    assertThat(r.diagnostics()).isEmpty();
    Schedule s = Scheduler.schedule(r.roadmap()).orElseThrow();
    return ScheduleJsonRenderer.render(s);
  }

  private static JsonNode export() throws Exception {
    // Decimal numbers read exactly (Jackson then writes 1.50 as 1.5, 3.0e2 as 3E+2).
    return new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(text());
  }

  @Test
  void aMilestonesXKeySurvivesToTheJsonExport() throws Exception {
    JsonNode a = export().path("milestones").get(0);
    assertThat(a.path("id").asText()).isEqualTo("a");
    assertThat(a.path("x-budget").isIntegralNumber()).isTrue();
    assertThat(a.path("x-budget").asInt()).isEqualTo(12);
  }

  @Test
  void nestedValuesKeepTheirStructureAndTypes() throws Exception {
    JsonNode json = export();
    JsonNode b = json.path("milestones").get(1);
    assertThat(b.path("x-budget").toString())
        .isEqualTo(
            "{\"amount\":1.5,\"currency\":\"USD\","
                + "\"lines\":[1,-2,3E+2,null,\"12\",\"yes\",\"no\"]}");
    // The export writes a decimal with the digits it was written with.
    assertThat(text()).contains("\"amount\": 1.50,").contains("3.0E+2,");
    assertThat(b.path("x-big").toString()).isEqualTo("123456789012345678901234567890");
    assertThat(b.path("requires").get(0).path("x-why").toString())
        .isEqualTo("[\"treaty\",{\"article\":4}]");
    assertThat(json.path("x-programme").toString())
        .isEqualTo("{\"code\":\"007\",\"lead\":[\"usfk\",\"cfc\"],\"open\":true}");
  }

  @Test
  void ownerLabelsLinksAndNotesAreExported() throws Exception {
    JsonNode b = export().path("milestones").get(1);
    assertThat(b.path("owner").asText()).isEqualTo("usfk");
    assertThat(b.path("labels").toString()).isEqualTo("[\"spi\",\"logistics\"]");
    assertThat(b.path("links").toString())
        .isEqualTo(
            "[{\"title\":\"JCS list\",\"url\":\"https://example.org/jcs\"},"
                + "{\"url\":\"https://example.org/plain\"}]");
    assertThat(b.path("notes").asText()).isEqualTo("Sources give the month only.");
  }

  @Test
  void aLagInMonthsIsExportedWithTheDaysItSpansOnThisSchedule() throws Exception {
    JsonNode b = export().path("milestones").get(1);
    // 2024-01-31 plus 3 months is 2024-04-30: 90 days.
    assertThat(b.path("start").asText()).isEqualTo("2024-04-30");
    JsonNode link = b.path("requires").get(0);
    assertThat(link.path("lagMonths").asInt()).isEqualTo(3);
    assertThat(link.path("lagDays").asInt()).isEqualTo(90);
  }
}
