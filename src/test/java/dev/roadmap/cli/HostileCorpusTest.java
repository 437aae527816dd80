package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.TestFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input: whatever a file holds, {@code roadmap validate} answers with diagnostics and the
 * right exit code (0 to 3; 4 is a bug), within a time bound, without a stack trace, and without
 * letting the file write control characters (terminal escapes) into a CI log.
 *
 * <p>The corpus is {@code src/test/resources/hostile/}: one small file per case, and {@code
 * expect.tsv} with one line per file, {@code file<TAB>exit<TAB>codes}, where codes are the
 * diagnostic codes that must appear ({@code -} for none). The expectations are what the tool should
 * answer, which is not always what it answers today: a failing case is a bug to fix, not a line to
 * update. The files are byte-exact (line endings, BOMs, invalid UTF-8): {@code .gitattributes} in
 * that directory keeps git from converting them.
 *
 * <p>Cases too big to commit are generated into a temporary directory. Those that may take
 * unbounded time or memory run in a child JVM with a small heap, killed after the time bound, so
 * that a regression fails one test instead of taking the whole test run down.
 */
class HostileCorpusTest {
  static final Path DIR = TestFiles.resources().resolve("hostile");
  static final Path MANIFEST = DIR.resolve("expect.tsv");
  static final Duration BOUND = Duration.ofSeconds(20);
  static final int MIN_CASES = 200;

  /** Heap of the child JVM: what a CI runner can spare for a roadmap of any size. */
  static final String CHILD_HEAP = "512m";

