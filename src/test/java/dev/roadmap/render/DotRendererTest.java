package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.model.Dependency;
import dev.roadmap.plan.Schedule;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The exported DOT read by the real Graphviz ({@code dot}): it is accepted without a warning, every
 * milestone becomes a node named by its id, and labels come out as written, whatever characters the
 * titles hold.
 *
 * <p>Needs Graphviz ({@code apt-get install graphviz}); {@code .ci/run} installs it. Without it the
 * Graphviz tests are skipped with a message saying so, except under CI ({@code CI=true}), where
 * they fail.
 */
class DotRendererTest {
  static final String NASTY =
      """
      roadmap: 1
      title: 'Title with "quotes", a back\\slash and <angle> {braces}'
      start: 2024-01-01
      phases:
        - {id: p.1, name: 'Phase "one" \\ <x> {y|z}', start: 2024-01-01, end: 2024-12-31}
        - {id: p2, name: second}
      milestones:
        - id: a.b
          title: 'He said "go" \\ C:\\temp\\new \\N \\l \\G end\\'
          phase: p.1
          kind: capability
          duration: 3d
          status: done
        - id: c.d.e
          title: "line one\\nline two\\r\\nthree\\ttabbed"
          phase: p.1
          kind: transfer
          requires:
            - {id: a.b, type: start-to-start, lag: 2w}
        - id: f-g
          title: '<b>bold</b> {x|y} <port> & | record'
          phase: p2
          kind: evaluation
          status: superseded
          date: 2024-03-01
        - id: h_i
          title: '\\"'
          phase: p2
          kind: condition
          requires:
            - {id: c.d.e, type: finish-to-finish, lag: -3d}
            - a.b
      """;

  static final String SVG = "http://www.w3.org/2000/svg";

