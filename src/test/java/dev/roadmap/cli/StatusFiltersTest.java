package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code status --owner} and {@code --label}: the lists (overdue, due, next) keep only what passes,
 * the missions and their counts stay the whole roadmap's, and the view and the JSON say so.
 */
class StatusFiltersTest {
  static final String FILE = DetailFiltersTest.FILE;

  private static final String WHOLE = "; the missions and the counts are the whole roadmap's.\n";

  @Test
  void theListsKeepWhatPasses() {
    Run r = Run.of("status", FILE, "--as-of", "2024-03-01", "--owner", "usfk");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            "Owners and labels, as of 2024-03-01\n"
                + "Overdue, due and next list only the milestone with owner 'usfk' (of 4)"
                + WHOLE
                + "\n"
                + "Overdue: none\n"
                + "Due since the file's as-of 2024-01-01 (not recorded; the file cannot say"
                + " whether they happened):\n"
                + "  2024-01-31  a  Plan agreed\n"
                + "Next: nothing planned\n"
                + "~ computed date\n");
  }

  @Test
  void ownersAndLabelsTogether() {
    Run r =
        Run.of("status", FILE, "--label", "jsa,spi", "--owner", "rok-army", "--owner", "J5 plans");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .isEqualTo(
            "Owners and labels, as of 2024-01-01\n"
                + "Overdue, due and next list only the milestone with owner 'rok-army' or"
                + " 'J5 plans' and label 'jsa' or 'spi' (of 4)"
                + WHOLE
                + "\n"
                + "Overdue: none\n"
                + "Next:\n"
                + "  ~2024-04-30  b    Guards trained\n"
                + "~ computed date\n");
  }

  @Test
  void nothingMatched_isSaidInPlaceOfTheLists_andOnStandardError() {
    Run r = Run.of("status", FILE, "--owner", "usfkk");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: no milestone has owner 'usfkk' (did you mean 'usfk'? owners in this"
                + " roadmap: 'J5 plans', 'rok-army', 'usfk')\n");
    assertThat(r.out())
        .isEqualTo(
            "Owners and labels, as of 2024-01-01\n"
                + "No milestone of the 4 has owner 'usfkk', so none is listed"
                + WHOLE
                + "\n");
  }

  @Test
  void theMissionsStayTheWholeRoadmaps() {
    Run whole = Run.of("status", CliTest.SAMPLE);
    Run filtered = Run.of("status", CliTest.SAMPLE, "--label", "none-such");
    assertThat(filtered.code()).isEqualTo(ExitCodes.OK);
    // The title, then the filter's line, then the mission counts and table as without a filter.
    String[] lines = whole.out().split("\n", -1);
    String missions = whole.out().substring(lines[0].length() + 1, whole.out().indexOf("Overdue:"));
    assertThat(filtered.out())
        .isEqualTo(
            lines[0]
                + "\n"
                + "No milestone of the 44 has label 'none-such', so none is listed"
                + WHOLE
                + missions);
  }

  @Test
  void theJsonNamesTheFilter_andListsWhatPasses() throws Exception {
    Run r = Run.of("status", FILE, "--format", "json", "--label", "jsa");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("filter").toString()).isEqualTo("{\"label\":[\"jsa\"]}");
    List<String> fields = new ArrayList<>();
    j.fieldNames().forEachRemaining(fields::add);
    assertThat(fields.subList(0, 4)).containsExactly("version", "tool", "title", "filter");
    assertThat(ids(j.get("next"))).containsExactly("b", "d");
    Run whole = Run.of("status", FILE, "--format", "json");
    JsonNode all = new ObjectMapper().readTree(whole.out());
    assertThat(all.has("filter")).isFalse();
    assertThat(ids(all.get("next"))).containsExactly("a", "c", "b", "d");
  }

  private static List<String> ids(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get("id").asText()));
    return out;
  }
}
