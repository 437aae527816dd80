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