  static final Pattern CODE = Pattern.compile("RM\\d{3}");
  static final Pattern JAVA_THROWABLE =
      Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Error|Exception)\\b");
  static final Pattern JAVA_INTERNALS =
      Pattern.compile(
          "\\b(?:org\\.yaml\\.snakeyaml|com\\.fasterxml|java\\.(?:lang|io|nio|util)|picocli"
              + "|dev\\.roadmap)\\.");
  static final ObjectMapper JSON = new ObjectMapper();

  static final String CLEAN = TestFiles.fixtures().resolve("clean-transition.yaml").toString();
  static final String SEVERAL = TestFiles.fixtures().resolve("several-problems.yaml").toString();

  static final String VALID =
      """
      roadmap: 1
      title: Generated
      start: 2004-01-01
      phases:
        - id: p1
      milestones:
      """;

  /** One line of the manifest. */
  record Case(String file, int exit, List<String> codes, int line) {
    Path path() {
      return DIR.resolve(file);
    }

    @Override
    public String toString() {
      return file + " -> exit " + exit + (codes.isEmpty() ? "" : " " + String.join(",", codes));
    }
  }

  // ---------------------------------------------------------------------------------- manifest

  static List<Case> manifest() {
    List<String> lines;
    try {
      lines = Files.readAllLines(MANIFEST, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t", -1);
      assertThat(f).as("expect.tsv:%d: 'file<TAB>exit<TAB>codes', got '%s'", i + 1, l).hasSize(3);
      assertThat(f[1]).as("expect.tsv:%d: exit code", i + 1).matches("[0-3]");
      List<String> codes = f[2].equals("-") ? List.of() : List.of(f[2].split(","));
      for (String c : codes) {
        assertThat(c).as("expect.tsv:%d: diagnostic code", i + 1).matches(CODE);
      }
      cases.add(new Case(f[0], Integer.parseInt(f[1]), codes, i + 1));
    }
    return cases;
  }

  @Test
  void manifest_listsEveryFileOfTheDirectoryOnce_andAtLeast200() throws IOException {
    List<Case> cases = manifest();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(MIN_CASES);
    List<String> listed = cases.stream().map(Case::file).toList();
    assertThat(listed).as("files listed twice in expect.tsv").doesNotHaveDuplicates();
    Set<String> present = new TreeSet<>();
    try (Stream<Path> s = Files.list(DIR)) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("expect.tsv") && !n.startsWith("."))
          .forEach(present::add);
    }
    assertThat(new TreeSet<>(listed))
        .as("expect.tsv lists exactly the files of %s", TestFiles.root().relativize(DIR))
        .isEqualTo(present);
    for (Case c : cases) {
      assertThat(c.path()).as("expect.tsv:%d", c.line()).isRegularFile();
      assertThat(Files.size(c.path()))
          .as("%s: corpus files are small; generate big cases in the test", c.file())
          .isLessThan(20 * 1024);
    }
    long valid = cases.stream().filter(c -> c.exit() == 0).count();
    assertThat(valid).as("valid (exit 0) files in the corpus").isGreaterThanOrEqualTo(20);
  }

  /** Git must not have converted the corpus: line endings and encodings are the point of it. */
  @Test
  void corpus_isByteExact() throws IOException {
    int checked = 0;
    for (Case c : manifest()) {
      byte[] b = Files.readAllBytes(c.path());
      String s = new String(b, StandardCharsets.ISO_8859_1);
      if (c.file().contains("crlf")) {
        assertThat(s).as("%s keeps its CRLF line endings", c.file()).contains("\r\n");
        checked++;
      }
      if (c.file().contains("cr-only")) {
        assertThat(s)
            .as("%s keeps its CR line endings", c.file())
            .contains("\r")
            .doesNotContain("\n");
        checked++;
      }
      if (c.file().contains("utf16le-bom")) {
        assertThat(b).as("%s starts with the UTF-16LE BOM", c.file()).startsWith(0xFF, 0xFE);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(5);
  }

  // ------------------------------------------------------------------------------------ corpus

  @TestFactory
  Stream<DynamicTest> corpus() {
    return manifest().stream()
        .map(c -> dynamicTest(c.toString(), c.path().toUri(), () -> check(c)));
  }

  private static void check(Case c) throws IOException {
    String path = c.path().toString();
    Run text =
        assertTimeoutPreemptively(
            BOUND,
            () -> Run.of("validate", path),
            () -> "'validate " + c.file() + "' did not finish within " + BOUND.toSeconds() + " s");
    assertSafeOutput(text, path);
    assertThat(text.code())
        .as("exit code of 'validate %s' (4 is an internal error)%n%s", c.file(), show(text))
        .isBetween(0, 3)
        .isEqualTo(c.exit());
    for (String code : c.codes()) {
      assertThat(text.out() + text.err())
          .as("'validate %s' reports %s%n%s", c.file(), code, show(text))
          .contains("[" + code + "]");
    }

    Run json =
        assertTimeoutPreemptively(
            BOUND,
            () -> Run.of("validate", "--format", "json", path),
            () -> "'validate --format json " + c.file() + "' did not finish in time");
    assertSafeOutput(json, path);
    assertThat(json.code()).as("exit code with --format json").isEqualTo(text.code());
    JsonNode report = JSON.readTree(json.out());
    Set<String> codes = new LinkedHashSet<>();
    for (JsonNode d : report.path("diagnostics")) {
      codes.add(d.path("code").asText());
      assertThat(d.path("message").asText())
          .as("a message names no Java internals")
          .doesNotContainPattern(JAVA_INTERNALS);
    }
    assertThat(codes).as("codes of the JSON report of %s", c.file()).containsAll(c.codes());
  }

  /** No stack trace, no Java class names in findings, no control characters. */
  static void assertSafeOutput(Run r, String path) {
    assertNoStackTrace(r.out().replace(path, "FILE"), "stdout");
    assertNoStackTrace(r.err().replace(path, "FILE"), "stderr");
    assertNoControlCharacters(r.out(), "stdout");
    assertNoControlCharacters(r.err(), "stderr");
    for (String line : (r.out() + "\n" + r.err()).split("\n")) {
      if (line.contains("[RM")) {
        assertThat(line)
            .as("a finding names no Java internals: %s", line)
            .doesNotContainPattern(JAVA_INTERNALS);
      }
    }
  }

  static void assertNoStackTrace(String s, String stream) {
    assertThat(s)
        .as("%s holds no stack trace:%n%s", stream, clip(s))
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContainPattern(JAVA_THROWABLE);
  }

  /**
   * A value of the file may hold any character ({@code "\e[2J"}, {@code "\r"} are valid escapes in
   * YAML). Printed raw, it erases or rewrites lines of the log the reader trusts; it must be shown
   * escaped.
   */
  static void assertNoControlCharacters(String s, String stream) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean crlf = ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
      boolean control =
          (ch < 0x20 && ch != '\n' && ch != '\t' && !crlf) || (ch >= 0x7F && ch <= 0x9F);
      if (control) {
        int from = s.lastIndexOf('\n', i) + 1;
        int to = s.indexOf('\n', i);
        String line = s.substring(from, to < 0 ? s.length() : to);
        fail(
            "%s holds the control character U+%04X, which must be escaped: %s",
            stream, (int) ch, escape(line));
      }
    }
  }

  // --------------------------------------------------------------------------------- positions

  /**
   * Where the first finding of a code must be, where a position is easy to get wrong: control
   * characters, UTF-16, CR line endings, aliases.
   */
  record Position(String file, String code, int line, int column, String why) {}

  static final List<Position> POSITIONS =
      List.of(
          new Position(
              "067-control-char-bell-in-plain-scalar.yaml", "RM100", 8, 16, "the BEL character"),
          new Position("068-control-char-escape-raw.yaml", "RM100", 8, 12, "the ESC character"),
          new Position("069-control-char-del.yaml", "RM100", 8, 15, "the DEL character"),
          new Position("070-control-char-c1-in-comment.yaml", "RM100", 14, 16, "U+009B"),
          new Position("071-noncharacter-fffe.yaml", "RM100", 8, 15, "U+FFFE"),
          new Position(
              // An alias stands for its anchored node, positions included: the duplicate made
              // by '- *a' on line 8 is reported where the anchored milestone is, line 7.
              "060-alias-same-milestone-twice.yaml", "RM200", 7, 0, "the anchor '&a', line 7"),
          new Position(
              "107-enc-utf16le-bom-odd-length.yaml", "RM113", 14, 1, "the odd byte, line 14"),
          new Position(
              "108-enc-utf16le-bom-unpaired-surrogate.yaml",
              "RM113",
              8,
              12,
              "the surrogate, 12th character of line 8"),
          new Position("098-enc-latin1-title.yaml", "RM113", 8, 15, "the byte 0xE9"),
          new Position("074-line-endings-cr-only-invalid.yaml", "RM201", 13, 16, "'zz'"),
          new Position("092-enc-utf16le-bom-invalid.yaml", "RM201", 13, 16, "'zz'"),
          new Position("113-enc-nul-byte-in-comment.yaml", "RM113", 14, 6, "the NUL byte"));

  @TestFactory
  Stream<DynamicTest> positions() {
    return POSITIONS.stream()
        .map(
            p ->
                dynamicTest(
                    p.file() + " " + p.code() + " at " + p.line() + ":" + p.column(),
                    () -> {
                      Path file = DIR.resolve(p.file());
                      assertThat(file).isRegularFile();
                      Run r =
                          assertTimeoutPreemptively(
                              BOUND, () -> Run.of("validate", "--format", "json", file.toString()));
                      JsonNode first = null;
                      for (JsonNode d : JSON.readTree(r.out()).path("diagnostics")) {
                        if (d.path("code").asText().equals(p.code())) {
                          first = d;
                          break;
                        }
                      }
                      assertThat(first).as("%s reports %s", p.file(), p.code()).isNotNull();
                      assertThat(first.path("line").asInt())
                          .as("line of %s in %s (%s): %s", p.code(), p.file(), p.why(), first)
                          .isEqualTo(p.line());
                      if (p.column() > 0) {
                        assertThat(first.path("column").asInt())
                            .as("column of %s in %s (%s): %s", p.code(), p.file(), p.why(), first)
                            .isEqualTo(p.column());
                      }
                    }));
  }

  // --------------------------------------------------------------------------- generated cases

  @Test
  void fileOverTheSizeLimit_isRejectedWithoutBeingRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write((VALID + "  - {id: a, title: A, phase: p1}\n").getBytes(StandardCharsets.UTF_8));
      f.setLength(dev.roadmap.load.Limits.DEFAULT.maxFileBytes() + 1); // sparse: NUL bytes
    }
    long t0 = System.nanoTime();
    Run r = assertTimeoutPreemptively(BOUND, () -> Run.of("validate", big.toString()));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertSafeOutput(r, big.toString());
    assertThat(r.code()).as(show(r)).isEqualTo(1);
    assertThat(r.out()).contains("[RM112]");
    assertThat(r.out()).as("the file was read anyway: its NUL bytes").doesNotContain("RM113");
    assertThat(took).as("checked before reading").isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void maxFileSizeOption_limitsANormalRoadmap(@TempDir Path dir) throws IOException {
    StringBuilder s = new StringBuilder(VALID);
    for (int i = 0; s.length() < 2048; i++) {
      s.append("  - {id: m").append(i).append(", title: Milestone ").append(i);
      s.append(", phase: p1}\n");
    }
    Path f = Files.writeString(dir.resolve("two-kb.yaml"), s);
    Run normal = Run.of("validate", f.toString());
    assertThat(normal.code()).as(show(normal)).isEqualTo(0);
    Run limited = Run.of("validate", "--max-file-size", "1KiB", f.toString());
    assertSafeOutput(limited, f.toString());
    assertThat(limited.code()).as(show(limited)).isEqualTo(1);
    assertThat(limited.out()).contains("[RM112]");
  }

  /** 10 levels of 10 aliases: 10^10 leaves if expanded; the alias limit stops it. */
  @Test
  void billionLaughs_isStoppedByTheAliasLimit(@TempDir Path dir) throws Exception {
    StringBuilder s = new StringBuilder(laughs(10));
    s.append(VALID).append("  - {id: a, title: A, phase: p1, source: *l10}\n");
    Path f = Files.writeString(dir.resolve("laughs.yaml"), s);
    Proc p = child(dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(p.out()).contains("[RM112]");
    assertThat(p.out().length()).as("output stays small").isLessThan(64 * 1024);
  }

  /** Under the alias limit (91 aliases), the structure must still not be expanded. */
  @Test
  void billionLaughs_underTheAliasLimit_isNotExpanded(@TempDir Path dir) throws Exception {
    StringBuilder s = new StringBuilder(laughs(9));
    s.append(VALID).append("  - {id: a, title: A, phase: p1, source: *l9}\n");
    Path f = Files.writeString(dir.resolve("laughs9.yaml"), s);
    Proc p = child(dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(p.out()).contains("[RM101]", "[RM103]").doesNotContain("[RM112]");
    assertThat(p.out().length()).as("output stays small").isLessThan(64 * 1024);
  }

  private static String laughs(int levels) {
    StringBuilder s =
        new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i <= levels; i++) {
      String prev = "*l" + (i - 1);
      s.append("l").append(i).append(": &l").append(i).append(" [");
      s.append(String.join(", ", java.util.Collections.nCopies(10, prev))).append("]\n");
    }
    return s.toString();
  }

  @Test
  void hundredThousandLevelsOfNesting_isRM112(@TempDir Path dir) throws Exception {
    int n = 100_000;
    Path lists =
        write(
            dir.resolve("deep-lists.yaml"),
            w -> {
              w.write(VALID + "  - id: a\n    title: A\n    phase: p1\n    source: ");
              w.write("[".repeat(n) + "x" + "]".repeat(n) + "\n");
            });
    Path maps =
        write(
            dir.resolve("deep-maps.yaml"),
            w -> {
              w.write(VALID + "  - id: a\n    title: A\n    phase: p1\n    source: ");
              w.write("{a: ".repeat(n) + "x" + "}".repeat(n) + "\n");
            });
    for (Path f : List.of(lists, maps)) {
      Proc p = child(dir, "validate", f.toString());
      p.assertSafe(f);
      assertThat(p.code()).as(p.show()).isEqualTo(1);
      assertThat(p.out()).contains("[RM112]");
      assertThat(p.out().length()).as("the snippet is cut").isLessThan(16 * 1024);
    }
  }

  @Test
  void fiveMegabyteScalar_isRM112(@TempDir Path dir) throws Exception {
    Path f =
        write(
            dir.resolve("scalar.yaml"),
            w -> {
              w.write(VALID + "  - id: a\n    title: A\n    phase: p1\n    source: ");
              repeat(w, 'x', 5_000_000);
              w.write("\n");
            });
    Proc p = child(dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(p.out()).contains("[RM112]");
    assertThat(p.out().length()).as("the snippet is cut").isLessThan(16 * 1024);
  }

  /** Well under the 256 MiB file limit, a 20 MB line must not take quadratic time. */
  @Test
  void twentyMegabyteScalarOnOneLine_isRM112InBoundedTime(@TempDir Path dir) throws Exception {
    Path f =
        write(
            dir.resolve("scalar20.yaml"),
            w -> {
              w.write(VALID + "  - id: a\n    title: A\n    phase: p1\n    source: ");
              repeat(w, 'x', 20_000_000);
              w.write("\n");
            });
    Proc p = child(dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(p.out()).contains("[RM112]");
  }

  @Test
  void twoMegabyteSingleLine_isCheckedAndItsSnippetCut(@TempDir Path dir) throws Exception {
    Path f =
        write(
            dir.resolve("one-line.yaml"),
            w -> {
              w.write("{roadmap: 1, title: One line, start: 2004-01-01, phases: [{id: p1}], ");
              w.write("milestones: [");
              for (int i = 0; i < 30_000; i++) {
                w.write(
                    "{id: m" + i + ", title: Milestone number " + i + " of the line, phase: p1}, ");
              }
              w.write("{id: last, title: L, phase: p1, requires: [zz]}]}\n");
            });
    assertThat(Files.size(f)).isGreaterThan(2_000_000);
    Proc p = child(dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(p.out()).contains("[RM201]");
    assertThat(p.out().length()).as("the snippet is cut").isLessThan(16 * 1024);
  }

  @Test
  void idOfTenThousandCharacters_isRM109(@TempDir Path dir) throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("long-id.yaml"),
            VALID + "  - id: " + "a".repeat(10_000) + "\n    title: A\n    phase: p1\n");
    Proc p = child(dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(p.out()).contains("[RM109]");
    assertThat(p.out().length()).as("the id is not printed whole").isLessThan(16 * 1024);
  }

  @Test
  void chainOfTwentyThousandMilestones_isValidatedInBoundedTime(@TempDir Path dir)
      throws Exception {
    Path f =
        write(
            dir.resolve("chain.yaml"),
            w -> {
              w.write(VALID);
              w.write(
                  "  - {id: m0, title: M, phase: p1, start: 2004-01-05, duration: 1d,"
                      + " status: done}\n");
              for (int i = 1; i < 20_000; i++) {
                w.write("  - {id: m" + i + ", title: M, phase: p1, duration: 1d, requires: [m");
                w.write((i - 1) + "]}\n");
              }
            });
    Proc p = child(dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(0);
    assertThat(p.out()).contains("checked 1 file: no problems found");
  }

  /** K30 has more simple cycles than atoms in the universe; RM206 lists 100 of them. */
  @Test
  void completeGraphOfThirtyMilestones_listsACappedNumberOfCycles(@TempDir Path dir)
      throws Exception {
    int n = 30;
    Path f =
        write(
            dir.resolve("k30.yaml"),
            w -> {
              w.write(VALID);
              for (int i = 0; i < n; i++) {
                List<String> req = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                  if (j != i) {
                    req.add("k" + j);
                  }
                }
                w.write("  - {id: k" + i + ", title: K, phase: p1, requires: [");
                w.write(String.join(", ", req) + "]}\n");
              }
            });
    Proc p = child(dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(p.out()).contains("[RM206]", "more than 100 dependency cycles");
    int listed = p.out().split("error: dependency cycle:", -1).length - 1;
    assertThat(listed).as("cycles listed").isEqualTo(100);
  }

  /** A character device reports size 0: the size check alone does not bound the read. */
  @Test
  void devZero_isCutAtTheSizeLimit(@TempDir Path dir) throws Exception {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero on this system");
    Proc p = child(dir, "validate", zero.toString());
    p.assertSafe(zero);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(p.out()).contains("[RM112]");
  }

  @Test
  void hundredFilesInADirectory_oneOfThemBinary(@TempDir Path dir) throws IOException {
    Path d = hundredFiles(dir);
    Files.write(d.resolve("m042.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Run r = assertTimeoutPreemptively(BOUND, () -> Run.of("validate", d.toString()));
    assertSafeOutput(r, d.toString());
    assertThat(r.code()).as(show(r)).isEqualTo(1);
    assertThat(r.out()).contains("m042.yaml", "[RM113]", "checked 100 files");
  }

  @Test
  void hundredFilesInADirectory_oneOfThemUnreadable(@TempDir Path dir) throws IOException {
    Path d = hundredFiles(dir);
    Path locked = d.resolve("m042.yaml");
    lock(locked);
    try {
      Run r = assertTimeoutPreemptively(BOUND, () -> Run.of("validate", d.toString()));
      assertSafeOutput(r, d.toString());
      assertThat(r.code()).as(show(r)).isEqualTo(ExitCodes.IO);
      assertThat(r.err()).contains("m042.yaml", "permission denied");
      assertThat(r.out()).contains("checked 99 files");
    } finally {
      unlock(locked);
    }
  }

  private static Path hundredFiles(Path dir) throws IOException {
    Path d = Files.createDirectories(dir.resolve("roadmaps"));
    for (int i = 0; i < 100; i++) {
      Files.writeString(
          d.resolve(String.format(Locale.ROOT, "m%03d.yaml", i)),
          VALID + "  - {id: m" + i + ", title: M, phase: p1}\n");
    }
    return d;
  }

  // ------------------------------------------------------------------------ file-system faults

  @Test
  void directoryWhereAFileIsExpected(@TempDir Path dir) throws IOException {
    Path d = Files.createDirectories(dir.resolve("roadmaps"));
    Files.writeString(d.resolve("a.yaml"), VALID + "  - {id: a, title: A, phase: p1}\n");
    Run validate = Run.of("validate", d + "/");
    assertThat(validate.code()).as(show(validate)).isEqualTo(0);
    assertThat(validate.out()).contains("checked 1 file");
    Run timeline = Run.of("timeline", d.toString());
    assertSafeOutput(timeline, d.toString());
    assertThat(timeline.code()).as(show(timeline)).isEqualTo(ExitCodes.IO);
    assertThat(timeline.err()).contains("is a directory");
  }

  @Test
  void missingFileAmongSeveral_theOthersAreStillValidated(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.yaml"), VALID + "  - {id: a, title: A, phase: p1}\n");
    Path b = Files.writeString(dir.resolve("b.yaml"), VALID + "  - {id: b, title: B, phase: p9}\n");
    Path missing = dir.resolve("missing.yaml");
    Run r = Run.of("validate", a.toString(), missing.toString(), b.toString());
    assertSafeOutput(r, dir.toString());
    assertThat(r.code()).as(show(r)).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).contains("missing.yaml", "no such file");
    assertThat(r.out()).contains("checked 2 files", "[RM202]");
  }

  @Test
  void symlinkLoopsInADirectory_finish(@TempDir Path dir) throws IOException {
    Path d = Files.createDirectories(dir.resolve("roadmaps"));
    Files.writeString(d.resolve("a.yaml"), VALID + "  - {id: a, title: A, phase: p1}\n");
    symlink(d.resolve("loop"), Path.of("loop"));
    symlink(d.resolve("up"), Path.of(".."));
    symlink(d.resolve("me"), Path.of("."));
    Run r = assertTimeoutPreemptively(BOUND, () -> Run.of("validate", d.toString()));
    assertSafeOutput(r, d.toString());
    assertThat(r.code()).as(show(r)).isEqualTo(0);
    assertThat(r.out()).contains("checked 1 file:");
  }

  /** A *.yaml entry that cannot be read is reported, not silently passed over. */
  @Test
  void brokenYamlSymlinksInADirectory_areReported(@TempDir Path dir) throws IOException {
    Path d = Files.createDirectories(dir.resolve("roadmaps"));
    Files.writeString(d.resolve("a.yaml"), VALID + "  - {id: a, title: A, phase: p1}\n");
    symlink(d.resolve("loop.yaml"), Path.of("loop.yaml"));
    symlink(d.resolve("dangling.yaml"), Path.of("nowhere.yaml"));
    Run alone = Run.of("validate", d.resolve("loop.yaml").toString());
    assertSafeOutput(alone, d.toString());
    assertThat(alone.code()).as(show(alone)).isEqualTo(ExitCodes.IO);
    assertThat(alone.err()).contains("loop.yaml");

    Run r = assertTimeoutPreemptively(BOUND, () -> Run.of("validate", d.toString()));
    assertSafeOutput(r, d.toString());
    assertThat(r.code()).as(show(r)).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).contains("loop.yaml", "dangling.yaml");
    assertThat(r.out()).contains("checked 1 file:");
  }

  @Test
  void unreadableFile_exits3(@TempDir Path dir) throws IOException {
    Path f =
        Files.writeString(dir.resolve("locked.yaml"), VALID + "  - {id: a, title: A, phase: p1}\n");
    Path ok =
        Files.writeString(dir.resolve("ok.yaml"), VALID + "  - {id: a, title: A, phase: p1}\n");
    lock(f);
    try {
      Run r = Run.of("validate", f.toString(), ok.toString());
      assertSafeOutput(r, dir.toString());
      assertThat(r.code()).as(show(r)).isEqualTo(ExitCodes.IO);
      assertThat(r.err()).contains("locked.yaml", "permission denied");
      assertThat(r.out()).contains("checked 1 file");
    } finally {
      unlock(f);
    }
  }

  @Test
  void exportIntoAMissingDirectory_exits3(@TempDir Path dir) {
    Path out = dir.resolve("missing/TIMELINE.md");
    Run r = Run.of("export", CLEAN, "--format", "markdown", "-o", out.toString());
    assertSafeOutput(r, dir.toString());
    assertThat(r.code()).as(show(r)).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).contains("cannot write");
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void exportOverADirectory_exits3AndLeavesItAlone(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("TIMELINE.md"));
    Path keep = Files.writeString(out.resolve("keep.txt"), "old content\n");
    Run r = Run.of("export", CLEAN, "--format", "markdown", "-o", out.toString());
    assertSafeOutput(r, dir.toString());
    assertThat(r.code()).as(show(r)).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).contains("is a directory");
    assertThat(out).isDirectory();
    assertThat(keep).hasContent("old content");
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s).as("nothing left behind in %s", out).containsExactly(keep);
    }
  }

  @Test
  void exportBelowAFile_exits3AndLeavesItAlone(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "old content\n");
    Run r = Run.of("export", CLEAN, "--format", "markdown", "-o", file.resolve("x.md").toString());
    assertSafeOutput(r, dir.toString());
    assertThat(r.code()).as(show(r)).isEqualTo(ExitCodes.IO);
    assertThat(file).hasContent("old content");
  }

  @Test
  void exportOfAnInvalidRoadmap_leavesTheOldOutputAlone(@TempDir Path dir) throws IOException {
    Path out = Files.writeString(dir.resolve("TIMELINE.md"), "old content\n");
    Run r = Run.of("export", SEVERAL, "--format", "markdown", "-o", out.toString());
    assertSafeOutput(r, dir.toString());
    assertThat(r.code()).as(show(r)).isEqualTo(1);
    assertThat(out).hasContent("old content");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s).as("no temporary file left behind").containsExactly(out);
    }
  }

  // ------------------------------------------------------------------------------------ helpers

  /** Makes a file unreadable; skips the test where permissions are not enforced (root). */
  private static void lock(Path f) throws IOException {
    try {
      Files.setPosixFilePermissions(f, Set.<PosixFilePermission>of());
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions on this file system");
    }
    boolean root = "root".equals(System.getProperty("user.name")) || Files.isReadable(f);
    if (root) {
      unlock(f);
    }
    Assumptions.assumeFalse(
        root, "runs as root: file permissions are not enforced; run as a normal user to test this");
  }

  private static void unlock(Path f) throws IOException {
    Files.setPosixFilePermissions(
        f, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
  }

  private static void symlink(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Assumptions.abort("cannot create symbolic links here: " + e.getMessage());
    }
  }

  interface WriterAction {
    void accept(Writer w) throws IOException;
  }

  /** Streams a generated file to disk, without holding it in one string. */
  static Path write(Path f, WriterAction body) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      body.accept(w);
    }
    return f;
  }

  private static void repeat(Writer w, char c, int n) throws IOException {
    char[] chunk = new char[8192];
    Arrays.fill(chunk, c);
    for (int left = n; left > 0; left -= chunk.length) {
      w.write(chunk, 0, Math.min(left, chunk.length));
    }
  }

  static String show(Run r) {
    return "exit " + r.code() + "\n--- stdout\n" + clip(r.out()) + "\n--- stderr\n" + clip(r.err());
  }

  static String clip(String s) {
    return s.length() <= 4000 ? s : s.substring(0, 4000) + "... (" + s.length() + " chars)";
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : clip(s).toCharArray()) {
      if (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)) {
        b.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /** The outcome of the command line run in a child JVM. */
  record Proc(int code, String out, String err, long outBytes, String outTail) {
    void assertSafe(Path file) {
      assertSafeOutput(new Run(code, out, err), file.toString());
      assertThat(code).as("exit code (4 is an internal error)%n%s", show()).isBetween(0, 3);
    }

    String show() {
      return HostileCorpusTest.show(new Run(code, out, err));
    }
  }

  /**
   * Runs the command line in a child JVM with a heap of {@link #CHILD_HEAP}, and kills it after
   * {@link #BOUND}: a case that needs more time or memory fails this test alone.
   */
  static Proc child(Path work, String... args) throws IOException, InterruptedException {
    return child(BOUND, work, args);
  }

  /** {@link #child(Path, String...)} with its own time bound, for the largest generated cases. */
  static Proc child(Duration bound, Path work, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(work, "stdout", ".txt");
    Path err = Files.createTempFile(work, "stderr", ".txt");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + CHILD_HEAP);
    cmd.add("-cp");
    cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    cmd.add(Main.class.getName());
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    // The child must not write GitHub annotations or a step summary when the tests run in CI.
    pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.equals("NO_COLOR"));
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      fail(
          "'roadmap %s' did not finish within %d s (killed); output so far:%n%s",
          summary(args), bound.toSeconds(), clip(head(out)) + clip(head(err)));
    }
    return new Proc(p.exitValue(), head(out), head(err), Files.size(out), tail(out));
  }

  private static String summary(String... args) {
    List<String> a = new ArrayList<>();
    for (String s : args) {
      a.add(s.length() > 60 ? Path.of(s).getFileName().toString() : s);
    }
    return String.join(" ", a);
  }

  /** The last 64 KB of a file. */
  private static String tail(Path f) throws IOException {
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "r")) {
      byte[] b = new byte[(int) Math.min(r.length(), 64 << 10)];
      r.seek(r.length() - b.length);
      r.readFully(b);
      return new String(b, StandardCharsets.UTF_8);
    }
  }

  /** The first 4 MB of a file: enough to check, bounded if the output is not. */
  private static String head(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return new String(in.readNBytes(4 << 20), StandardCharsets.UTF_8);
    }
  }
}
