package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar as a real process (run by failsafe after {@code package}). */
class JarSmokeIT {
  record Result(int code, String out, String err) {}

  static Result run(String... args) throws IOException, InterruptedException {
    return run(java.util.Map.of(), args);
  }

  static Result run(java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return run(List.of(), env, args);
  }

  static Result run(List<String> jvmOptions, java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("roadmap.jar", "target/roadmap.jar"));
    assertThat(jar).exists();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("roadmap-out", ".txt");
    Path err = Files.createTempFile("roadmap-err", ".txt");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(cmd)
              .directory(TestFiles.root().toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      pb.environment().remove("NO_COLOR");
      pb.environment().remove("GITHUB_ACTIONS");
      pb.environment().remove("GITHUB_STEP_SUMMARY");
      pb.environment().putAll(env);
      Process p = pb.start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("process finished").isTrue();
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void versionRunsFromTheJar() throws Exception {
    Result r = run("--version");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("roadmap " + Main.Version.number() + "\ncommit " + head() + "\n");
    assertThat(Main.Version.number()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  /**
   * The commit the build read from git (the build's git.commit, given to the tests): its short id,
   * or "unknown" outside a git checkout.
   */
  static String head() {
    String commit = System.getProperty("roadmap.commit", "");
    assertThat(commit).matches("[0-9a-f]{7,40}|unknown");
    return commit;
  }

  /**
   * The launchers ask the JVM to halt at the end rather than exit ({@link Main#HALT}): the same
   * output, flushed, and the same exit code, for a clean run, findings, a usage error and a long
   * output.
   */
  @Test
  void haltingKeepsTheOutputAndTheExitCode() throws Exception {
    List<String[]> runs =
        List.of(
            new String[] {"validate", "roadmaps/"},
            new String[] {"validate", "src/test/resources/fixtures/RM102-duplicate-key.yaml"},
            new String[] {"valdate", "roadmaps/"},
            new String[] {"export", "roadmaps/opcon-transition.yaml", "--format", "json"});
    for (String[] args : runs) {
      Result exit = run(args);
      Result halt = run(List.of("-D" + Main.HALT + "=true"), java.util.Map.of(), args);
      assertThat(halt).as(String.join(" ", args)).isEqualTo(exit);
    }
    assertThat(run(List.of("-D" + Main.HALT + "=true"), java.util.Map.of(), runs.get(1)).code())
        .isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void validatesTheRealRoadmapsAsAProcess() throws Exception {
    Result r = run("validate", "roadmaps/");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("checked ").doesNotContain("error:");
  }

  @Test
  void invalidRoadmapExits1AndBadOptionExits2AndMissingFileExits3() throws Exception {
    assertThat(run("validate", CliTest.SEVERAL).code()).isEqualTo(1);
    Result bad = run("validate", "--nope", CliTest.CLEAN);
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).doesNotContain("Exception");
    Result missing = run("timeline", "missing.yaml");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).doesNotContain("Exception");
  }

  @Test
  void onGithubActionsPrintsAnnotationsAndAppendsTheStepSummary() throws Exception {
    Path summary = Files.createTempFile("step-summary", ".md");
    try {
      Result r =
          run(
              java.util.Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
              "validate",
              ValidateReportsTest.MIXED,
              "roadmaps/");
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out())
          .contains("::group::" + ValidateReportsTest.MIXED + "\n")
          .contains(
              "::error file="
                  + ValidateReportsTest.MIXED
                  + ",line=20,col=28,endLine=20,"
                  + "endColumn=38,title=RM201 unknown-prerequisite::'xfer-jsa' requires 'jsa-gaurds',"
                  + " which is not defined%0Ahelp: did you mean 'jsa-guards'?\n")
          // The sample roadmaps validate without warnings; the mixed fixture has an RM403.
          .contains("::warning file=" + ValidateReportsTest.MIXED + ",line=24,col=9,")
          .doesNotContain("::warning file=roadmaps/")
          .contains("::endgroup::\n");
      assertThat(Files.readString(summary))
          .startsWith("### roadmap validate\n")
          .contains("| `" + ValidateReportsTest.MIXED + ":20:28` | error | RM201 |")
          .contains("| warning | RM403 |");
    } finally {
      Files.deleteIfExists(summary);
    }
  }

  @Test
  void manPagesAreBuiltForEveryCommand() throws Exception {
    Path man = TestFiles.root().resolve("target/man");
    for (String page :
        List.of(
            "roadmap.1",
            "roadmap-validate.1",
            "roadmap-timeline.1",
            "roadmap-export.1",
            "roadmap-status.1",
            "roadmap-explain.1",
            "roadmap-rules.1",
            "roadmap-schema.1")) {
      assertThat(man.resolve(page)).exists();
      assertThat(Files.readString(man.resolve(page))).startsWith("'\\\" t").contains(".TH ");
    }
  }
}
