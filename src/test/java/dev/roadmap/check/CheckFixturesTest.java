package dev.roadmap.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.cli.Findings;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs load and check on every fixture under {@code src/test/resources/fixtures} and compares the
 * findings with the fixture's own {@code # expect: CODE SEVERITY LINE:COL MESSAGE} lines: the same
 * findings, no more, no fewer, in output order. A {@code # enable: CODE} line turns on an opt-in
 * rule, as {@code --enable CODE} does.
 */
class CheckFixturesTest {
  static final String EXPECT = "# expect: ";
  static final String ENABLE = "# enable: ";

  @TestFactory
  Stream<DynamicTest> everyFixtureGivesExactlyItsExpectedFindings() {
    List<Path> fixtures = TestFiles.list(TestFiles.fixtures(), ".yaml");
    assertThat(fixtures).isNotEmpty();
    return fixtures.stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
  }

  private static void check(Path p) throws java.io.IOException {
    byte[] bytes = java.nio.file.Files.readAllBytes(p);
    // The expect lines are ASCII; read them whatever the encoding of the rest of the file.
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    List<String> expected =
        text.lines()
            .filter(l -> l.startsWith(EXPECT))
            .map(l -> l.substring(EXPECT.length()).strip())
            .toList();
    List<String> enabled =
        text.lines()
            .filter(l -> l.startsWith(ENABLE))
            .map(l -> l.substring(ENABLE.length()).strip())
            .toList();
    assertThat(findings(p.getFileName().toString(), bytes, enabled))
        .as("findings of %s", p.getFileName())
        .containsExactlyElementsOf(expected);
  }

  /**
   * Findings as "CODE severity line:col message", in output order: load, check and inline
   * suppressions, with unused suppressions reported.
   */
  static List<String> findings(String name, byte[] bytes) {
    return findings(name, bytes, List.of());
  }

  static List<String> findings(String name, byte[] bytes, List<String> enabled) {
    return Findings.of(name, bytes, enabled).stream()
        .map(
            d ->
                d.code().id()
                    + " "
                    + d.severity().label()
                    + " "
                    + d.span().line()
                    + ":"
                    + d.span().column()
                    + " "
                    + d.message())
        .toList();
  }
}
