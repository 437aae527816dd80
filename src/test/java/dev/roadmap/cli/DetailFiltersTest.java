package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code timeline --owner} and {@code --label}: repeatable or comma-separated, an owner by its
 * authority id or its text, a label by any of those given, and the two together; the finish of what
 * is shown told from the roadmap's; a value that no milestone has named on standard error.
 */
class DetailFiltersTest {
  static final String FILE = "src/test/resources/details/owners.yaml";

  private static final String HEAD = "Owners and labels\n";
  private static final String LEGEND =
      "~ computed by the scheduler, not an agreed date   * critical path   slack: days it can slip"
          + " without moving the finish or passing a deadline\n\n";

  private static String out(String... args) {
    Run r = Run.of(args);
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    return r.out();
  }

  @Test
  void anOwnerByAuthorityId() {
    assertThat(out("timeline", FILE, "--owner", "usfk"))
        .isEqualTo(
            HEAD
                + "start 2024-01-01, as of 2024-01-01: 1 of 4 milestones shown, in 1 phase;"
                + " finish of the one shown 2024-01-31; roadmap finish ~2024-04-30\n"
                + LEGEND
                + "Phase 1  Preparation (p)\n  -- as of 2024-01-01 --\n"
                + "* 2024-01-31  milestone  planned  -  0d  a  Plan agreed\n");
  }

  @Test
  void aLabelShowsEveryMilestoneThatHasIt() {
    assertThat(out("timeline", FILE, "--label", "jsa"))
        .isEqualTo(
            HEAD
                + "start 2024-01-01, as of 2024-01-01: 2 of 4 milestones shown, in 2 phases;"
                + " finish of the 2 shown ~2024-04-30; roadmap finish ~2024-04-30\n"
                + LEGEND
                + "Phase 1  Preparation (p)\n  -- as of 2024-01-01 --\n"
                + "*~2024-04-30  milestone  planned  -  0d  b  Guards trained\n"
                + "\n"
                + "Phase 2  Transfer (q)\n"
                + "*~2024-04-30  milestone  planned  -  0d  d  Handover\n");
  }

  @Test
  void ownersRepeatedOrCommaSeparatedAndFreeTextOwners() {
    String expected =
        HEAD
            + "start 2024-01-01, as of 2024-01-01: 2 of 4 milestones shown, in 1 phase;"
            + " finish of the 2 shown 2024-02-15; roadmap finish ~2024-04-30\n"
            + LEGEND
            + "Phase 1  Preparation (p)\n  -- as of 2024-01-01 --\n"
            + "* 2024-01-31  milestone  planned  -  0d  a  Plan agreed\n"
            + "* 2024-02-15  milestone  planned  -  0d  c  Notes written\n";
    assertThat(out("timeline", FILE, "--owner", "J5 plans", "--owner", "usfk")).isEqualTo(expected);
    assertThat(out("timeline", FILE, "--owner", "usfk,J5 plans")).isEqualTo(expected);
  }

  @Test
  void anOwnerAndALabelTogetherShowWhatHasBoth() {
    assertThat(out("timeline", FILE, "--owner", "usfk,rok-army", "--label", "jsa"))
        .isEqualTo(
            HEAD
                + "start 2024-01-01, as of 2024-01-01: 1 of 4 milestones shown, in 1 phase;"
                + " finish of the one shown ~2024-04-30; roadmap finish ~2024-04-30\n"
                + LEGEND
                + "Phase 1  Preparation (p)\n  -- as of 2024-01-01 --\n"
                + "*~2024-04-30  milestone  planned  -  0d  b  Guards trained\n");
  }

  @Test
  void anOwnerNoMilestoneHas_isNamedWithADidYouMeanAndTheOwnersThereAre_andTheViewSaysSo() {
    Run r = Run.of("timeline", FILE, "--owner", "usfkk");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: no milestone has owner 'usfkk' (did you mean 'usfk'? owners in this"
                + " roadmap: 'J5 plans', 'rok-army', 'usfk')\n");
    assertThat(r.out())
        .isEqualTo(
            HEAD
                + "start 2024-01-01, as of 2024-01-01: none of 4 milestones shown;"
                + " roadmap finish ~2024-04-30\n"
                + LEGEND
                + "No milestone passes the filters given.\n");
  }

  @Test
  void aLabelNoMilestoneHas_withNothingClose_listsTheLabels() {
    Run r = Run.of("timeline", FILE, "--label", "logistics", "--gantt", "--width", "60");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: no milestone has label 'logistics' (labels in this roadmap: 'jsa', 'spi')\n");
    assertThat(r.out()).endsWith("\nNo milestone passes the filters given.\n");
  }

  @Test
  void eachValueThatMatchesNothingIsNamed_evenWhenAnotherMatches() {
    Run r = Run.of("timeline", FILE, "--owner", "usfk,rok-armi", "--label", "spi,SPI");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: no milestone has owner 'rok-armi' (did you mean 'rok-army'? owners in"
                + " this roadmap: 'J5 plans', 'rok-army', 'usfk')\n"
                + "roadmap: no milestone has label 'SPI' (labels in this roadmap: 'jsa', 'spi')\n");
    assertThat(r.out()).contains("* 2024-01-31  milestone  planned  -  0d  a  Plan agreed\n");
  }

  @Test
  void aRoadmapWithoutOwnersSaysSo() {
    Run r = Run.of("timeline", CliTest.SAMPLE, "--owner", "usfk");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: no milestone has owner 'usfk' (no milestone in this roadmap has an"
                + " owner)\n");
    assertThat(r.out())
        .startsWith(
            "ROK-US command transition: the ten missions and wartime OPCON\n"
                + "start 2002-12-05, as of 2026-11-27: none of 44 milestones shown;"
                + " roadmap finish ~2028-08-25\n");
  }

  @Test
  void aMissionsTimelineTellsItsFinishFromTheRoadmaps() {
    assertThat(out("timeline", CliTest.SAMPLE, "--mission", "jsa-security"))
        .startsWith(
            "ROK-US command transition: the ten missions and wartime OPCON\n"
                + "start 2002-12-05, as of 2026-11-27: 2 of 44 milestones shown, in 1 phase;"
                + " finish of the 2 shown 2004-11-01; roadmap finish ~2028-08-25\n");
  }

  @Test
  void theWholeTimelineKeepsItsOneFinish() {
    assertThat(out("timeline", FILE))
        .startsWith(
            HEAD
                + "start 2024-01-01, as of 2024-01-01: 4 milestones in 2 phases;"
                + " finish ~2024-04-30\n");
  }
}
