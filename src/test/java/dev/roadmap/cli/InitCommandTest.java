package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @Test
  void writesAStarterThatValidatesCleanlyWithTheSchemaBesideIt(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("plan.yaml");
    Run r = Run.of("init", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .isEqualTo(
            "wrote "
                + file
                + "\nwrote "
                + dir.resolve("roadmap.schema.json")
                + " (the JSON Schema the starter names, for editors)\ncheck it with: roadmap"
                + " validate "
                + file
                + "\n");
    assertThat(Files.readString(file))
        .startsWith("# yaml-language-server: $schema=roadmap.schema.json\n");
    assertThat(Files.readString(dir.resolve("roadmap.schema.json")))
        .isEqualTo(Run.of("schema").out());
    Run validate = Run.of("validate", "--fail-on", "warning", file.toString());
    assertThat(validate.out()).isEqualTo("checked 1 file: no problems found\n");
    assertThat(validate.code()).isEqualTo(ExitCodes.OK);
    assertThat(Run.of("timeline", file.toString()).code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void neverOverwrites(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("roadmap.yaml");
    Files.writeString(file, "mine\n");
    Run r = Run.of("init", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("exists; init never overwrites a file");
    assertThat(Files.readString(file)).isEqualTo("mine\n");
  }

  @Test
  void keepsAnExistingSchema(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("roadmap.schema.json"), "{}\n");
    Path file = dir.resolve("r.yaml");
    Run r = Run.of("init", file.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out())
        .isEqualTo("wrote " + file + "\ncheck it with: roadmap validate " + file + "\n");
    assertThat(Files.readString(dir.resolve("roadmap.schema.json"))).isEqualTo("{}\n");
  }

  /**
   * The starter shows the keys a planner reaches for: owner, labels, links, notes, an {@code x-}
   * key, a lag in months; its JSON export (a golden file) carries each as read.
   */
  @Test
  void theStartersDetailsExtensionsAndMonthLagReachTheJsonExport(@TempDir Path dir) {
    Path file = dir.resolve("plan.yaml");
    assertThat(Run.of("init", file.toString()).code()).isEqualTo(ExitCodes.OK);
    Run export = Run.of("export", file.toString(), "--format", "json", "--as-of", "2027-01-20");
    assertThat(export.code()).isEqualTo(ExitCodes.OK);
    TestFiles.assertGolden(
        TestFiles.resources().resolve("golden/export-starter.json"), export.out());
  }

  /** The starter's commented {@code include} line, uncommented, reads the files it names. */
  @Test
  void theStartersIncludeLineWorksWhenUncommented(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.yaml");
    assertThat(Run.of("init", file.toString()).code()).isEqualTo(ExitCodes.OK);
    String starter = Files.readString(file);
    String commented = "# include: [missions/*.yaml]";
    assertThat(starter).contains("\n" + commented + " ");
    Files.writeString(file, starter.replace(commented, "include: [missions/*.yaml]  "));
    Files.createDirectory(dir.resolve("missions"));
    Files.writeString(
        dir.resolve("missions/second.yaml"),
        """
        missions:
          - {id: second-mission, name: A second mission, from: outgoing, to: incoming}
        milestones:
          - id: xfer-second-mission
            title: Second mission handed over
            phase: transfer
            kind: transfer
            mission: second-mission
            requires: [joint-evaluation]
        """);
    Run validate = Run.of("validate", "--fail-on", "warning", file.toString());
    assertThat(validate.out())
        .isEqualTo("checked 2 files (1 included by another): no problems found\n");
    assertThat(validate.code()).isEqualTo(ExitCodes.OK);
    Run timeline = Run.of("timeline", file.toString(), "--as-of", "2027-01-20");
    assertThat(timeline.out())
        .contains("xfer-second-mission   Second mission handed over")
        .contains("5 milestones in 2 phases");
  }
}
