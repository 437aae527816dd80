package dev.roadmap.cli;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Rules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run for the launcher's class-data archive: runs every command in-process on the
 * starter roadmap and on the bad example of every diagnostic code, output discarded, so that the
 * archive the JVM writes at exit holds what any command loads, whatever command the user runs first
 * after a build. Its roadmaps are the jar's own (the starter, the examples), given as standard
 * input or written to a temporary directory that it removes.
 */
public final class Training {
  private Training() {}

  /**
   * One in-process run.
   *
   * @param args the arguments
   * @param stdin the text given as standard input
   * @param terminal whether standard output is a terminal (colour)
   * @param exit the exit code the run should end with (usage errors are trained too)
   */
  record Step(List<String> args, String stdin, boolean terminal, int exit) {
    Step(List<String> args, String stdin, boolean terminal) {
      this(args, stdin, terminal, -1);
    }

    boolean expected(int code) {
      return exit < 0 ? code == ExitCodes.OK || code == ExitCodes.FINDINGS : code == exit;
    }
  }

  /**
   * Exits with the number of steps that did not end as expected (0 normally); with the argument
   * {@code validate}, trains the archive the launcher keeps for {@code validate} alone ({@link
   * #validate}).
   */
  public static void main(String[] args) throws IOException {
    Env.system(); // what Main.main reads (the environment, the console), unused here
    Path dir = workDir();
    if (args.length == 1 && args[0].equals("validate")) {
      System.exit(validate(dir));
    }
    int unexpected;
    try {
      unexpected = run(steps(dir));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    System.exit(unexpected);
  }

  /**
   * The training of {@code validate}'s own archive, which the launcher gives it when no {@code
   * --format} is named: {@code validate} as a CI job runs it, on the starter roadmap and the bad
   * example of every code, each a file, twice: in text, and as on GitHub Actions ({@code --format
   * auto}: annotations and a step summary). Only {@code validate} runs, not the steps of {@link
   * #steps}: every class an archive holds is loaded at each start, used or not, and the archive of
   * every command started {@code validate} 14 ms slower (docs/performance.md), the classes of the
   * other formats (JSON, SARIF, XML, written to files through temporary ones) 5 ms more. For the
   * same reason its directory ({@link #workDir}) is emptied by name, not walked, and removed.
   * Returns how many of the two runs did not end with findings, as they should.
   */
  static int validate(Path dir) throws IOException {
    List<Path> written = new ArrayList<>();
    try {
      List<String> args = validateArgs(dir, written);
      Path summary = dir.resolve("summary.md");
      written.add(summary);
      PrintWriter sink = Main.writer(OutputStream.nullOutputStream());
      int unexpected = 0;
      for (Map<String, String> variables :
          List.of(
              Map.<String, String>of(),
              Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()))) {
        Env env = new Env(variables, InputStream.nullInputStream(), false);
        if (Main.run(args.toArray(String[]::new), sink, sink, env) != ExitCodes.FINDINGS) {
          unexpected++;
        }
      }
      return unexpected;
    } finally {
      for (Path p : written) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(dir);
    }
  }

