package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.render.HostileTitles.Title;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile-title corpus ({@link HostileTitles}) exported as Mermaid and as Markdown (its {@code
 * mermaid} block), rendered by the real Mermaid in headless Chromium ({@link
 * MermaidRenderingTest#render}): the chart renders without an error, it has one task per milestone
 * and one section per phase and no other, and each task and section shows its title or name as
 * written: on one line, controls and bidirectional characters as {@code \\uXXXX}, a lone surrogate
 * as U+FFFD, a blank one as its id (docs/reliability.md).
 *
 * <p>Needs Chromium and {@code npm ci --prefix src/test/mermaid}; skipped with a message saying so
 * when absent, and failing under CI ({@code CI=true}).
 */
class HostileTitlesMermaidTest {
  private static final Map<String, String> DOMS = new HashMap<>();
  private static Path dir;

  /** The DOM after Mermaid has drawn the chart of {@code source}, made once a source. */
  static synchronized String dom(String source) throws Exception {
    String dom = DOMS.get(source);
    if (dom == null) {
      MermaidRenderingTest.requireTools();
      if (dir == null) {
        dir = Files.createTempDirectory("hostile-mermaid");
      }
      Path out = Files.createDirectories(dir.resolve(source));
      String chart = chart(source, out);
      dom = MermaidRenderingTest.render(chart, out);
      DOMS.put(source, dom);
    }
    return dom;
  }

  /** The gantt chart of the corpus: the Mermaid export, or the Markdown export's mermaid block. */
  static String chart(String source, Path dir) throws Exception {
    String text = HostileTitles.export(source, dir);
    if (source.equals("mermaid")) {
      return text;
    }
    int from = text.indexOf("```mermaid\n");
    assertThat(from).as("a mermaid block in the Markdown").isNotNegative();
    int to = text.indexOf("\n```", from);
    return text.substring(from + "```mermaid\n".length(), to + 1);
  }

  @AfterAll
  static void clean() throws Exception {
    if (dir != null) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static Stream<Arguments> titles() {
    List<Arguments> all = new ArrayList<>();
    for (String source : List.of("mermaid", "markdown")) {
      for (Title t : HostileTitles.titles()) {
        all.add(Arguments.of(source, t));
      }
    }
    return all.stream();
  }

  /** Text as the DOM dump serialises it, read back. */
  static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u00A0")
        .replace("&amp;", "&");
  }

  /**
   * The text of every {@code text} element that holds {@code marker} in its opening tag, in order:
   * its own text and that of its {@code tspan}s.
   */
  static List<String> texts(String dom, String marker) {
    Matcher m = Pattern.compile("<text[^>]*" + marker + "[^>]*>(.*?)</text>").matcher(dom);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(unescape(m.group(1).replaceAll("<[^>]*>", "")).strip());
    }
    return found;
  }

  /**
   * A title or name as Mermaid shows it: {@link HostileTitles#label}, where Mermaid also drops the
   * spaces that JavaScript's {@code trim} drops (a no-break space) at either end.
   */
  static String shown(String written, String id) {
    return HostileTitles.label(written, id).replaceAll("^[\\s\\p{Zs}]+|[\\s\\p{Zs}]+$", "");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("titles")
  void eachTaskShowsItsTitleAsWritten(String source, Title t) throws Exception {
    String dom = dom(source);
    Matcher text =
        Pattern.compile(
                "<text id=\"mermaid-\\d+-" + Pattern.quote(t.id()) + "-text\"[^>]*>([^<]*)<")
            .matcher(dom);
    assertThat(text.find()).as("a label for %s", t.id()).isTrue();
    assertThat(unescape(text.group(1)).strip())
        .as("the label of %s", t.id())
        .isEqualTo(shown(t.written(), t.id()));
    assertThat(text.find()).as("one label for %s", t.id()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mermaid", "markdown"})
  void theChartHasEveryTaskAndSectionAndNoOther(String source) throws Exception {
    String dom = dom(source);
    MermaidRenderingTest.assertDrawn(MarkdownGfmTest.schedule(HostileTitles.FILE.toString()), dom);
    List<Title> titles = HostileTitles.titles();
    // Every task, in order, and no other: a task bar is a rect whose id is mermaid-N-<task id>.
    Matcher bars =
        Pattern.compile("<rect id=\"mermaid-\\d+-([^\"]+)\"[^>]*class=\"task").matcher(dom);
    List<String> tasks = new ArrayList<>();
    while (bars.find()) {
      tasks.add(bars.group(1));
    }
    List<String> expected = new ArrayList<>(titles.stream().map(Title::id).toList());
    expected.add("as_of_"); // the status date's line
    assertThat(tasks).containsExactlyElementsOf(expected);
    // Every section, by its name as written (a blank one by its id), in order, and no other.
    assertThat(texts(dom, "class=\"sectionTitle"))
        .containsExactlyElementsOf(
            titles.stream().map(t -> shown(t.phaseName(), t.phase())).toList());
    assertThat(texts(dom, "class=\"titleText\""))
        .containsExactly(shown(HostileTitles.roadmapTitle(), ""));
  }
}
