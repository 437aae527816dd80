package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A message that names a second place (RM200's "first defined at", its "required at", RM401's first
 * transfer) names it by line in the finding's own file, and by file and line in another file of the
 * roadmap, the file written as the findings write it.
 */
class IncludedPlacesTest {
  static final String DIR = "src/test/resources/includes/elsewhere/";
  static final String TOP = DIR + "roadmap.yaml";
  static final String A = DIR + "missions/a-jsa.yaml";
  static final String B = DIR + "missions/b-plans.yaml";

  private static List<String> heads(String out) {
    return out.lines().filter(l -> l.startsWith(DIR)).toList();
  }

  @Test
  void aPlaceInAnotherFileIsNamedByFileAndLineAndOneInTheSameFileByLine() {
    Run r = Run.of("validate", TOP);
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(heads(r.out()))
        .containsExactly(
            A
                + ":4:9: error: duplicate milestone id 'moa' (first defined at "
                + TOP
                + ":16) [RM200]",
            A
                + ":12:14: error: mission 'jsa-security' has two live transfers: 'xfer-jsa' ("
                + TOP
                + ":28) and 'xfer-jsa-again' [RM401]",
            B
                + ":2:10: error: duplicate authority id 'usfk' (first defined at "
                + TOP
                + ":9) [RM200]",
            B + ":5:10: error: duplicate phase id 'p3' (first defined at line 4) [RM200]",
            B
                + ":12:9: error: duplicate milestone id 'jsa-plan' (first defined at line 7), and"
                + " 'jsa-plan-b' (required at "
                + TOP
                + ":27) is not defined [RM200]");
    assertThat(r.out())
        .contains("  = help: rename one of them; ids are unique among authorities\n")
        .endsWith("checked 3 files (2 included by another): 5 errors\n");
  }

  @Test
  void theJsonReportCarriesTheSameMessages() {
    Run r = Run.of("validate", TOP, "--format", "json");
    assertThat(r.out())
        .contains(
            "\"message\": \"mission 'jsa-security' has two live transfers: 'xfer-jsa' ("
                + TOP
                + ":28) and 'xfer-jsa-again'\"")
        .contains("\"message\": \"duplicate phase id 'p3' (first defined at line 4)\"");
  }
}
