package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.render.HostileTitles.Title;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The hostile-title corpus ({@link HostileTitles}) exported as DOT and drawn by the real Graphviz
 * ({@code dot -Tsvg}, without a warning): the SVG is well-formed XML (the JDK's parser reads it),
 * it has one node per milestone and one cluster per phase, and each node's label shows its title as
 * written: the label's lines, joined by spaces, are the title on one line, with controls and
 * bidirectional characters as {@code \\uXXXX}, a lone surrogate as U+FFFD and a blank title as the
 * milestone's id (docs/reliability.md). Cluster labels show the phase names the same way.
 *
 * <p>Needs Graphviz; skipped with a message saying so when absent, and failing under CI ({@code
 * CI=true}).
 */
class HostileTitlesDotTest {
  private static Map<String, List<String>> drawn;

  /** The lines of text drawn in each node and cluster of the SVG, by their SVG title. */
  static synchronized Map<String, List<String>> drawn() throws Exception {
    if (drawn == null) {
      DotRendererTest.dot(); // skips, or fails under CI, when Graphviz is missing
      Path dir = Files.createTempDirectory("hostile-dot");
      try {
        String dot = HostileTitles.export("dot", dir);
        Document svg = DotRendererTest.xml(DotRendererTest.graphviz(dot, "svg", dir));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        Map<String, List<String>> texts = new LinkedHashMap<>();
        NodeList groups = svg.getElementsByTagNameNS(DotRendererTest.SVG, "g");
        for (int i = 0; i < groups.getLength(); i++) {
          Element g = (Element) groups.item(i);
          String title =
              g.getElementsByTagNameNS(DotRendererTest.SVG, "title").item(0).getTextContent();
          List<String> lines = new ArrayList<>();
          for (org.w3c.dom.Node c = g.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals("text")) {
              lines.add(e.getTextContent());
            }
          }
          texts.put(g.getAttribute("class") + " " + title, lines);
        }
        drawn = texts;
      } finally {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return drawn;
  }

  static List<Title> titles() {
    return HostileTitles.titles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void eachNodeShowsItsTitleAsWritten(Title t) throws Exception {
    List<String> lines = drawn().get("node " + t.id());
    assertThat(lines).as("the node of %s", t.id()).isNotNull();
    // The title's lines (wrapped at spaces), then the id and the date.
    assertThat(lines.size()).isGreaterThanOrEqualTo(3);
    assertThat(lines.get(lines.size() - 2)).isEqualTo(t.id());
    String title = String.join(" ", lines.subList(0, lines.size() - 2));
    assertThat(title).isEqualTo(HostileTitles.label(t.written(), t.id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void eachClusterShowsItsPhaseNameAsWritten(Title t) throws Exception {
    int n = Integer.parseInt(t.phase().substring(1));
    assertThat(drawn().get("cluster cluster_" + n))
        .containsExactly(HostileTitles.label(t.phaseName(), t.phase()));
  }

  @Test
  void theGraphHasEveryMilestoneAndPhaseAndNoOtherAndItsTitle() throws Exception {
    List<Title> titles = titles();
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= titles.size(); i++) {
      expected.add("cluster cluster_" + i);
    }
    titles.forEach(t -> expected.add("node " + t.id()));
    List<String> groups = new ArrayList<>(drawn().keySet());
    assertThat(groups.remove(0)).startsWith("graph ");
    assertThat(groups).containsExactlyInAnyOrderElementsOf(expected);
    List<String> graph = drawn().values().iterator().next();
    assertThat(graph.get(0)).isEqualTo(HostileTitles.label(HostileTitles.roadmapTitle(), ""));
  }
}
