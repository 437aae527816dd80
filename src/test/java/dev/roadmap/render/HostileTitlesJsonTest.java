package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.render.HostileTitles.Title;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-title corpus ({@link HostileTitles}) exported as JSON and parsed by Jackson: every
 * milestone once, in file order, and each title the title as written, a lone surrogate as U+FFFD
 * (docs/reliability.md); the roadmap's title too.
 */
class HostileTitlesJsonTest {
  @TempDir static Path dir;
  private static JsonNode json;

  @BeforeAll
  static void read() throws Exception {
    json = new ObjectMapper().readTree(HostileTitles.export("json", dir));
  }

  static List<Title> titles() {
    return HostileTitles.titles();
  }

  @Test
  void everyMilestoneOnceAndTheRoadmapsTitle() {
    List<String> ids = new ArrayList<>();
    json.get("milestones").forEach(m -> ids.add(m.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(titles().stream().map(Title::id).toList());
    assertThat(json.get("title").asText())
        .isEqualTo(HostileTitles.encodable(HostileTitles.roadmapTitle()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void eachTitleIsAsWritten(Title t) {
    JsonNode m = null;
    for (JsonNode n : json.get("milestones")) {
      if (n.get("id").asText().equals(t.id())) {
        m = n;
      }
    }
    assertThat(m).as("milestone %s", t.id()).isNotNull();
    assertThat(m.get("title").asText()).isEqualTo(HostileTitles.encodable(t.written()));
  }
}
