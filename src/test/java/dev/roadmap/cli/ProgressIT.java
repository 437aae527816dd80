package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress on a real terminal: the jar run under a pseudo-terminal made by util-linux's {@code
 * script}, on a roadmap big enough to take more than a second, shows progress on standard error and
 * prints the same standard output as without one; with standard error in a file, nothing of it.
 */
class ProgressIT {
  private static final int MILESTONES = 200_000;

  @TempDir static Path dir;
  private static Path roadmap;

  @BeforeAll
  static void bigRoadmap() throws IOException {
    roadmap = dir.resolve("big.yaml");
    try (Writer w = Files.newBufferedWriter(roadmap, StandardCharsets.UTF_8)) {
      w.write("roadmap: 1\ntitle: Big\nstart: 2020-01-06\n");
      w.write("phases:\n  - id: p1\n    name: All\n");
      w.write("milestones:\n");
      for (int i = 0; i < MILESTONES; i++) {
        w.write("  - id: m" + i + "\n    title: Milestone number " + i + "\n    phase: p1\n");
        if (i > 0) {
          w.write("    requires: [m" + (i - 1) + (i > 7 ? ", m" + (i - 7) : "") + "]\n");
        }
      }
    }
  }

  private static boolean haveScript() {
    try {
      Process p = new ProcessBuilder("script", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Runs {@code shell} (a command line) under a pseudo-terminal; returns what the terminal got. */
  private static String onATerminal(String shell) throws Exception {
    Path typescript = dir.resolve("typescript");
    ProcessBuilder pb =
        new ProcessBuilder("script", "-qec", shell, typescript.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().remove("CI");
    pb.environment().put("COLUMNS", "100");
    pb.environment().put("TERM", "xterm");
    Process p = pb.start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(p.exitValue()).as("exit code of " + shell).isZero();
    // The typescript holds what the terminal got, between script's own first and last lines.
    String all = Files.readString(typescript, StandardCharsets.UTF_8);
    int from = all.indexOf('\n') + 1;
    int to = all.lastIndexOf("\nScript done");
    return to > from ? all.substring(from, to) : all.substring(from);
  }

  private static String command(String redirections) {
    Path jar = Path.of(System.getProperty("roadmap.jar", "target/roadmap.jar")).toAbsolutePath();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return String.join(" ", List.of(java, "-jar", jar.toString(), "validate", roadmap.toString()))
        + " "
        + redirections;
  }

  @Test
  void progressOnTheTerminalOnlyAndTheSameOutput() throws Exception {
    assumeTrue(
        haveScript(),
        "util-linux's 'script' is not installed (Debian: bsdutils): cannot make a pseudo-terminal");
    Path withOut = dir.resolve("with.out");
    String terminal = onATerminal(command("> " + withOut));
    assertThat(terminal)
        .as("what the terminal showed")
        .contains("\rroadmap: reading " + roadmap)
        .contains("%")
        .contains("\033[K")
        .endsWith("\r\033[K");

    Path quietOut = dir.resolve("quiet.out");
    Path quietErr = dir.resolve("quiet.err");
    String none = onATerminal(command("> " + quietOut + " 2> " + quietErr));
    assertThat(Files.readString(quietErr)).as("standard error in a file").doesNotContain("\r");
    assertThat(none).doesNotContain("roadmap: reading");
    assertThat(Files.readString(withOut)).isEqualTo(Files.readString(quietOut)).isNotEmpty();

    String flag = onATerminal(command("--no-progress > " + quietOut));
    assertThat(flag).doesNotContain("roadmap: reading");
  }
}
