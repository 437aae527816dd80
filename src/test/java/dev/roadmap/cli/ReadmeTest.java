package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import org.junit.jupiter.api.Test;

/** The README shows real output: its example is run here and must match. */
class ReadmeTest {
  static final String PROMPT = "$ ./roadmap validate docs/examples/errors.yaml\n";

  @Test
  void readmeExampleOutputIsWhatTheToolPrints() {
    String readme = TestFiles.read(TestFiles.root().resolve("README.md"));
    int start = readme.indexOf(PROMPT);
    assertThat(start).as("README shows the example run").isPositive();
    String shown = readme.substring(start + PROMPT.length(), readme.indexOf("```\n", start));
    Run r = Run.of("validate", "docs/examples/errors.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).isEqualTo(shown);
  }

  @Test
  void readmeFormatExampleIsACleanRoadmap() {
    String readme = TestFiles.read(TestFiles.root().resolve("README.md"));
    int section = readme.indexOf("## The file format");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = readme.substring(start, readme.indexOf("```\n", start));
    Run r = Run.with(java.util.Map.of(), yaml, false, "validate", "--fail-on", "warning", "-");
    assertThat(r.out()).isEqualTo("checked 1 file: no problems found\n");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void readmeCommandsAreTheOnesCiRuns() {
    String readme = TestFiles.read(TestFiles.root().resolve("README.md"));
    String ci = TestFiles.read(TestFiles.root().resolve(".ci/run"));
    for (String command :
        new String[] {
          "mvn -B -ntp verify",
          "./roadmap validate roadmaps/",
          "./roadmap timeline roadmaps/opcon-transition.yaml"
        }) {
      assertThat(readme).contains(command);
      assertThat(ci).contains(command);
    }
  }
}
