package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
