package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.plan.Schedule;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The HTML export read back by the JDK's XML parser (the page is well-formed XML as well as HTML5):
 * one group per milestone, one arrow per live prerequisite link, the as-of line, escaping, no URL
 * that could reach the network, and the same bytes on every run.
 */
class HtmlRendererTest {
  static final String SAMPLE = "roadmaps/opcon-transition.yaml";
  static final String NASTY = "<script>alert(1)</script> & \"quotes\"";

  /** Parses the page as XML; a page that is not well-formed fails here. */
  static Document parse(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    } catch (Exception e) {
      throw new AssertionError("the page is not well-formed XML: " + e.getMessage(), e);
    }
  }

  static List<Element> elements(Document d, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = d.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static List<Element> withClass(Document d, String tag, String cls) {
    return elements(d, tag).stream()
        .filter(e -> Arrays.asList(e.getAttribute("class").split(" ")).contains(cls))
        .toList();
  }

  static Element byId(Document d, String tag, String id) {
    return elements(d, tag).stream()
        .filter(e -> e.getAttribute("id").equals(id))
        .findFirst()
        .orElse(null);
  }

  /** The live prerequisite links, as "prerequisite>dependent": both ends live and scheduled. */
  static List<String> liveLinks(Schedule s) {
    List<String> out = new ArrayList<>();
    for (Schedule.Entry e : s.milestones().values()) {
      Milestone m = e.milestone();
      if (!m.status().isLive()) {
        continue;
      }
      for (Dependency d : m.requires()) {
        Schedule.Entry p = s.get(d.target());
        if (p != null && p != e && p.milestone().status().isLive()) {
          out.add(d.target() + ">" + m.id());
        }
      }
    }
    return out.stream().sorted().toList();
  }

  static List<String> drawnLinks(Document d) {
    return withClass(d, "path", "dependency").stream()
        .map(p -> p.getAttribute("data-from") + ">" + p.getAttribute("data-to"))
        .sorted()
        .toList();
  }

  @Test
  void aBidiOverrideInATitleIsShownNotObeyed() {
    Schedule s =
        MarkdownGfmTest.schedule(
            "bidi.yaml",
            """
            roadmap: 1
            title: "Plan \\u202Egnp.exe"
            start: 2024-01-01
            phases: [{id: p, name: "Phase \\u2066x\\u2069"}]
            milestones:
              - {id: a, title: "Alpha \\u202Eevil", phase: p, date: 2024-01-02}
            """);
    assertThat(s.roadmap().title()).isEqualTo("Plan \u202Egnp.exe");
    String html = HtmlRenderer.render(s);
    assertThat(html)
        .doesNotContain("\u202E")
        .doesNotContain("\u2066")
        .contains("Plan \\u202Egnp.exe")
        .contains("Alpha \\u202Eevil")
        .contains("Phase \\u2066x\\u2069");
    parse(html);
  }

  @Test
  void theSampleHasOneGroupPerMilestoneAndOneArrowPerLiveLink() {
    Schedule s = MarkdownGfmTest.schedule(SAMPLE);
    Document d = parse(HtmlRenderer.render(s));

    assertThat(byId(d, "svg", "gantt")).isNotNull();
    List<String> groups =
        withClass(d, "g", "milestone").stream().map(g -> g.getAttribute("data-id")).toList();
    assertThat(groups).containsExactlyInAnyOrderElementsOf(s.milestones().keySet());
    assertThat(drawnLinks(d)).isEqualTo(liveLinks(s)).hasSize(41);
    assertThat(byId(d, "line", "as-of")).isNotNull();

    Element missions = byId(d, "table", "missions");
    assertThat(missions).isNotNull();
    assertThat(missions.getElementsByTagName("tbody").item(0).getChildNodes().getLength())
        .isGreaterThanOrEqualTo(s.roadmap().missions().size());
    assertThat(withClass(d, "table", "phase")).hasSize(s.roadmap().phases().size());
  }

  @Test
  void everyMilestoneGroupHasItsIdInATooltipAndAMarker() {
    Schedule s = MarkdownGfmTest.schedule(SAMPLE);
    Document d = parse(HtmlRenderer.render(s));
    for (Element g : withClass(d, "g", "milestone")) {
      String id = g.getAttribute("data-id");
      Element title = (Element) g.getElementsByTagName("title").item(0);
      assertThat(title.getTextContent()).as("tooltip of %s", id).contains("\n" + id + "\n");
      assertThat(title.getTextContent()).startsWith(s.get(id).milestone().title());
      boolean zero = s.get(id).dates().isZeroLength();
      List<Element> markers =
          zero
              ? withClass(d, "path", "diamond").stream()
                  .filter(e -> e.getParentNode() == g)
                  .toList()
              : withClass(d, "rect", "bar").stream().filter(e -> e.getParentNode() == g).toList();
      assertThat(markers).as("the marker of %s", id).hasSize(1);
    }
  }

  @Test
  void statusCriticalPathAndComputedDatesAreClasses() {
    Schedule s = MarkdownGfmTest.schedule(SAMPLE);
    Document d = parse(HtmlRenderer.render(s));
    List<String> critical =
        withClass(d, "g", "critical").stream().map(g -> g.getAttribute("data-id")).toList();
    assertThat(critical)
        .containsExactlyInAnyOrder("foc-verification", "fmc-verification", "opcon-transition-fcfc");
    List<String> computed =
        withClass(d, "g", "computed").stream().map(g -> g.getAttribute("data-id")).toList();
    assertThat(computed)
        .containsExactlyInAnyOrderElementsOf(
            s.milestones().values().stream()
                .filter(e -> !e.pinned())
                .map(e -> e.milestone().id())
                .toList());
    assertThat(withClass(d, "g", "status-superseded")).hasSize(4);
    assertThat(withClass(d, "path", "critical")).hasSize(2);
    assertThat(withClass(d, "g", "kind-transfer")).hasSize(13);
  }

  @Test
  void milestonesWithFindingsAreMarkedOnTheirBarAndRowAndListedAtTheEnd() {
    Schedule s = MarkdownGfmTest.schedule("src/test/resources/views/missed-deadline.yaml");
    var finding =
        dev.roadmap.diag.Diagnostic.of(
            dev.roadmap.diag.Code.MISSES_DEADLINE,
            new dev.roadmap.model.Span("missed-deadline.yaml", 28, 15, 28, 25),
            "'cf-manual' misses <its> deadline",
            "agree a later deadline");
    Document d =
        parse(
            HtmlRenderer.render(
                s,
                new ViewFindings(
                    List.of(finding), java.util.Map.of("cf-manual", List.of("RM303")))));
    assertThat(withClass(d, "g", "has-findings").stream().map(g -> g.getAttribute("data-id")))
        .containsExactly("cf-manual");
    assertThat(withClass(d, "tr", "has-findings").stream().map(g -> g.getAttribute("data-id")))
        .containsExactly("cf-manual");
    Element bar = withClass(d, "g", "has-findings").get(0);
    assertThat(
            withClass(d, "text", "label").stream()
                .filter(t -> t.getParentNode() == bar)
                .map(Element::getTextContent))
        .singleElement()
        .asString()
        .endsWith(" ! RM303");
    assertThat(withClass(d, "span", "finding").get(0).getTextContent()).isEqualTo("! RM303");
    Element list = byId(d, "ul", "findings");
    assertThat(list).isNotNull();
    assertThat(elements(d, "li").stream().filter(li -> li.getParentNode() == list))
        .singleElement()
        .satisfies(
            li -> {
              assertThat(li.getAttribute("data-code")).isEqualTo("RM303");
              assertThat(li.getTextContent())
                  .isEqualTo(
                      "error RM303 line 28: 'cf-manual' misses <its> deadline"
                          + " (agree a later deadline)");
            });
    Document plain = parse(HtmlRenderer.render(s));
    assertThat(byId(plain, "ul", "findings")).isNull();
    assertThat(withClass(plain, "g", "has-findings")).isEmpty();
  }

  @Test
  void aTwentyYearRangeHasYearTicksAndEveryMarkerInsideTheAxis() {
    Schedule s = MarkdownGfmTest.schedule(SAMPLE);
    String html = HtmlRenderer.render(s);
    Document d = parse(html);
    List<String> axis = new ArrayList<>();
    Element g = withClass(d, "g", "axis").get(0);
    NodeList texts = g.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      axis.add(texts.item(i).getTextContent());
    }
    assertThat(axis).contains("2002", "2015", "2028").doesNotContain("2001", "2029", "Jan");
    double lo = GanttChart.CHART_X - GanttChart.TRANSFER_DIAMOND;
    double hi = GanttChart.CHART_X + GanttChart.CHART_W + GanttChart.TRANSFER_DIAMOND;
    for (Element bar : withClass(d, "rect", "bar")) {
      double x = Double.parseDouble(bar.getAttribute("x"));
      assertThat(x).isBetween(lo, hi);
      assertThat(x + Double.parseDouble(bar.getAttribute("width"))).isBetween(lo, hi);
    }
    for (Element diamond : withClass(d, "path", "diamond")) {
      Matcher m = Pattern.compile("[ML](-?[0-9.]+),").matcher(diamond.getAttribute("d"));
      while (m.find()) {
        assertThat(Double.parseDouble(m.group(1))).isBetween(lo, hi);
      }
    }
    Element asOf = byId(d, "line", "as-of");
    assertThat(Double.parseDouble(asOf.getAttribute("x1")))
        .isBetween((double) GanttChart.CHART_X, (double) GanttChart.CHART_X + 1100);
    assertThat(html).contains("as of 2026-11-27");
  }

  @Test
  void aRoadmapWithOneMilestoneNoMissionsAndNoAsOf() {
    Schedule s =
        MarkdownGfmTest.schedule(
            "one.yaml",
            """
            roadmap: 1
            title: One
            start: 2024-03-05
            phases:
              - {id: p, name: Only phase}
            milestones:
              - {id: m, title: The only milestone, phase: p, date: 2024-03-05}
            """);
    String html = HtmlRenderer.render(s);
    Document d = parse(html);
    assertThat(withClass(d, "g", "milestone")).hasSize(1);
    assertThat(withClass(d, "path", "dependency")).isEmpty();
    assertThat(byId(d, "line", "as-of")).isNull();
    assertThat(byId(d, "table", "missions")).isNull();
    assertThat(html).contains("No missions.").contains("2024-03-04").doesNotContain("NaN");
    assertThat(html).doesNotContain("Infinity");
  }

  @Test
  void aShortRangeHasMonthTicks() {
    Schedule s =
        MarkdownGfmTest.schedule(
            "short.yaml",
            """
            roadmap: 1
            title: Short
            start: 2025-01-06
            as-of: 2025-03-01
            phases:
              - {id: p, name: P, start: 2025-01-06, end: 2025-06-30}
            milestones:
              - {id: a, title: A, phase: p, start: 2025-01-06, duration: 3w}
              - {id: b, title: B, phase: p, requires: [{id: a, type: start-to-start, lag: 1w}]}
              - {id: c, title: C, phase: p, duration: 10d,
                 requires: [{id: a, type: finish-to-finish, lag: 60d}]}
            """);
    String html = HtmlRenderer.render(s);
    Document d = parse(html);
    Element axis = withClass(d, "g", "axis").get(0);
    assertThat(axis.getTextContent()).contains("Jan", "Feb", "Mar", "2025");
    assertThat(drawnLinks(d)).isEqualTo(liveLinks(s)).hasSize(2);
    assertThat(byId(d, "line", "as-of")).isNotNull();
  }

  @Test
  void textIsEscapedEverywhere() {
    String yaml =
        """
        roadmap: 1
        title: 'T %1$s'
        start: 2024-01-01
        as-of: 2024-02-01
        authorities:
          - {id: a, name: 'A %1$s'}
          - {id: b, name: 'B %1$s'}
        missions:
          - {id: m, name: 'M %1$s', from: a, to: b}
        phases:
          - {id: p, name: 'P %1$s'}
        milestones:
          - {id: x, title: 'X %1$s', phase: p, date: 2024-01-10}
          - {id: y, title: 'Y %1$s', phase: p, kind: transfer, mission: m, requires: [x]}
        """
            .formatted(NASTY.replace("'", "''"));
    Schedule s = MarkdownGfmTest.schedule("nasty.yaml", yaml);
    String html = HtmlRenderer.render(s);
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;");
    Document d = parse(html);
    assertThat(d.getElementsByTagName("script").getLength()).isZero();
    assertThat(elements(d, "h1").get(0).getTextContent()).isEqualTo("T " + NASTY);
    assertThat(elements(d, "title").get(0).getTextContent()).isEqualTo("T " + NASTY);
    assertThat(d.getDocumentElement().getTextContent())
        .contains("X " + NASTY, "Y " + NASTY, "M " + NASTY, "P " + NASTY);
    // Authority names are the tooltips of their ids in the mission table.
    assertThat(elements(d, "code").stream().map(e -> e.getAttribute("title")))
        .contains("A " + NASTY, "B " + NASTY);

    String apostrophe =
        HtmlRenderer.render(
            MarkdownGfmTest.schedule("q.yaml", yaml.replace("title: 'T ", "title: 'T it''s ")));
    assertThat(apostrophe).contains("T it&#39;s &lt;script&gt;").doesNotContain("it's");
  }

  @Test
  void longTitlesAreTruncatedInTheChartAndWholeInTheTooltipAndTables() {
    String longTitle = "A very long milestone title ".repeat(8).strip();
    Schedule s =
        MarkdownGfmTest.schedule(
            "long.yaml",
            """
            roadmap: 1
            title: Long
            start: 2024-01-01
            phases:
              - {id: p, name: '%1$s'}
            milestones:
              - {id: a, title: '%1$s', phase: p, date: 2024-01-10}
              - {id: b, title: '%1$s', phase: p, kind: transfer, mission: m, date: 2024-02-10}
            """
                .formatted(longTitle));
    Document d = parse(HtmlRenderer.render(s));
    for (Element g : withClass(d, "g", "milestone")) {
      Element label =
          withClass(d, "text", "label").stream()
              .filter(t -> t.getParentNode() == g)
              .findFirst()
              .orElseThrow();
      String text = label.getTextContent();
      assertThat(text).endsWith("…").hasSizeLessThan(longTitle.length());
      boolean bold = "700".equals(label.getAttribute("font-weight"));
      assertThat(TextMetrics.width(text, GanttChart.LABEL_SIZE, bold))
          .isLessThanOrEqualTo(GanttChart.LABEL_W - 20);
      assertThat(g.getElementsByTagName("title").item(0).getTextContent()).startsWith(longTitle);
    }
    long inTables =
        elements(d, "span").stream().filter(e -> e.getTextContent().equals(longTitle)).count();
    assertThat(inTables).isEqualTo(2);
  }

  @Test
  void nothingReachesTheNetwork() {
    for (String file : List.of(SAMPLE, "roadmaps/examples/datacenter-migration.yaml")) {
      String html = HtmlRenderer.render(MarkdownGfmTest.schedule(file));
      String rest = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
      // The list of sources links each title to its source, a link the reader may follow and
      // that loads nothing; the citations link to that list, in the page.
      Matcher list =
          Pattern.compile("<ul id=\"sources\">\n(.*?)</ul>\n", Pattern.DOTALL).matcher(rest);
      if (list.find()) {
        assertThat(list.group(1).lines())
            .allSatisfy(l -> assertThat(l).matches("<li id=\"source-[^\"]+\">.*</li>"))
            .allSatisfy(
                l ->
                    assertThat(
                            l.replaceAll("<a href=\"https?://[^\"<> ]+\" rel=\"noreferrer\">", ""))
                        .doesNotContain("href="));
        rest = rest.substring(0, list.start()) + rest.substring(list.end());
      }
      rest = rest.replaceAll(" href=\"#source-[a-z0-9._-]+\"", "");
      // A milestone's links are links the reader may follow too (http, https or mailto), in its
      // row's cell and, as text, in its tooltip.
      Matcher links =
          Pattern.compile("<div class=\"links\">(.*?)</div>", Pattern.DOTALL).matcher(rest);
      StringBuilder kept = new StringBuilder();
      while (links.find()) {
        assertThat(
                links
                    .group(1)
                    .replaceAll(
                        "<a href=\"(https?://|mailto:)[^\"<> ]+\" rel=\"noreferrer\">[^<]*</a>",
                        ""))
            .doesNotContain("href=")
            .doesNotContain("<");
        links.appendReplacement(kept, "");
      }
      rest = links.appendTail(kept).toString().replaceAll("(?m)^link: .*&lt;[^ ]*&gt;$", "");
      assertThat(rest).doesNotContain("http://").doesNotContain("https://").doesNotContain("//");
      assertThat(rest)
          .doesNotContainIgnoringCase("<script")
          .doesNotContainIgnoringCase("<link")
          .doesNotContainIgnoringCase("<img")
          .doesNotContainIgnoringCase("<iframe")
          .doesNotContainIgnoringCase("@import")
          .doesNotContainIgnoringCase("@font-face")
          .doesNotContain("src=")
          .doesNotContain("href=");
      Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(rest);
      while (url.find()) {
        assertThat(url.group(1)).as("url() is a fragment of the page").startsWith("#");
      }
      assertThat(html).contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    }
  }

  @Test
  void theOutputIsDeterministicWithUnixLineEnds() {
    String first = HtmlRenderer.render(MarkdownGfmTest.schedule(SAMPLE));
    String second = HtmlRenderer.render(MarkdownGfmTest.schedule(SAMPLE));
    assertThat(second).isEqualTo(first);
    assertThat(first)
        .startsWith("<!DOCTYPE html>\n")
        .endsWith("</html>\n")
        .doesNotContain("\r")
        .contains("<meta charset=\"utf-8\"/>");
  }

  @Test
  void fitCutsAtAWordBoundaryFreeEnd() {
    assertThat(TextMetrics.fit("short", 100, 12, false)).isEqualTo("short");
    String cut = TextMetrics.fit("Memorandum of Agreement on the transfer", 120, 12, false);
    assertThat(cut).endsWith("…").doesNotEndWith(" …");
    assertThat(TextMetrics.width(cut, 12, false)).isLessThanOrEqualTo(120);
    // Characters outside the BMP are not split.
    String emoji = TextMetrics.fit("😀".repeat(40), 60, 12, false);
    assertThat(new String(emoji.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(emoji)
        .endsWith("…");
  }

  @Test
  void controlCharactersAreShownEscapedSoThePageStaysWellFormed() {
    assertThat(Html.esc("a\u0001b\uD800c\u001B[2J\u200Bd\re\tf\ng\uFFFF"))
        .isEqualTo("a\\u0001b\uFFFDc\\u001B[2J\\u200Bd e\tf\ng\uFFFD");
    assertThat(Html.esc("<&>\"'")).isEqualTo("&lt;&amp;&gt;&quot;&#39;");
  }

  @Test
  void styleSheetIsTheResourceWithTheChartsFontAndWidthPutIn() {
    assertThat(HtmlRenderer.CSS)
        .doesNotContain("{{")
        .contains("font-family: " + GanttChart.FONT + ";")
        .contains("max-width: " + (GanttChart.WIDTH + 2) + "px;")
        .endsWith("}\n");
  }
}
