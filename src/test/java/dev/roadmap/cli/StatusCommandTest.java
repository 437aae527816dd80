package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code roadmap status} on the sample roadmap gives the true count of the ten missions transferred
 * on each date (shared/domain.md, section 1); the eleventh mission, wartime OPCON, is still with
 * the CFC.
 */
class StatusCommandTest {
  @ParameterizedTest(name = "{0}: {1} of the ten")
  @CsvSource({
    "2004-07-31, 0",
    "2004-08-01, 1",
    "2004-11-01, 2",
    "2005-08-01, 4",
    "2005-09-01, 5",
    "2005-10-01, 6",
    "2006-01-15, 7",
    "2006-08-01, 8",
    "2006-12-31, 9",
    "2008-09-29, 9",
    "2008-10-01, 10",
    "2026-11-27, 10"
  })
  void countsTheTenMissionsTransferredByADate(String date, int transferred) {
    Run r = Run.of("status", CliTest.SAMPLE, "--as-of", date, "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("\"transferred\": " + transferred + ",")
        .contains("\"missionCount\": 11,");
    Run text = Run.of("status", CliTest.SAMPLE, "--as-of", date);
    assertThat(text.out())
        .contains(transferred + " of 11 missions transferred")
        .containsPattern("wartime-opcon +cfc +opcon-transition-fcfc +~2028-08-25 +planned");
  }
}
