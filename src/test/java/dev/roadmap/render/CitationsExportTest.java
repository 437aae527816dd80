package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** The sources a roadmap cites, as each export shows them. */
class CitationsExportTest {
  private static final List<Extension> GFM =
      List.of(TablesExtension.create(), FootnotesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(GFM).build();

  static final String SMALL =
      """
      roadmap: 1
      title: JSA
      start: 2004-01-01
      sources:
        - {id: s1, title: US hands Panmunjom security to South Korea, publisher: Taipei Times, \
      date: 2004-11, url: "http://x.test/a?b=1&c=2"}
        - {id: s2, title: "Range <OK>", publisher: Stars and Stripes, url: "javascript:alert(1)"}
        - {id: s3, title: Never cited}
      phases:
        - id: p2
      milestones:
        - id: guards
          title: ROK guards posted
          phase: p2
          date: 2004-10-31
          source: [s1, s2, s9, s1]
        - id: xfer
          title: JSA to ROK
          phase: p2
          requires: [guards]
          source: "Taipei Times, 2 Nov 2004"
      """;

  private static Schedule small() {
    return Scheduler.schedule(RoadmapLoader.load("small.yaml", SMALL).roadmap()).orElseThrow();
  }

  @Test
  void sampleMarkdownEndsWithNumberedFootnotesThatEveryOneResolve() {
    Schedule s = MarkdownGfmTest.schedule("roadmaps/opcon-transition.yaml");
    String md = MarkdownRenderer.render(s);
    Node doc = PARSER.parse(md);
    List<String> references = new ArrayList<>();
    List<String> definitions = new ArrayList<>();
    List<String> leftAsText = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomNode n) {
            if (n instanceof FootnoteReference r) {
              references.add(r.getLabel());
            }
            visitChildren(n);
          }

          @Override
          public void visit(CustomBlock n) {
            if (n instanceof FootnoteDefinition d) {
              definitions.add(d.getLabel());
            }
            visitChildren(n);
          }

          @Override
          public void visit(Text t) {
            if (t.getLiteral().contains("[^")) {
              leftAsText.add(t.getLiteral());
            }
          }
        });
    // Every milestone of the sample cites its sources, and every source is cited.
    assertThat(references).isNotEmpty();
    assertThat(leftAsText).isEmpty();
    assertThat(new LinkedHashSet<>(references)).containsExactlyInAnyOrderElementsOf(definitions);
    assertThat(definitions)
        .containsExactlyElementsOf(
            s.roadmap().sources().stream().map(dev.roadmap.model.Source::id).toList());
    // The definitions are the last blocks of the document.
    Node last = doc.getLastChild();
    for (int i = 0; i < definitions.size(); i++) {
      assertThat(last).isInstanceOf(FootnoteDefinition.class);
      last = last.getPrevious();
    }
    assertThat(last).isNotInstanceOf(FootnoteDefinition.class);
    // Rendered as GitHub does: numbered in the order of first reference, each number a link to
    // its note, and one note for each source.
    String html = HtmlRenderer.builder().extensions(GFM).build().render(doc);
    Matcher m =
        Pattern.compile("<a href=\"#fn-([^\"]+)\" id=\"fnref-[^\"]+\"[^>]*>(\\d+)</a>")
            .matcher(html);
    Set<String> numbered = new LinkedHashSet<>();
    int expected = 1;
    while (m.find()) {
      if (numbered.add(m.group(1))) {
        assertThat(m.group(2)).isEqualTo(Integer.toString(expected++));
      }
    }
    assertThat(numbered).containsExactlyInAnyOrderElementsOf(definitions);
    assertThat(html).contains("<section class=\"footnotes\" data-footnotes>");
    assertThat(Pattern.compile("<li id=\"fn-").matcher(html).results().count())
        .isEqualTo(definitions.size());
  }

  @Test
  void markdownCitesOnlyDefinedSourcesOnceEachAndDefinesThemLast() {
    String md = MarkdownRenderer.render(small());
    assertThat(md).contains("| **ROK guards posted (`guards`)**[^s1][^s2] |");
    assertThat(md)
        .endsWith(
            "\n[^s1]: Taipei Times, US hands Panmunjom security to South Korea, 2004-11."
                + " <http://x.test/a?b=1&c=2>\n"
                + "[^s2]: Stars and Stripes, Range \\<OK\\>\n");
    assertThat(md).doesNotContain("s3").doesNotContain("s9");
  }

  @Test
  void htmlLinksTheTitleToTheUrlOnlyForAWebAddress() {
    String html = dev.roadmap.render.HtmlRenderer.render(small());
    assertThat(html)
        .contains(
            "<code>guards</code> <sup class=\"cites\">[<a href=\"#source-s1\">s1</a>,"
                + " <a href=\"#source-s2\">s2</a>]</sup>")
        .contains(
            "<h2 id=\"sources-heading\">Sources</h2>\n<ul id=\"sources\">\n"
                + "<li id=\"source-s1\"><span class=\"flag\">s1</span> Taipei Times, <a"
                + " href=\"http://x.test/a?b=1&amp;c=2\" rel=\"noreferrer\">US hands Panmunjom"
                + " security to South Korea</a>, 2004-11</li>\n"
                + "<li id=\"source-s2\"><span class=\"flag\">s2</span> Stars and Stripes, Range"
                + " &lt;OK&gt;</li>\n</ul>\n")
        .doesNotContain("javascript:");
  }

  @Test
  void jsonGivesTheSourcesAndTheIdsEachMilestoneCites() throws Exception {
    JsonNode j = new ObjectMapper().readTree(ScheduleJsonRenderer.render(small()));
    assertThat(j.get("version").asInt()).isEqualTo(2);
    JsonNode guards = j.get("milestones").get(0);
    assertThat(guards.get("cites").toString()).isEqualTo("[\"s1\",\"s2\",\"s9\",\"s1\"]");
    assertThat(guards.has("source")).isFalse();
    JsonNode xfer = j.get("milestones").get(1);
    assertThat(xfer.has("cites")).isFalse();
    assertThat(xfer.get("source").asText()).isEqualTo("Taipei Times, 2 Nov 2004");
    assertThat(j.get("sources").toString())
        .isEqualTo(
            "[{\"id\":\"s1\",\"title\":\"US hands Panmunjom security to South Korea\","
                + "\"publisher\":\"Taipei Times\",\"date\":\"2004-11\",\"datePrecision\":\"month\","
                + "\"url\":\"http://x.test/a?b=1&c=2\"},"
                + "{\"id\":\"s2\",\"title\":\"Range <OK>\",\"publisher\":\"Stars and Stripes\","
                + "\"url\":\"javascript:alert(1)\"},"
                + "{\"id\":\"s3\",\"title\":\"Never cited\"}]");
  }

  @Test
  void csvHasAColumnOfCitedIds() {
    List<String> lines = List.of(CsvRenderer.render(small()).split("\r\n"));
    assertThat(lines.get(0)).endsWith(",deadline_missed_days,cites,owner,labels,links,notes");
    assertThat(lines.get(1)).startsWith("guards,").endsWith(",s1 s2 s9 s1,,,,");
    assertThat(lines.get(2)).startsWith("xfer,").endsWith(",,,,,");
  }

  @Test
  void explainNamesTheSourcesOfEachMilestoneOfTheChain() {
    assertThat(ExplainRenderer.render(small(), "xfer", Style.PLAIN))
        .isEqualTo(
            "'xfer' is dated 2004-10-31 (computed)\n"
                + "  because the roadmap pins 'guards':\n"
                + "   2004-10-31  guards  (zero length, pinned)\n"
                + "        sources: s1 Taipei Times, US hands Panmunjom security to South Korea,"
                + " 2004-11; s2 Stars and Stripes, Range <OK>; s9 (not defined)\n"
                + "      | finish-to-start: not before 2004-10-31\n"
                + "  ~2004-10-31  xfer  (zero length)\n"
                + "        source: Taipei Times, 2 Nov 2004\n"
                + "slack 0 days: on the critical path\n");
  }
}
