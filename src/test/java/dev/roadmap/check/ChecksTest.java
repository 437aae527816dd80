package dev.roadmap.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.plan.RandomRoadmaps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's contract with the checks: each reads no more of its context than it declares. */
class ChecksTest {
  @Test
  void noCheckMakesMoreThanItDeclaresItNeeds() throws java.io.IOException {
    List<String> texts = new ArrayList<>();
    for (Path p : TestFiles.list(TestFiles.fixtures(), ".yaml")) {
      texts.add(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    texts.add(Files.readString(Path.of("roadmaps", "opcon-transition.yaml")));
    for (long seed = 0; seed < 50; seed++) {
      texts.add(RandomRoadmaps.text(seed));
    }
    int checked = 0;
    for (String text : texts) {
      LoadResult loaded = RoadmapLoader.load("r.yaml", text);
      if (loaded.roadmap() == null) {
        continue;
      }
      for (Check check : Checks.all()) {
        CheckContext c = new CheckContext(loaded.roadmap(), loaded.roadmap().asOf());
        check.run(c);
        assertThat(c.made())
            .as("%s on %s", check.getClass().getSimpleName(), text)
            .isLessThanOrEqualTo(check.needs());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(500);
  }
}
