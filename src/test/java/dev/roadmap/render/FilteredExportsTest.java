package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.Schedule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Exports of a part of a roadmap read by their consumers: Graphviz draws the nodes that pass and
 * the edges between two of them, none to a node left out; the HTML page stays well-formed with its
 * arrows between milestones shown, with a window too, and with nothing shown.
 */
class FilteredExportsTest {
  static final String FILE = "src/test/resources/details/owners.yaml";

  /** Milestones with label jsa: b (whose prerequisite a is left out) and d (which requires b). */
  static final DetailFilter JSA = new DetailFilter(List.of(), List.of("jsa"));

  @Test
  void graphvizDrawsTheNodesShownAndTheEdgesBetweenThemAlone(@TempDir Path dir) throws Exception {
    Schedule s = MarkdownGfmTest.schedule(FILE);
    JsonNode g =
        new ObjectMapper()
            .readTree(DotRendererTest.graphviz(DotRenderer.render(s, JSA), "json", dir));
    Map<String, List<String>> labels = DotRendererTest.drawnLabels(g);
    assertThat(labels.keySet()).containsExactlyInAnyOrder("b", "d");
    assertThat(g.path("edges").size()).isEqualTo(1);
  }

  @Test
  void theHtmlPageDrawsArrowsBetweenMilestonesShownAlone() {
    Schedule s = MarkdownGfmTest.schedule(FILE);
    Document d = HtmlRendererTest.parse(HtmlRenderer.render(s, ViewFindings.NONE, null, JSA));
    assertThat(ids(d, "g", "data-id")).containsExactly("b", "d");
    List<String> arrows = new ArrayList<>();
    for (Element p : HtmlRendererTest.elements(d, "path")) {
      if (p.getAttribute("class").startsWith("dependency")) {
        arrows.add(p.getAttribute("data-from") + "->" + p.getAttribute("data-to"));
      }
    }
    assertThat(arrows).containsExactly("b->d");
    assertThat(ids(d, "tr", "data-id")).containsExactly("b", "d");
  }

  @Test
  void theHtmlPageWithAWindowAndAFilter_andWithNothingShown_isWellFormed() {
    Schedule s = MarkdownGfmTest.schedule(FILE);
    var window =
        new DateWindow(java.time.LocalDate.of(2024, 4, 1), java.time.LocalDate.of(2024, 5, 31));
    Document windowed =
        HtmlRendererTest.parse(HtmlRenderer.render(s, ViewFindings.NONE, window, JSA));
    assertThat(ids(windowed, "g", "data-id")).containsExactly("b", "d");
    DetailFilter none = new DetailFilter(List.of("nobody"), List.of());
    Document empty = HtmlRendererTest.parse(HtmlRenderer.render(s, ViewFindings.NONE, null, none));
    assertThat(ids(empty, "g", "data-id")).isEmpty();
    assertThat(ids(empty, "tr", "data-id")).isEmpty();
    assertThat(empty.getDocumentElement().getTextContent())
        .contains(
            "No milestone of the 4 has owner 'nobody', so none is shown; the counts and the"
                + " finish are the whole roadmap's.");
  }

  private static List<String> ids(Document d, String tag, String attribute) {
    List<String> out = new ArrayList<>();
    for (Element e : HtmlRendererTest.elements(d, tag)) {
      if (e.hasAttribute(attribute)) {
        out.add(e.getAttribute(attribute));
      }
    }
    return out;
  }
}