  /**
   * The arguments of {@link #validate}'s runs: the files it writes to {@code dir}, which it names
   * in {@code written}.
   */
  static List<String> validateArgs(Path dir, List<Path> written) throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    Path starter = dir.resolve("starter.yaml");
    written.add(starter);
    Files.writeString(starter, InitCommand.resource(InitCommand.STARTER));
    args.add(starter.toString());
    for (Code code : Code.values()) {
      String bad = Rules.of(code).bad();
      if (!bad.isEmpty()) {
        Path file = dir.resolve(code.id() + ".yaml");
        written.add(file);
        Files.writeString(file, bad);
        args.add(file.toString());
      }
    }
    return args;
  }

  /**
   * The directory a training writes its files to, made empty: the one the launcher names in the
   * system property {@code roadmap.training.dir} (beside the archive), else a new temporary one.
   * {@code Files.createTempDirectory} loads the JDK's secure random generator, and so would put its
   * classes in every archive.
   */
  static Path workDir() throws IOException {
    String given = System.getProperty("roadmap.training.dir");
    return given == null
        ? Files.createTempDirectory("roadmap-training")
        : Files.createDirectory(Path.of(given));
  }

  /** Runs the steps; returns how many did not end with the expected exit code. */
  static int run(List<Step> steps) {
    int unexpected = 0;
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    for (Step step : steps) {
      Env env =
          new Env(
              Map.of(),
              new ByteArrayInputStream(step.stdin().getBytes(StandardCharsets.UTF_8)),
              step.terminal());
      int code = Main.run(step.args().toArray(String[]::new), sink, sink, env);
      if (!step.expected(code)) {
        unexpected++;
      }
    }
    return unexpected;
  }

  /**
   * Every command and the formats of each, help, version, a usage error, and the bad roadmap of
   * every diagnostic code; without an exit code, a step should end with 0 or 1.
   */
  static List<Step> steps(Path dir) throws IOException {
    String starter = InitCommand.resource(InitCommand.STARTER);
    List<Step> steps = new ArrayList<>();
    // Files as well as standard input: reading a path, a directory, and writing with -o.
    Path roadmaps = Files.createDirectories(dir.resolve("roadmaps"));
    Path file = Files.writeString(roadmaps.resolve("starter.yaml"), starter);
    Files.writeString(roadmaps.resolve("other.yml"), Rules.of(Code.values()[0]).bad());
    steps.add(new Step(List.of("validate", file.toString()), "", false));
    steps.add(new Step(List.of("validate", roadmaps.toString()), "", false));
    steps.add(
        new Step(
            List.of(
                "export",
                file.toString(),
                "--format",
                "html",
                "-o",
                dir.resolve("out.html").toString()),
            "",
            false));
    for (String format : List.of("text", "json", "sarif", "github", "junit", "checkstyle")) {
      steps.add(new Step(List.of("validate", "--format", format, "-"), starter, false));
    }
    steps.add(new Step(List.of("validate", "-"), starter, true));
    for (Code code : Code.values()) {
      String bad = Rules.of(code).bad();
      if (!bad.isEmpty()) {
        steps.add(new Step(List.of("validate", "-"), bad, true));
        steps.add(new Step(List.of("validate", "--format", "json", "-"), bad, false));
      }
    }
    steps.add(new Step(List.of("timeline", "-"), starter, true));
    steps.add(new Step(List.of("timeline", "--gantt", "-"), starter, false));
    steps.add(new Step(List.of("status", "--as-of", "2027-01-01", "-"), starter, true));
    steps.add(
        new Step(
            List.of("status", "--as-of", "2027-01-01", "--format", "json", "-"), starter, false));
    steps.add(new Step(List.of("explain", "-", "xfer-example-mission"), starter, true));
    for (ExportCommand.Format format : ExportCommand.Format.values()) {
      steps.add(new Step(List.of("export", "-", "--format", format.toString()), starter, false));
    }
    for (String format : List.of("text", "markdown", "json")) {
      steps.add(
          new Step(
              List.of("what-if", "--slip", "plan-agreed=+2w", "--format", format, "-"),
              starter,
              false));
    }
    steps.add(new Step(List.of("diff", "-", "-"), starter, false, ExitCodes.USAGE));
    // Not a file git tracks: history reads no revision, and ends with its usage error.
    steps.add(new Step(List.of("history", file.toString()), "", false, ExitCodes.USAGE));
    // init writes a file, and this run writes none: its usage error runs it as far as that.
    steps.add(new Step(List.of("init", "-"), "", false, ExitCodes.USAGE));
    steps.add(new Step(List.of("rules"), "", false));
    steps.add(new Step(List.of("rules", Code.values()[0].id()), "", false));
    steps.add(new Step(List.of("schema"), "", false));
    for (String name : Main.COMMANDS) {
      steps.add(new Step(List.of(name, "--help"), "", false));
    }
    steps.add(new Step(List.of("--help"), "", true));
    steps.add(new Step(List.of("--version"), "", false));
    steps.add(new Step(List.of("help", "validate"), "", false));
    steps.add(new Step(List.of("generate-completion"), "", false));
    steps.add(new Step(List.of("valdate", "-"), "", false, ExitCodes.USAGE));
    return steps;
  }
}
