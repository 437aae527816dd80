package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands the tool suggests are written as the user invoked it: ./roadmap from a clone. */
class InvocationTest {
  private static final Map<String, String> CLONE = Map.of(Invocation.VARIABLE, "./roadmap");

  @Test
  void theNameComesFromTheLauncherOrIsRoadmap() {
    assertThat(name(Map.of())).isEqualTo("roadmap");
    assertThat(name(CLONE)).isEqualTo("./roadmap");
    assertThat(name(Map.of(Invocation.VARIABLE, "/opt/tools/roadmap"))).isEqualTo("roadmap");
    assertThat(name(Map.of(Invocation.VARIABLE, "../clone/roadmap"))).isEqualTo("roadmap");
    assertThat(name(Map.of(Invocation.VARIABLE, "rm -rf x"))).isEqualTo("roadmap");
    assertThat(name(Map.of(Invocation.VARIABLE, ""))).isEqualTo("roadmap");
  }

  @Test
  void initSaysTheCommandAsInvoked(@TempDir Path dir) {
    Path file = dir.resolve("plan.yaml");
    Run r = Run.with(CLONE, "", false, "init", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).endsWith("\ncheck it with: ./roadmap validate " + file + "\n");
  }

  @Test
  void theHintOfAViewAndHelpSayTheCommandAsInvoked() {
    Run timeline = Run.with(CLONE, "", false, "timeline", ViewsWithFindingsTest.MISSED);
    assertThat(timeline.err())
        .contains(
            "; './roadmap validate " + ViewsWithFindingsTest.MISSED + "' shows them in full:");
    Run bad = Run.with(CLONE, "", false, "timeline", "--no-such-option");
    assertThat(bad.err()).endsWith("see './roadmap help timeline'\n");
    Run help = Run.with(CLONE, "", false, "help", "generate-completion");
    assertThat(help.out())
        .startsWith("Usage: ./roadmap generate-completion")
        .contains("  source <(./roadmap generate-completion)\n");
    Run script = Run.with(CLONE, "", false, "generate-completion");
    assertThat(script.out()).contains("complete -F _complete_roadmap -o default roadmap ");
  }

  @Test
  void theRootHelpNeverBreaksAQuotedCommand() {
    Run clone = Run.with(CLONE, "", false, "--help");
    assertThat(clone.out())
        .endsWith(
            "\n\nRun './roadmap help COMMAND' for the options of a command.\n"
                + "The file format: docs/format.md. The diagnostic codes: docs/rules.md,\n"
                + "'./roadmap rules'.\n");
    Run path =
        Run.with(
            Map.of(Invocation.VARIABLE, "/opt/a/long/path/to/an/installed/copy/bin/roadmap"),
            "",
            false,
            "--help");
    assertThat(path.out())
        .endsWith(
            "\n\nRun 'roadmap help COMMAND' for the options of a command.\n"
                + "The file format: docs/format.md. The diagnostic codes: docs/rules.md,\n"
                + "'roadmap rules'.\n");
    assertThat(RootCommand.footer(30, "Run 'a-rather-long-name help COMMAND' for more."))
        .containsExactly("Run", "'a-rather-long-name help COMMAND'", "for more.");
  }

  private static String name(Map<String, String> variables) {
    return Invocation.name(new Env(variables, java.io.InputStream.nullInputStream(), false));
  }
}
