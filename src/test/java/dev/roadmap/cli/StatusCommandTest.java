package dev.roadmap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code roadmap status} on the sample roadmap gives the true count of the ten missions transferred
 * on each date (shared/domain.md, section 1), and wartime OPCON on its own line: a different
 * programme, never an eleventh mission.
 */
class StatusCommandTest {
  @ParameterizedTest(name = "{0}: {1} of the ten")
  @CsvSource({
    "2004-01-01, 0",
    "2004-09-15, 1",
    "2006-03-22, 7",
    "2008-10-01, 10",
  })
  void theFourDatesOfTheIssue(String date, int transferred) {
    Run text = Run.of("status", CliTest.SAMPLE, "--as-of", date);
    assertThat(text.code()).isEqualTo(ExitCodes.OK);
    assertThat(text.err()).isEmpty();
    assertThat(text.out())
        .contains(
            "\nTen military missions (USFK to ROK forces): " + transferred + " of 10 transferred")
        .contains("\nWartime OPCON (CFC to Future-CFC): 0 of 1 transferred\n")
        .doesNotContain("of 11");
  }

  @ParameterizedTest(name = "{0}: {1} of the ten")
  @CsvSource({
    "2004-07-31, 0",
    "2004-08-01, 1",
    "2004-11-01, 2",
    "2005-08-01, 4",
    "2005-09-01, 4",
    "2005-10-01, 6",
    "2006-01-15, 7",
    "2006-08-01, 8",
    "2006-12-31, 9",
    "2008-09-29, 9",
    "2008-10-01, 10",
    "2026-11-27, 10",
    "2030-01-01, 10"
  })
  void countsTheTenMissionsTransferredByADate(String date, int transferred) throws Exception {
    Run r = Run.of("status", CliTest.SAMPLE, "--as-of", date, "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("asOf").asText()).isEqualTo(date);
    JsonNode ten = json.get("groups").get(0);
    assertThat(ten.get("id").asText()).isEqualTo("ten-missions");
    assertThat(ten.get("transferred").asInt()).isEqualTo(transferred);
    assertThat(ten.get("missionCount").asInt()).isEqualTo(10);
    assertThat(ten.get("completed").isNull()).isEqualTo(transferred < 10);
    JsonNode opcon = json.get("groups").get(1);
    assertThat(opcon.get("id").asText()).isEqualTo("wartime-opcon");
    assertThat(opcon.get("transferred").asInt()).isZero();
    assertThat(opcon.get("missionCount").asInt()).isEqualTo(1);
  }

  @Test
  void asOf2004NoLaterTransferIsDoneAndNextIsWhatFollows() {
    Run r = Run.of("status", CliTest.SAMPLE, "--as-of", "2004-01-01");
    String table = r.out().substring(0, r.out().indexOf("Overdue:"));
    assertThat(table).doesNotContain(" done").contains("rear-area-decon ").contains("planned");
    String next = r.out().substring(r.out().indexOf("Next:"));
    assertThat(next).containsPattern("\n  2004-08 +xfer-rear-area-decon ").doesNotContain("2026");
  }

  /** A multi-day item shows all its days, and the list is in the order of their first days. */
  @Test
  void nextShowsTheDaysOfAMultiDayItemInOrderOfTheirFirstDay() {
    Run r = Run.of("status", CliTest.SAMPLE, "--as-of", "2004-12-01");
    assertThat(r.out().substring(r.out().indexOf("Next:")))
        .isEqualTo(
            """
            Next:
              2005-01..2005-08-30  counterfire-c4i-cpx       Third ROK Army counter-fire HQ C4I \
            command-post exercises
              2005-08              koonni-range-handover     Koon-ni range jurisdiction to ROK; \
            range closed to the USAF
              2005-08              xfer-air-ground-range     Air-to-ground firing range management\
             to ROK
              2005-08              xfer-rapid-mine           Rapid mine emplacement to ROK
              2005-08-31           counterfire-evaluation    Combined evaluation approves the \
            counter-fire hand-over
            ~ computed date
            """);
  }

  /** Slack is for what is still to come: a milestone done long ago is said to be done. */
  @Test
  void explainSaysDoneRatherThanSlackForAMilestoneDone() {
    Run done = Run.of("explain", CliTest.SAMPLE, "fota-launch");
    assertThat(done.out())
        .contains("   2002-12-05  fota-launch  (zero length, pinned)\n")
        .endsWith("\ndone: finished 2002-12-05\n")
        .doesNotContain("slack");
    Run before = Run.of("explain", CliTest.SAMPLE, "fota-launch", "--as-of", "2002-12-01");
    assertThat(before.out()).contains("(zero length, pinned)\n").endsWith("\nslack 0 days\n");
  }

  /** A done milestone whose date the scheduler computed has no recorded day: explain says so. */
  @Test
  void explainDoesNotGiveAComputedDateOfAMilestoneDoneAsTheDayItHappened(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("r.yaml");
    Files.writeString(
        file,
        """
        roadmap: 1
        title: T
        start: 2004-01-01
        as-of: 2004-06-01
        phases:
          - {id: p, name: P}
        milestones:
          - {id: a, title: Signed, phase: p, date: 2004-01-09, status: done}
          - {id: b, title: Ready, phase: p, requires: [a], duration: 10d, status: done}
        """);
    assertThat(Run.of("explain", file.toString(), "b").out())
        .endsWith(
            "\ndone, but its finish ~2004-01-18 is the scheduler's, not a recorded date: pin the"
                + " day it happened\n")
        .doesNotContain("finished");
    assertThat(Run.of("explain", file.toString(), "a").out())
        .endsWith("\ndone: finished 2004-01-09\n");
  }

  @Test
  void aCompleteGroupSaysWhenItCompleted() {
    Run r = Run.of("status", CliTest.SAMPLE, "--as-of", "2026-11-27");
    assertThat(r.out())
        .contains(
            "Ten military missions (USFK to ROK forces): 10 of 10 transferred, complete since"
                + " 2008-09-30\n");
  }

  @Test
  void aRoadmapWithoutGroupsKeepsOneLine() {
    Run r = Run.of("status", CliTest.CLEAN);
    assertThat(r.out()).containsPattern("\n\\d+ of \\d+ missions? transferred\n");
  }

  /** A planned transfer whose date passed is due or overdue, never transferred. */
  static final String PLANNED =
      String.join(
          "\n",
          "roadmap: 1",
          "title: T",
          "start: 2024-01-01",
          "as-of: 2026-01-01",
          "authorities: [{id: a}, {id: b}]",
          "missions: [{id: m, from: a, to: b}, {id: n, from: a, to: b}]",
          "phases: [{id: p}]",
          "milestones:",
          "  - {id: cap, title: C, phase: p, kind: capability, date: 2024-06-01, status: done}",
          "  - {id: xm, title: M, phase: p, kind: transfer, mission: m, date: 2025-01-01,",
          "     requires: [cap]}",
          "  - {id: xn, title: N, phase: p, kind: transfer, mission: n, date: 2026-06-01,",
          "     requires: [cap]}",
          "");

  @Test
  void aPlannedTransferAfterItsDateIsNeverTransferred() {
    Run r = Run.with(Map.of(), PLANNED, false, "status", "-", "--as-of", "2027-01-01");
    assertThat(r.out())
        .contains("0 of 2 missions transferred")
        .containsPattern("m +a +xm +2025-01-01 +overdue")
        .containsPattern("n +a +xn +2026-06-01 +due")
        .contains("Due since the file's as-of 2026-01-01");
    assertThat(r.err()).contains("RM501").contains("'xm'").doesNotContain("'xn'");
  }

  /** Without --as-of and without the file's as-of, today comes from the injected clock. */
  @Test
  void withoutAnAsOfTodayComesFromTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2031-05-04T08:00:00Z"), ZoneOffset.UTC);
    byte[] noAsOf = PLANNED.replace("as-of: 2026-01-01\n", "").getBytes(UTF_8);
    Env env = new Env(Map.of(), new ByteArrayInputStream(noAsOf), false, clock);
    Run r = Run.with(env, "status", "-");
    assertThat(r.out()).contains(", as of 2031-05-04\n");
    // Without a file's as-of, the date is also the one the statuses are recorded at: xn is late.
    assertThat(r.out()).containsPattern("n +a +xn +2026-06-01 +overdue");
    env = new Env(Map.of(), new ByteArrayInputStream(new byte[0]), false, clock);
    Run explain = Run.with(env, "explain", CliTest.SAMPLE, "opcon-transition-fcfc");
    Run validate = Run.with(env, "validate", "--format", "json", CliTest.SAMPLE);
    assertThat(explain.out()).contains("as of 2026-11-27");
    assertThat(validate.code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void theJsonGivesEachDatesPrecisionAsTheExportDoes(@TempDir Path dir) throws Exception {
    Run r =
        Run.of(
            "status",
            "src/test/resources/precision/coarse-dates.yaml",
            "--as-of",
            "2004-06-01",
            "--format",
            "json");
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode decon = json.get("missions").get(0);
    assertThat(decon.get("transferDate").asText()).isEqualTo("2004-08-01");
    assertThat(decon.get("transferDatePrecision").asText()).isEqualTo("month");
    assertThat(json.get("missions").get(1).get("transferDatePrecision").asText()).isEqualTo("day");
    Map<String, String> precisions = new java.util.TreeMap<>();
    for (JsonNode e : json.get("next")) {
      precisions.put(e.get("id").asText(), e.get("precision").asText());
      assertThat(e.has("finishPrecision")).isFalse();
    }
    assertThat(precisions)
        .containsEntry("xfer-rear-area-decon", "month")
        .containsEntry("counterfire-cpx", "month")
        .containsEntry("counterfire-eval", "day");
    // As the export: a finish written at another precision than the start adds finishPrecision.
    Path file = dir.resolve("mixed.yaml");
    Files.writeString(
        file,
        """
        roadmap: 1
        title: Mixed precision
        start: 2005-01-01
        as-of: 2005-01-02
        phases:
          - {id: p}
        milestones:
          - {id: cpx, title: CPX, phase: p, start: 2005-01-10, end: 2005-08}
        """);
    JsonNode mixed =
        new ObjectMapper().readTree(Run.of("status", file.toString(), "--format", "json").out());
    JsonNode cpx = mixed.get("next").get(0);
    assertThat(cpx.get("finish").asText()).isEqualTo("2005-08-31");
    assertThat(cpx.get("precision").asText()).isEqualTo("day");
    assertThat(cpx.get("finishPrecision").asText()).isEqualTo("month");
    JsonNode export =
        new ObjectMapper()
            .readTree(Run.of("export", file.toString(), "--format", "json").out())
            .get("milestones")
            .get(0);
    assertThat(cpx.get("precision")).isEqualTo(export.get("precision"));
    assertThat(cpx.get("finishPrecision")).isEqualTo(export.get("finishPrecision"));
  }

  private static final String COMPUTED_IN_THE_PAST =
      """
      roadmap: 1
      title: T
      start: 2004-01-01
      as-of: 2004-06-01
      phases: [{id: p}]
      milestones:
        - {id: a, title: Signed, phase: p, date: 2004-01-10, status: done}
        - {id: b, title: Ready, phase: p, duration: 10d, requires: [a]}
        - {id: c, title: Tested, phase: p, duration: 30d, not-before: 2004-07-01, requires: [b]}
      """;

  /**
   * A computed date that has passed is no projection: before the file's as-of, the file says the
   * milestone was not done by then (behind); after it, the file cannot say (due).
   */
  @Test
  void aComputedDateInThePast_isBehindOrDue_notProjected(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, COMPUTED_IN_THE_PAST);
    assertThat(Run.of("status", file.toString()).out())
        .isEqualTo(
            """
            T, as of 2004-06-01

            Overdue: none
            Next:
              ~2004-01-10..2004-01-19  b  behind  Ready
              ~2004-07-01..2004-07-30  c          Tested  [not before 2004-07-01]
            ~ computed date
            """);
    assertThat(Run.of("status", file.toString(), "--as-of", "2004-09-01").out())
        .isEqualTo(
            """
            T, as of 2004-09-01

            Overdue: none
            Due since the file's as-of 2004-06-01 (not recorded; the file cannot say whether they\
             happened):
              ~2004-07-30  c  Tested  [not before 2004-07-01]
            Next:
              ~2004-01-10..2004-01-19  b  behind  Ready
            ~ computed date
            """);
    assertThat(Run.of("explain", file.toString(), "b").out().lines().findFirst())
        .hasValue(
            "'b' is dated 2004-01-10..2004-01-19 (computed); as of 2004-06-01: behind (its"
                + " computed finish 2004-01-19 has passed, and the file does not record it done)");
    assertThat(Run.of("explain", file.toString(), "c", "--as-of", "2004-09-01").out().lines())
        .first()
        .isEqualTo(
            "'c' is dated 2004-07-01..2004-07-30 (computed); as of 2004-09-01: due (its date came"
                + " after the file's as-of 2004-06-01: the file cannot say whether it happened)");
    assertThat(Run.of("timeline", file.toString()).out())
        .contains(" behind ")
        .doesNotContain("projected");
  }
}