  /** An XML document, namespace-aware, without fetching its DTD. */
  static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  static Path dot() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir.isEmpty() ? "." : dir, "dot");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    String message = "needs Graphviz: apt-get install graphviz";
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(message + " (.ci/run should have installed it)");
    }
    Assumptions.abort(message);
    return null;
  }

  /** Runs {@code dot -T<format>} on the text; asserts exit 0 and an empty standard error. */
  static String graphviz(String text, String format, Path dir)
      throws IOException, InterruptedException {
    Path dot = dot();
    Path in = dir.resolve("in.dot");
    Path out = dir.resolve("out." + format);
    Path err = dir.resolve("err.txt");
    Files.writeString(in, text, StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(dot.toString(), "-T" + format, in.toString(), "-o", out.toString())
            .redirectErrorStream(false)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("dot finished").isTrue();
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("dot exit code; stderr: %s", stderr).isZero();
    assertThat(stderr).as("dot's standard error").isEmpty();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The lines of text Graphviz draws for each node, by node name (from {@code -Tjson}). */
  static Map<String, List<String>> drawnLabels(JsonNode graph) {
    Map<String, List<String>> labels = new HashMap<>();
    for (JsonNode o : graph.path("objects")) {
      if (o.has("nodes")) {
        continue; // a cluster
      }
      labels.put(o.get("name").asText(), texts(o.path("_ldraw_")));
    }
    return labels;
  }

  static List<String> texts(JsonNode draw) {
    List<String> lines = new ArrayList<>();
    for (JsonNode op : draw) {
      if (op.path("op").asText().equals("T")) {
        lines.add(op.get("text").asText());
      }
    }
    return lines;
  }

  @Test
  void graphvizDrawsEveryMilestoneOfTheSampleRoadmap(@TempDir Path dir) throws Exception {
    Schedule s = MarkdownGfmTest.schedule("roadmaps/opcon-transition.yaml");
    Document svg = xml(graphviz(DotRenderer.render(s), "svg", dir));
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    Map<String, String> titles = new HashMap<>();
    NodeList groups = svg.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      String title = g.getElementsByTagNameNS(SVG, "title").item(0).getTextContent();
      titles.put(title, g.getAttribute("class"));
    }
    for (String id : s.milestones().keySet()) {
      assertThat(titles).as("the node of %s", id).containsEntry(id, "node");
    }
    for (int n = 1; n <= s.roadmap().phases().size(); n++) {
      assertThat(titles).containsEntry("cluster_" + n, "cluster");
    }
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("Transfer of the ten missions")
        .contains("opcon-transition-fcfc");
  }

  @Test
  void theSampleGraphHasOneNodePerMilestoneAndOneEdgePerPrerequisite(@TempDir Path dir)
      throws Exception {
    Schedule s = MarkdownGfmTest.schedule("roadmaps/opcon-transition.yaml");
    JsonNode g = new ObjectMapper().readTree(graphviz(DotRenderer.render(s), "json", dir));
    Map<String, List<String>> labels = drawnLabels(g);
    assertThat(labels.keySet()).containsExactlyInAnyOrderElementsOf(s.milestones().keySet());
    long links =
        s.milestones().values().stream().mapToLong(e -> e.milestone().requires().size()).sum();
    assertThat(g.path("edges").size()).isEqualTo((int) links);
    long clusters = 0;
    for (JsonNode o : g.path("objects")) {
      if (o.has("nodes")) {
        clusters++;
        assertThat(o.get("name").asText()).startsWith("cluster_");
      }
    }
    assertThat(clusters).isEqualTo(s.roadmap().phases().size());
    assertThat(labels.get("opcon-transition-fcfc"))
        .containsSubsequence("opcon-transition-fcfc", "~2028-08-25");
  }

  @Test
  void specialCharactersInTitlesAndIdsSurviveGraphviz(@TempDir Path dir) throws Exception {
    Schedule s = MarkdownGfmTest.schedule("nasty.yaml", NASTY);
    String text = DotRenderer.render(s);
    JsonNode g = new ObjectMapper().readTree(graphviz(text, "json", dir));
    Map<String, List<String>> labels = drawnLabels(g);
    assertThat(labels.keySet()).containsExactlyInAnyOrder("a.b", "c.d.e", "f-g", "h_i");
    assertThat(String.join(" ", labels.get("a.b")))
        .isEqualTo("He said \"go\" \\ C:\\temp\\new \\N \\l \\G end\\ a.b ~2024-01-01..2024-01-03");
    assertThat(labels.get("c.d.e"))
        .as("line breaks and tabs in a title are spaces; the renderer's \\n breaks lines")
        .containsExactly("line one line two three tabbed", "c.d.e", "~2024-01-15");
    assertThat(String.join(" ", labels.get("f-g")))
        .isEqualTo("<b>bold</b> {x|y} <port> & | record f-g 2024-03-01 (superseded)");
    assertThat(labels.get("h_i")).containsExactly("\\\"", "h_i", "~2024-01-12");
    // The graph and cluster labels, too.
    assertThat(texts(g.path("_ldraw_")))
        .first()
        .isEqualTo("Title with \"quotes\", a back\\slash and <angle> {braces}");
    JsonNode cluster = g.path("objects").get(0);
    assertThat(cluster.get("name").asText()).isEqualTo("cluster_1");
    assertThat(texts(cluster.path("_ldraw_")))
        .containsExactly("Phase \"one\" \\ <x> {y|z}", "2024-01-01 to 2024-12-31");
    // Edge labels for a type and a lag: SS +2w, FF -3d.
    List<String> edgeLabels = new ArrayList<>();
    for (JsonNode e : g.path("edges")) {
      edgeLabels.addAll(texts(e.path("_ldraw_")));
    }
    assertThat(edgeLabels).containsExactlyInAnyOrder("SS +2w", "FF -3d");
  }

  @Test
  void anEscapeOrABidiOverrideInATitleIsShownAndTheSvgIsValidXml(@TempDir Path dir)
      throws Exception {
    String yaml =
        """
        roadmap: 1
        title: "Roadmap \\e[2J \\u202Egnp.exe"
        start: 2024-01-01
        phases:
          - {id: p, name: "Phase \\x01 one"}
        milestones:
          - {id: a, title: "Red \\e[31m alert", phase: p, date: 2024-01-02}
        """;
    Schedule s = MarkdownGfmTest.schedule("esc.yaml", yaml);
    assertThat(s.roadmap().title()).isEqualTo("Roadmap \u001B[2J \u202Egnp.exe");
    String text = DotRenderer.render(s);
    assertThat(text).doesNotContain("\u001B").doesNotContain("\u202E").doesNotContain("\u0001");
    Document svg = xml(graphviz(text, "svg", dir));
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("Roadmap \\u001B[2J \\u202Egnp.exe")
        .contains("Phase \\u0001 one")
        .contains("Red \\u001B[31m alert");
  }

  @Test
  void aTitleOf20000CharactersIsCutWellUnderGraphvizsLabelLimit(@TempDir Path dir)
      throws Exception {
    String title = "x".repeat(20_000);
    String yaml =
        "roadmap: 1\ntitle: T\nstart: 2024-01-01\nphases: [{id: p}]\nmilestones:\n"
            + "  - {id: a, title: "
            + title
            + ", phase: p, date: 2024-01-02}\n";
    Schedule s = MarkdownGfmTest.schedule("long.yaml", yaml);
    String text = DotRenderer.render(s);
    String label = line(text, "\"a\" [");
    assertThat(label.getBytes(StandardCharsets.UTF_8).length).isLessThan(4_096);
    assertThat(label).contains("x".repeat(DotRenderer.MAX_TEXT) + "\u2026\\na\\n2024-01-02");
    JsonNode g = new ObjectMapper().readTree(graphviz(text, "json", dir));
    assertThat(drawnLabels(g).get("a"))
        .containsExactly("x".repeat(DotRenderer.MAX_TEXT) + "\u2026", "a", "2024-01-02");
  }

  @Test
  void quotesAndBackslashesAreEscapedAndNothingElseIsTouched() {
    Schedule s = MarkdownGfmTest.schedule("nasty.yaml", NASTY);
    String text = DotRenderer.render(s);
    assertThat(text)
        .contains("\"a.b\" [label=\"He said \\\"go\\\" \\\\ C:\\\\temp\\\\new \\\\N")
        .contains("\"c.d.e\" -> \"h_i\" [label=\"FF -3d\"];")
        .contains("\"a.b\" -> \"c.d.e\" [label=\"SS +2w\"")
        .contains("\"h_i\" [label=\"\\\\\\\"\\nh_i\\n~2024-01-12\"");
    assertThat(text).doesNotContain("\r").endsWith("}\n");
    assertThat(text.lines().filter(l -> l.contains("subgraph cluster_"))).hasSize(2);
  }

  @Test
  void kindsStatusesAndTheCriticalPathAreStyled() {
    Schedule s = MarkdownGfmTest.schedule("roadmaps/opcon-transition.yaml");
    String text = DotRenderer.render(s);
    assertThat(line(text, "\"xfer-jsa-security\" ["))
        .contains("shape=doubleoctagon")
        .contains("style=\"filled\"");
    assertThat(line(text, "\"opcon-2012\" ["))
        .contains("style=\"dashed\"")
        .contains("color=\"#8a8a8a\"");
    assertThat(line(text, "\"fmc-verification\" ["))
        .contains("penwidth=2")
        .contains("color=\"#c62828\"");
    assertThat(line(text, "\"foc-verification\" -> \"fmc-verification\""))
        .contains("label=\"+37w\"")
        .contains("penwidth=2");
    assertThat(line(text, "\"cond-core-capabilities\" -> \"fmc-verification\""))
        .as("a prerequisite that does not date the milestone is not a critical edge")
        .doesNotContain("penwidth");
    for (Schedule.Entry e : s.milestones().values()) {
      assertThat(line(text, "\"" + e.milestone().id() + "\" [").contains("penwidth=2"))
          .as("%s drawn critical", e.milestone().id())
          .isEqualTo(e.critical());
      for (Dependency d : e.milestone().requires()) {
        assertThat(text).contains("\"" + d.target() + "\" -> \"" + e.milestone().id() + "\"");
      }
    }
  }

  @Test
  void theOutputIsDeterministic() {
    String first = DotRenderer.render(MarkdownGfmTest.schedule("roadmaps/opcon-transition.yaml"));
    String second = DotRenderer.render(MarkdownGfmTest.schedule("roadmaps/opcon-transition.yaml"));
    assertThat(second).isEqualTo(first);
  }

  private static String line(String text, String prefix) {
    return text.lines()
        .map(String::strip)
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with " + prefix));
  }
}
