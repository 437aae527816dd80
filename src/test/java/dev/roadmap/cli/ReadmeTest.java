package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import org.junit.jupiter.api.Test;

/** The README shows real output: its example is run here and must match. */
class ReadmeTest {
  static final java.util.regex.Pattern EXAMPLE =
      java.util.regex.Pattern.compile(
          "```text\\n\\$ \\./roadmap ([^\\n]*)\\n(.*?)```\\n", java.util.regex.Pattern.DOTALL);

  @Test
  void everyExampleRunInTheReadmeShowsWhatTheToolPrints() {
    String readme = TestFiles.read(TestFiles.root().resolve("README.md"));
    var m = EXAMPLE.matcher(readme);
    int examples = 0;
    while (m.find()) {
      examples++;
      Run r = Run.of(m.group(1).split(" "));
      assertThat(r.out())
          .as("output of 'roadmap %s' in README.md", m.group(1))
          .isEqualTo(m.group(2));
    }
    assertThat(examples).isGreaterThanOrEqualTo(2);
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
