package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run: every step ends as it should, and every command is trained. */
class TrainingTest {
  @TempDir Path dir;

  @Test
  void everyStepEndsAsExpected() throws IOException {
    for (Training.Step step : Training.steps(dir)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Env env =
          new Env(
              Map.of(),
              new ByteArrayInputStream(step.stdin().getBytes(StandardCharsets.UTF_8)),
              step.terminal());
      int code =
          Main.run(
              step.args().toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
      assertThat(step.expected(code)).as(step.args() + " exited " + code + ": " + err).isTrue();
    }
    assertThat(Training.run(Training.steps(dir))).isZero();
  }

  /**
   * validate's own training: its runs end with findings, in text and as GitHub annotations with a
   * step summary, and leave nothing behind.
   */
  @Test
  void validatesEveryBadExampleInTextAndForGithub() throws IOException {
    java.util.List<Path> written = new java.util.ArrayList<>();
    java.util.List<String> args = Training.validateArgs(dir, written);
    assertThat(args).startsWith("validate").hasSize(written.size() + 1);
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            args.toArray(String[]::new),
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            new Env(Map.of(), java.io.InputStream.nullInputStream(), false));
    assertThat(code).isEqualTo(ExitCodes.FINDINGS);
    assertThat(out.toString()).contains("[RM100]").contains("[RM200]");
    assertThat(written).allMatch(java.nio.file.Files::exists);
    Path work = java.nio.file.Files.createDirectory(dir.resolve("work"));
    assertThat(Training.validate(work)).isZero();
    assertThat(work).doesNotExist();
  }

  @Test
  void everyCommandRuns() throws IOException {
    Set<String> trained = new TreeSet<>();
    for (Training.Step step : Training.steps(dir)) {
      if (!step.args().contains("--help") && !step.args().isEmpty()) {
        trained.add(step.args().get(0));
      }
    }
    assertThat(trained).containsAll(Main.COMMANDS);
  }
}
