package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.cli.Findings;
import dev.roadmap.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each YAML syntax mistake of the fixtures under {@code src/test/resources/syntax} gives exactly
 * one finding, the one its {@code # expect:} line states, on the line its fixture names, with a
 * fix, and in the words of the format: none of the parser's vocabulary reaches the user.
 */
class SyntaxMistakesTest {
  private static final Pattern MISTAKE_LINE = Pattern.compile("The mistake is on line (\\d+)");

  /** Words of SnakeYAML's messages that mean nothing to the writer of a roadmap. */
  private static final List<String> PARSER_WORDS =
      List.of(
          "<block",
          "<scalar>",
          "block end",
          "block mapping start",
          "while scanning",
          "while parsing",
          "(TAB)",
          "\\t",
          "simple key",
          "token",
          "flow sequence",
          "flow mapping",
          "invalid YAML");

  static Stream<Path> fixtures() {
    List<Path> all = TestFiles.list(TestFiles.resources().resolve("syntax"), ".yaml");
    assertThat(all).hasSizeGreaterThanOrEqualTo(12);
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void aMistake_givesOneFindingAtItsLine_withAFix_inTheFormatsWords(Path fixture)
      throws IOException {
    String text = Files.readString(fixture);
    Matcher m = MISTAKE_LINE.matcher(text);
    assertThat(m.find()).as("the fixture names the line of its mistake").isTrue();
    int line = Integer.parseInt(m.group(1));
    List<Diagnostic> found = Findings.of(fixture.getFileName().toString(), text);
    assertThat(found).hasSize(1);
    Diagnostic d = found.get(0);
    String expect = text.lines().filter(l -> l.startsWith("# expect: ")).findFirst().orElseThrow();
    assertThat(
            d.code().id()
                + " "
                + d.severity().label()
                + " "
                + d.span().line()
                + ":"
                + d.span().column()
                + " "
                + d.message())
        .isEqualTo(expect.substring("# expect: ".length()));
    assertThat(d.span().line()).isEqualTo(line);
    assertThat(d.hint()).isNotBlank();
    for (String word : PARSER_WORDS) {
      assertThat(d.message() + " " + d.hint()).doesNotContain(word);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: [b, c\n",
        "a: {b: c\n",
        "a: b\n c: d\n",
        "- a\nb: c\n",
        "a: |\n b\nc\n d: e\n",
        "a: 'b\n",
        "? a\n? b: c: d\n",
        "a: b\n---\n%YAML 1.1\n",
        "a: *\n",
        "a: !<>\n",
        "[a, , b]\n",
        "a:\n  - b\n  c: d\n",
      })
  void anyOtherSyntaxError_isStillToldWithoutTheParsersWords(String text) {
    List<Diagnostic> found = Findings.of("t.yaml", text);
    assertThat(found).isNotEmpty();
    for (Diagnostic d : found) {
      for (String word :
          List.of("<block", "<scalar>", "while scanning", "while parsing", "(TAB)")) {
        assertThat(d.message()).doesNotContain(word);
      }
    }
  }
}
