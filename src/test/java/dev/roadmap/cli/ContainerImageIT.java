package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image of the {@code Dockerfile} as CI runs it: {@code podman run --rm -v
 * CHECKOUT:/work IMAGE validate ...}. It runs in the release build ({@code mvn -Prelease verify})
 * on the image {@code roadmap:VERSION} that {@code dist/container/build.sh} makes. Where Podman (or
 * Docker) or the image of this commit is absent, it is skipped and says what to install or run;
 * under {@code CI=true} it fails instead, since {@code .ci/run} builds the image first. Where
 * {@code .ci/run} could not build it because the machine cannot run containers, it passes {@code
 * -Droadmap.container=unavailable:REASON} and the tests are skipped with that reason, under {@code
 * CI=true} too: a machine without containers is no fault of the image.
 */
@DisabledOnOs(OS.WINDOWS)
class ContainerImageIT {
  private static String engine;
  private static String image;

  @TempDir Path dir;

  /**
   * Checks once whether the image can be tested; each test then skips (or fails, under CI=true)
   * with the reason, so that the report names it.
   */
  @BeforeEach
  void image() throws Exception {
    if (!checked) {
      checked = true;
      unavailable = unavailable();
    }
    if (unavailable == null) {
      return;
    }
    if (unavailable.required() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(unavailable.reason() + " (.ci/run should have built it)");
    }
    Assumptions.abort(unavailable.reason());
  }

  private record Unavailable(String reason, boolean required) {}

  /** The prefix of {@code roadmap.container} that says why there is no image to test. */
  private static final String UNAVAILABLE = "unavailable:";

  private static boolean checked;
  private static Unavailable unavailable;

  /** Why the image cannot be tested, or null when it can. */
  private static Unavailable unavailable() throws Exception {
    image = System.getProperty("roadmap.container", "");
    if (image.isEmpty()) {
      return new Unavailable(
          "no container image to test: the release build (mvn -Prelease verify) names it"
              + " (-Droadmap.container=IMAGE)",
          false);
    }
    if (image.startsWith(UNAVAILABLE)) {
      return new Unavailable(
          "container image not built: " + image.substring(UNAVAILABLE.length()), false);
    }
    engine = System.getProperty("roadmap.container.engine", "");
    if (engine.isEmpty()) {
      engine = onPath("podman") ? "podman" : onPath("docker") ? "docker" : "";
    }
    if (engine.isEmpty()) {
      return new Unavailable("needs Podman (apt-get install podman) or Docker", true);
    }
    if (run(List.of(engine, "image", "inspect", image)).code() != 0) {
      return new Unavailable(
          "no container image "
              + image
              + ": build it with dist/container/build.sh (as root; docs/ci.md)",
          true);
    }
    MinimalEnvRun run = run(List.of(engine, "run", "--rm", image, "--version"));
    if (run.code() != 0) {
      return new Unavailable(
          engine
              + " cannot run "
              + image
              + " here ("
              + run.err().strip()
              + "): see dist/container/podman-conf.sh",
          true);
    }
    String version = run.out();
    if (!version.equals(expectedVersion())) {
      return new Unavailable(
          "the container image "
              + image
              + " is not of this commit ("
              + version.strip().replace('\n', ' ')
              + "): rebuild it with dist/container/build.sh",
          true);
    }
    return null;
  }

  private static boolean onPath(String command) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, command))) {
        return true;
      }
    }
    return false;
  }

  private static String expectedVersion() throws IOException, InterruptedException {
    return "roadmap " + Main.Version.number() + "\ncommit " + JarSmokeIT.head() + "\n";
  }

  private static MinimalEnvRun run(List<String> command) throws Exception {
    return MinimalEnvRun.of(TestFiles.root(), System.getenv(), command);
  }

  /** {@code ENGINE run --rm OPTIONS... IMAGE ARGS...}, with the checkout at /work, read-only. */
  private static MinimalEnvRun roadmap(List<String> options, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(engine, "run", "--rm"));
    command.addAll(List.of("-v", TestFiles.root().toRealPath() + ":/work:ro"));
    command.addAll(options);
    command.add(image);
    command.addAll(List.of(args));
    return run(command);
  }

  @Test
  void validatesTheSampleRoadmaps() throws Exception {
    MinimalEnvRun r = roadmap(List.of(), "validate", "roadmaps/");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("checked 6 files (3 included by another): no problems found\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void standardOutputIsTheJsonReportAlone() throws Exception {
    MinimalEnvRun r =
        roadmap(List.of(), "validate", "--format", "json", "roadmaps/opcon-transition.yaml");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode report = r.json();
    assertThat(report.path("tool").asText()).isEqualTo("roadmap");
    assertThat(report.path("files")).hasSize(1);
    assertThat(report.path("files").get(0).path("path").asText())
        .isEqualTo("roadmaps/opcon-transition.yaml");
    assertThat(report.path("diagnostics").isArray()).isTrue();
    assertThat(report.path("diagnostics")).isEmpty();
  }

  @Test
  void findingsGiveExitCodeOneThroughTheEntryPoint() throws Exception {
    MinimalEnvRun r = roadmap(List.of(), "validate", "docs/examples/errors.yaml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith(
            "docs/examples/errors.yaml:18:16: error: 'xfer-cas-control' requires"
                + " 'rokaf-cas-unti', which is not defined [RM201]\n")
        .endsWith("\nchecked 1 file: 2 errors\n");
  }

  @Test
  void anyUserOnAReadOnlyRootRunsWithTheArchiveMadeAtBuildTime() throws Exception {
    // Not root, nothing writable: the launcher finds the archive trained for /opt/roadmap and
    // neither retrains nor prints a word about it.
    MinimalEnvRun r =
        roadmap(
            List.of("--user", "65534:65534", "--read-only"),
            "validate",
            "--format",
            "json",
            "roadmaps/opcon-transition.yaml");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.json().path("files").get(0).path("path").asText())
        .isEqualTo("roadmaps/opcon-transition.yaml");
    MinimalEnvRun home =
        roadmap(List.of("--entrypoint", "cat"), "/opt/roadmap/lib/app/roadmap.jsa.home");
    assertThat(home.out()).isEqualTo("/opt/roadmap\n");
  }

  @Test
  void writesAnExportIntoAMountedDirectory() throws Exception {
    MinimalEnvRun r =
        roadmap(
            List.of("-v", dir.toRealPath() + ":/out"),
            "export",
            "roadmaps/opcon-transition.yaml",
            "--format",
            "markdown",
            "-o",
            "/out/TIMELINE.md");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(TestFiles.read(dir.resolve("TIMELINE.md")))
        .isEqualTo(TestFiles.read(TestFiles.root().resolve("docs/TIMELINE.md")));
  }

  @Test
  void entryPointIsRoadmapInWork() throws Exception {
    MinimalEnvRun r =
        run(
            List.of(
                engine,
                "image",
                "inspect",
                "--format",
                "{{json .Config.Entrypoint}} {{.Config.WorkingDir}} {{json .Config.Cmd}}",
                image));
    assertThat(r.out()).isEqualTo("[\"roadmap\"] /work [\"--help\"]\n");
  }
}
