package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roadmap.TestFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One policy for every file a command writes (exports, reports, the baseline): never over an input,
 * never over a file that is not regular, parents created, written atomically, no temporary file
 * left behind; and standard output that cannot be written is exit 3.
 */
class OutputPolicyTest {
  private static final String SUMMARY = "checked 1 file: 4 errors\n";

  /** A copy of the fixture with findings (4 errors, 1 warning) in {@code dir}. */
  private static Path several(Path dir) throws IOException {
    Path input = dir.resolve("in.yaml");
    Files.writeString(input, TestFiles.read(TestFiles.root().resolve(CliTest.SEVERAL)));
    return input;
  }

  private static Path clean(Path dir) throws IOException {
    Path input = dir.resolve("clean.yaml");
    Files.writeString(input, TestFiles.read(TestFiles.root().resolve(CliTest.CLEAN)));
    return input;
  }

  @Test
  void aReportOverItsInputIsRefusedAndTheRoadmapKept(@TempDir Path dir) throws IOException {
    Path input = several(dir);
    String before = Files.readString(input);
    Run r = Run.of("validate", input.toString(), "--format", "sarif=" + input);
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .startsWith(
            "roadmap validate: refusing to write the sarif report over its input '"
                + input
                + "' (--format sarif='"
                + input
                + "')\n");
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(input)).isEqualTo(before);
  }

  @Test
  void aBaselineOverItsInputIsRefused(@TempDir Path dir) throws IOException {
    Path input = several(dir);
    String before = Files.readString(input);
    Run r = Run.of("validate", dir.toString(), "--write-baseline", input.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .startsWith(
            "roadmap validate: refusing to write the baseline over its input '"
                + input
                + "' (--write-baseline '"
                + input
                + "')\n");
    assertThat(Files.readString(input)).isEqualTo(before);
  }

  @Test
  void aSymbolicLinkToTheInputIsRefused(@TempDir Path dir) throws IOException {
    Path input = clean(dir);
    String before = Files.readString(input);
    Path link = Files.createSymbolicLink(dir.resolve("TIMELINE.md"), input);
    Run r = Run.of("export", input.toString(), "--format", "markdown", "-o", link.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .startsWith(
            "roadmap export: refusing to write the export over its input '"
                + input
                + "' (-o '"
                + link
                + "')\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(input)).isEqualTo(before);
  }

  @Test
  void aHardLinkToTheInputIsRefused(@TempDir Path dir) throws IOException {
    Path input = several(dir);
    String before = Files.readString(input);
    Path link = Files.createLink(dir.resolve("report.json"), input);
    Run r = Run.of("validate", input.toString(), "--format", "json=" + link);
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("roadmap validate: refusing to write the json report over");
    assertThat(Files.readString(input)).isEqualTo(before);
    Run w =
        Run.of("what-if", input.toString(), "--slip", "jsa-training=+1d", "-o", link.toString());
    assertThat(w.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(w.err()).startsWith("roadmap what-if: refusing to write the report over");
    assertThat(Files.readString(input)).isEqualTo(before);
  }

  @Test
  void twoOutputsToOneFileAreRefused(@TempDir Path dir) throws IOException {
    Path input = several(dir);
    Path out = dir.resolve("out.json");
    Run r =
        Run.of(
            "validate",
            input.toString(),
            "--format",
            "json=" + out,
            "--format",
            "sarif=" + dir.resolve("./out.json"));
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .startsWith(
            "roadmap validate: --format sarif='"
                + dir.resolve("./out.json")
                + "' is the file --format json='"
                + out
                + "' writes too; give each its own file\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void anEmptyOutputNameIsAUsageError() {
    Run empty = Run.of("export", CliTest.CLEAN, "--format", "csv", "-o", "");
    assertThat(empty.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(empty.err()).startsWith("roadmap export: -o '' names no file; give a file name\n");
  }

  @Test
  void aDirectoryIsNeverWrittenAndTheFindingsStillGoToStandardOutput(@TempDir Path dir)
      throws IOException {
    Path input = several(dir);
    for (String d : new String[] {"/", ".", dir.toString()}) {
      Run export = Run.of("export", CliTest.CLEAN, "--format", "csv", "-o", d);
      assertThat(export.code()).isEqualTo(ExitCodes.IO);
      assertThat(export.err())
          .isEqualTo("roadmap: cannot write '" + d + "': is a directory; give a file name\n");
      Run json = Run.of("validate", input.toString(), "--format", "json=" + d);
      assertThat(json.code()).isEqualTo(ExitCodes.IO);
      assertThat(json.out()).isEqualTo(SUMMARY);
      assertThat(json.err())
          .isEqualTo("roadmap: cannot write '" + d + "': is a directory; give a file name\n");
      Run baseline = Run.of("validate", input.toString(), "--write-baseline", d);
      assertThat(baseline.code()).isEqualTo(ExitCodes.IO);
      assertThat(baseline.err())
          .isEqualTo("roadmap: cannot write '" + d + "': is a directory; give a file name\n");
      Run whatIf = Run.of("what-if", CliTest.CLEAN, "--slip", "jsa-training=+1d", "-o", d);
      assertThat(whatIf.code()).isEqualTo(ExitCodes.IO);
    }
    assertThat(listing(dir)).containsExactly("in.yaml");
  }

  @Test
  void aFifoIsNeverWrittenAndTheFindingsStillGoToStandardOutput(@TempDir Path dir)
      throws Exception {
    Path input = several(dir);
    Path fifo = dir.resolve("fifo");
    assumeTrue(mkfifo(fifo), "mkfifo is available");
    Run r = Run.of("validate", input.toString(), "--format", "junit=" + fifo);
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.out()).isEqualTo(SUMMARY);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: cannot write '"
                + fifo
                + "': not a regular file (a device, a FIFO or a socket); roadmap writes only"
                + " regular files: use standard output to write elsewhere\n");
    Run e = Run.of("export", CliTest.CLEAN, "--format", "csv", "-o", fifo.toString());
    assertThat(e.code()).isEqualTo(ExitCodes.IO);
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(listing(dir)).containsExactly("fifo", "in.yaml");
  }

  @Test
  void aDeviceIsNeverReplaced(@TempDir Path dir) throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
    Path input = several(dir);
    Run r = Run.of("validate", input.toString(), "--write-baseline", devNull.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).startsWith("roadmap: cannot write '/dev/null': not a regular file");
    // A link to a device is no better.
    Path link = Files.createSymbolicLink(dir.resolve("null"), devNull);
    Run e = Run.of("export", CliTest.CLEAN, "--format", "csv", "-o", link.toString());
    assertThat(e.code()).isEqualTo(ExitCodes.IO);
    assertThat(e.err()).startsWith("roadmap: cannot write '" + link + "': not a regular file");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  @Test
  void aMissingParentDirectoryIsExit3WithTheFindingsStillShown(@TempDir Path dir)
      throws IOException {
    Path input = several(dir);
    Path report = dir.resolve("reports/ci/junit.xml");
    Run r = Run.of("validate", input.toString(), "--format", "junit=" + report);
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.out()).isEqualTo(SUMMARY);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: cannot write '"
                + report
                + "': '"
                + dir.resolve("reports/ci")
                + "' does not exist\n");
    assertThat(listing(dir)).containsExactly("in.yaml");
  }

  @Test
  void aFileInPlaceOfAParentIsExit3WithTheFindingsStillShown(@TempDir Path dir) throws IOException {
    Path input = several(dir);
    Run r = Run.of("validate", input.toString(), "--format", "json=" + input + "/out.json");
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.out()).isEqualTo(SUMMARY);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: cannot write '" + input + "/out.json': '" + input + "' is not a directory\n");
  }

  @Test
  void aSymbolicLinkToAnotherFileIsWrittenThrough(@TempDir Path dir) throws IOException {
    Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
    Run r = Run.of("export", CliTest.CLEAN, "--format", "csv", "-o", link.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("id,");
    assertThat(listing(dir)).containsExactly("link.csv", "real.csv");
  }

  @Test
  void aLoneSurrogateIsWrittenAsTheReplacementCharacterAndSaidSo(@TempDir Path dir)
      throws IOException {
    String yaml =
        TestFiles.read(TestFiles.root().resolve(CliTest.CLEAN))
            .replaceFirst(
                "title: ROK-US command transition \\(test roadmap\\)", "title: \"x \\\\ud800 y\"");
    assertThat(yaml).contains("title: \"x \\ud800 y\"");
    Path input = Files.writeString(dir.resolve("r.yaml"), yaml);
    Path md = dir.resolve("out.md");
    Run r = Run.of("export", input.toString(), "--format", "markdown", "-o", md.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: warning: 2 lone UTF-16 surrogates (a \\uD800-\\uDFFF escape without its pair)"
                + " written to '"
                + md
                + "' as U+FFFD\n");
    // The title is written twice: the heading and the chart's title.
    assertThat(Files.readString(md)).contains("# x \uFFFD y\n").contains("title x \uFFFD y\n");
    // What was written is what --check compares with: the export is up to date.
    Run check =
        Run.of("export", input.toString(), "--format", "markdown", "-o", md.toString(), "--check");
    assertThat(check.code()).as(check.err()).isEqualTo(ExitCodes.OK);
    assertThat(check.out()).isEqualTo(md + " is up to date\n");
    Path sarif = dir.resolve("out.sarif");
    Run v = Run.of("validate", input.toString(), "--format", "sarif=" + sarif);
    assertThat(v.code()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(sarif, StandardCharsets.UTF_8)).startsWith("{");
  }

  @Test
  void standardOutputEncodesALoneSurrogateAsTheReplacementCharacter() {
    var bytes = new java.io.ByteArrayOutputStream();
    PrintWriter w = Main.writer(bytes);
    w.print("x \ud800 y");
    w.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("x \uFFFD y");
  }

  @Test
  void aFailedWriteToStandardOutputIsExit3(@TempDir Path dir) {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"export", CliTest.CLEAN, "--format", "csv"},
            Main.writer(full),
            new PrintWriter(err),
            new Env(java.util.Map.of(), java.io.InputStream.nullInputStream(), false, Run.CLOCK));
    assertThat(code).isEqualTo(ExitCodes.IO);
    assertThat(err.toString())
        .isEqualTo("roadmap: cannot write to standard output (a full disk, or a closed stream)\n");
  }

  @Test
  void exportToDevFullIsExit3InARealProcess(@TempDir Path dir) throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full exists");
    Path err = dir.resolve("err.txt");
    Process p =
        java(Main.class.getName(), "export", CliTest.CLEAN, "--format", "csv")
            .redirectOutput(new java.io.File("/dev/full"))
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(ExitCodes.IO);
    assertThat(Files.readString(err))
        .isEqualTo("roadmap: cannot write to standard output (a full disk, or a closed stream)\n");
  }

  /** A reader that takes what it wants and goes ({@code | head -1}) is no failure to report. */
  @Test
  void aReaderThatStopsReadingIsNoFailure(@TempDir Path dir) throws Exception {
    Path err = dir.resolve("err.txt");
    Process p =
        // 88 KB of HTML: more than a pipe holds, so the writer meets the closed pipe.
        java(Main.class.getName(), "export", "roadmaps/opcon-transition.yaml", "--format", "html")
            .redirectError(err.toFile())
            .start();
    p.getInputStream().read(); // one byte, then the pipe is closed
    p.getInputStream().close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(err)).isEmpty();
  }

  @Test
  void sigtermDuringAWriteLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("TIMELINE.md");
    Process p = java(SlowWrite.class.getName(), target.toString()).start();
    try (var lines =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("writing");
      assertThat(listing(dir)).hasSize(1).allMatch(n -> n.endsWith(".tmp"));
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(listing(dir)).isEmpty();
  }

  /** Writes a temporary file for {@code args[0]}, says "writing", and waits to be ended. */
  static final class SlowWrite {
    public static void main(String[] args) throws IOException {
      AtomicFiles.write(
          Path.of(args[0]),
          "text\n",
          (path, text) -> {
            Files.writeString(path, text);
            System.out.println("writing");
            System.out.flush();
            try {
              Thread.sleep(120_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
  }

  private static ProcessBuilder java(String mainClass, String... args) {
    var cmd = new java.util.ArrayList<String>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    cmd.add(mainClass);
    cmd.addAll(java.util.List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_"));
    return pb;
  }

  private static boolean mkfifo(Path fifo) throws Exception {
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static java.util.List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
