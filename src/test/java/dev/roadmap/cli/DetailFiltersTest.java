package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code timeline --owner} and {@code --label}: repeatable or comma-separated, an owner by its
 * authority id or its text, a label by any of those given, and the two together.
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
                + "start 2024-01-01, as of 2024-01-01: 1 milestone in 1 phase; finish 2024-01-31\n"
                + LEGEND
                + "Phase 1  Preparation (p)\n  -- as of 2024-01-01 --\n"
                + "* 2024-01-31  milestone  planned  -  0d  a  Plan agreed\n");
  }

  @Test
  void aLabelShowsEveryMilestoneThatHasIt() {
    assertThat(out("timeline", FILE, "--label", "jsa"))
        .isEqualTo(
            HEAD
                + "start 2024-01-01, as of 2024-01-01: 2 milestones in 2 phases;"
                + " finish ~2024-04-30\n"
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
            + "start 2024-01-01, as of 2024-01-01: 2 milestones in 1 phase; finish 2024-02-15\n"
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
                + "start 2024-01-01, as of 2024-01-01: 1 milestone in 1 phase;"
                + " finish ~2024-04-30\n"
                + LEGEND
                + "Phase 1  Preparation (p)\n  -- as of 2024-01-01 --\n"
                + "*~2024-04-30  milestone  planned  -  0d  b  Guards trained\n");
  }
}
