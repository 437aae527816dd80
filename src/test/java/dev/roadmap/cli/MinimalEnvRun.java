package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run as a user's shell would, with an environment of only the given variables (no
 * JAVA_HOME, no JDK on PATH unless given), its standard output and error kept apart.
 */
record MinimalEnvRun(int code, String out, String err) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static MinimalEnvRun of(Path dir, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("roadmap-out", ".txt");
    Path err = Files.createTempFile("roadmap-err", ".txt");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      pb.environment().clear();
      pb.environment().putAll(env);
      Process p = pb.start();
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("process finished").isTrue();
      return new MinimalEnvRun(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Standard output as one JSON document, nothing before or after it (else the test fails). */
  JsonNode json() throws IOException {
    return JSON.readTree(out);
  }

  /** Copies a file or directory as {@code cp -a} does: modes and times kept. */
  static void copy(Path from, Path to) throws IOException, InterruptedException {
    Process cp = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).start();
    assertThat(cp.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(cp.exitValue()).as("cp -a " + from + " " + to).isZero();
  }
}
