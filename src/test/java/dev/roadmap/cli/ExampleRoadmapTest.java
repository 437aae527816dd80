package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The example a newcomer reads first: valid, dated, and showing what the format can do. */
class ExampleRoadmapTest {
  static final String EXAMPLE = "roadmaps/examples/datacenter-migration.yaml";

  @Test
  void everyRoadmapOfTheRepositoryValidatesWithoutAWarning() {
    Run r = Run.of("validate", "--fail-on", "warning", "roadmaps/");
    assertThat(r.out()).isEqualTo("checked 6 files (3 included by another): no problems found\n");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
  }

  /** Its own as-of dates it: whatever today is, its 2025 plan is not overdue. */
  @Test
  void theStatusIsAsOfTheFilesDateWithItsGroupsCountedApart() {
    Run r = Run.of("status", EXAMPLE);
    assertThat(r.out())
        .startsWith(
            """
            Data-centre operations hand-over (fictional example), as of 2025-04-22
            Service operations: 1 of 2 transferred
            Infrastructure: 1 of 2 transferred
            """)
        .contains("\nOverdue: none\n");
  }

  @Test
  void itShowsEveryKindAndStatusAndAMonthDate() {
    String timeline = Run.of("timeline", EXAMPLE).out();
    for (String word :
        new String[] {
          " decision ", " condition ", " capability ", " evaluation ", " exercise ", " transfer ",
          " milestone ", " done ", " in-progress ", " at-risk ", " planned ", " superseded ",
          " cancelled ", "[not before ", "[deadline ", "-- as of 2025-04-22 --"
        }) {
      assertThat(timeline).contains(word);
    }
    assertThat(timeline).contains("* 2025-09                 decision    planned");
  }
}
