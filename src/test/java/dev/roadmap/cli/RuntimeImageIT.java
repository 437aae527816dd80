package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime image of the release build ({@code mvn -Prelease verify}) as a user runs it: its
 * {@code bin/roadmap}, with no JDK on PATH and no JAVA_HOME. Skipped, saying so, where the image
 * was not built with the jar of this build.
 */
@DisabledOnOs(OS.WINDOWS)
class RuntimeImageIT {
  @TempDir Path dir;
  Path image;

  @BeforeEach
  void image() throws IOException {
    image = Path.of(System.getProperty("roadmap.image", "target/image/none"));
    assumeTrue(
        Files.isExecutable(image.resolve("bin/roadmap")),
        "no runtime image at " + image + ": build it with mvn -Prelease verify");
    Path jar = Path.of(System.getProperty("roadmap.jar", "target/roadmap.jar"));
    assumeTrue(
        Files.mismatch(jar, image.resolve("lib/app/roadmap.jar")) == -1,
        "the runtime image at " + image + " holds an older jar: rebuild it with -Prelease");
  }

  /** PATH of a directory with only the commands the launcher uses besides the shell's own. */
  private Map<String, String> noJdk() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("path"));
    for (String tool : List.of("find", "mkdir", "rm", "rmdir", "readlink")) {
      for (String where : List.of("/usr/bin/", "/bin/")) {
        Path real = Path.of(where + tool);
        if (Files.isExecutable(real) && !Files.exists(bin.resolve(tool))) {
          Files.createSymbolicLink(bin.resolve(tool), real);
        }
      }
    }
    return Map.of("PATH", bin.toString(), "HOME", dir.toString());
  }

  private MinimalEnvRun roadmap(Path home, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(home + "/bin/roadmap"));
    command.addAll(List.of(args));
    return MinimalEnvRun.of(TestFiles.root(), noJdk(), command);
  }

  @Test
  void validatesTheSampleRoadmapsWithNoJdkOnPath() throws Exception {
    MinimalEnvRun r = roadmap(image, "validate", "roadmaps/");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("checked 6 files (3 included by another): no problems found\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void standardOutputIsTheJsonReportAlone() throws Exception {
    MinimalEnvRun r =
        roadmap(image, "validate", "--format", "json", "roadmaps/opcon-transition.yaml");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode report = r.json();
    assertThat(report.path("tool").asText()).isEqualTo("roadmap");
    assertThat(report.path("files").get(0).path("path").asText())
        .isEqualTo("roadmaps/opcon-transition.yaml");
    assertThat(report.path("diagnostics").isArray()).isTrue();
    assertThat(report.path("diagnostics")).isEmpty();
  }

  @Test
  void theVersionNamesTheCommit() throws Exception {
    MinimalEnvRun r = roadmap(image, "--version");
    assertThat(r.out())
        .isEqualTo("roadmap " + Main.Version.number() + "\ncommit " + JarSmokeIT.head() + "\n");
  }

  @Test
  void holdsTheModulesJdepsListsAndTheArchiveMadeAtBuildTime() throws Exception {
    String modules = System.getProperty("roadmap.modules", "");
    assertThat(modules).isNotEmpty();
    // jlink adds what those modules require, and nothing else (no service binding).
    var closure =
        java.lang.module.Configuration.empty()
            .resolve(
                java.lang.module.ModuleFinder.ofSystem(),
                java.lang.module.ModuleFinder.of(),
                List.of(modules.split(",")))
            .modules()
            .stream()
            .map(m -> m.name())
            .collect(java.util.stream.Collectors.toSet());
    String line =
        TestFiles.read(image.resolve("release"))
            .lines()
            .filter(l -> l.startsWith("MODULES="))
            .findFirst()
            .orElseThrow();
    assertThat(line.substring("MODULES=\"".length(), line.length() - 1).split(" "))
        .containsExactlyInAnyOrderElementsOf(closure)
        .contains(modules.split(","));
    assertThat(image.resolve("lib/app/roadmap.jsa")).isNotEmptyFile();
    assertThat(TestFiles.read(image.resolve("lib/app/roadmap.jsa.home")))
        .isEqualTo(image.toRealPath() + "\n");
  }

  @Test
  void aMovedImageTrainsItsOwnArchiveAndPrintsOnlyTheReport() throws Exception {
    Path moved = dir.resolve("elsewhere");
    MinimalEnvRun.copy(image, moved);
    MinimalEnvRun r =
        roadmap(moved, "validate", "--format", "json", "roadmaps/opcon-transition.yaml");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.json().path("files")).hasSize(1);
    assertThat(TestFiles.read(moved.resolve("lib/app/roadmap.jsa.home")))
        .isEqualTo(moved.toRealPath() + "\n");
    assertThat(moved.resolve("lib/app/roadmap.jsa")).isNotEmptyFile();
  }
}
