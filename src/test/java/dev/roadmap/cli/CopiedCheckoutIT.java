package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roadmap.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clone that has run once (jar built, class-data archive trained), then copied with {@code cp
 * -a}: the copy's launcher prints nothing but the tool's output. The JVM of a copy once printed
 * "[warning][cds,dynamic] Unable to use shared archive" on standard output, the old archive naming
 * the old jar.
 */
@DisabledOnOs(OS.WINDOWS)
class CopiedCheckoutIT {
  @TempDir Path dir;

  /** A checkout as the launcher needs it: itself, its build's inputs and the built jar. */
  private Path checkout(Path where) throws Exception {
    Path root = TestFiles.root();
    Path jar = Path.of(System.getProperty("roadmap.jar", "target/roadmap.jar"));
    Files.createDirectories(where.resolve("src"));
    MinimalEnvRun.copy(root.resolve("roadmap"), where.resolve("roadmap"));
    MinimalEnvRun.copy(root.resolve("pom.xml"), where.resolve("pom.xml"));
    MinimalEnvRun.copy(root.resolve("src/main"), where.resolve("src/main"));
    MinimalEnvRun.copy(root.resolve("roadmaps"), where.resolve("roadmaps"));
    Files.createDirectories(where.resolve("target"));
    MinimalEnvRun.copy(jar, where.resolve("target/roadmap.jar"));
    // The jar was built after its sources, and a copy keeps that order (cp -a keeps the times).
    Files.setLastModifiedTime(
        where.resolve("target/roadmap.jar"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
    return where;
  }

  private static MinimalEnvRun validateJson(Path checkout, Map<String, String> env)
      throws Exception {
    return MinimalEnvRun.of(
        checkout,
        env,
        List.of(
            checkout.resolve("roadmap").toString(),
            "validate",
            "--format",
            "json",
            "roadmaps/opcon-transition.yaml"));
  }

  private static void assertOnlyTheReport(MinimalEnvRun r) throws Exception {
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode report = r.json();
    assertThat(report.path("tool").asText()).isEqualTo("roadmap");
    assertThat(report.path("summary").path("files").asInt()).isEqualTo(1);
  }

  /** Every JDK the launcher may run: the test's own (17 under the build) and its default choice. */
  private static List<Map<String, String>> environments() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        Map.of("PATH", "/usr/bin:/bin", "HOME", System.getProperty("java.io.tmpdir")),
        Map.of(
            "PATH",
            "/usr/bin:/bin",
            "HOME",
            System.getProperty("java.io.tmpdir"),
            "ROADMAP_JAVA",
            java));
  }

  @Test
  void aCopiedCheckoutPrintsOnlyTheJsonReport() throws Exception {
    assumeTrue(
        Files.isRegularFile(Path.of(System.getProperty("roadmap.jar", "target/roadmap.jar"))),
        "no target/roadmap.jar: run mvn package first");
    Path original = checkout(dir.resolve("original"));
    for (Map<String, String> env : environments()) {
      assertOnlyTheReport(validateJson(original, env)); // trains the archive
    }
    try (var files = Files.list(original.resolve("target"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".jsa")).count()).isPositive();
    }
    Path copy = dir.resolve("copy");
    MinimalEnvRun.copy(original, copy);
    for (Map<String, String> env : environments()) {
      MinimalEnvRun first = validateJson(copy, env);
      assertOnlyTheReport(first);
      assertThat(first.err()).isEmpty();
      MinimalEnvRun again = validateJson(copy, env);
      assertOnlyTheReport(again);
      assertThat(again.out()).isEqualTo(first.out());
    }
  }
}
