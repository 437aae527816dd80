package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.plan.Schedule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported gantt chart rendered by the real Mermaid library (npm package {@code mermaid}) in
 * headless Chromium: every milestone is drawn, nothing reads "Invalid date" or NaN, and the page
 * logs no error. {@code mermaid.parse} alone is not enough: it accepts broken gantt lines.
 *
 * <p>Needs Debian's {@code chromium} and {@code npm ci --prefix src/test/mermaid}; {@code .ci/run}
 * installs both. Without them the test is skipped with a message saying so, except under CI ({@code
 * CI=true}), where it fails.
 */
class MermaidRenderingTest {
  static final Path MERMAID =
      TestFiles.root().resolve("src/test/mermaid/node_modules/mermaid/dist/mermaid.min.js");

  static Path chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  static Path requireTools() {
    Path chromium = chromium();
    String missing =
        chromium == null
            ? "Chromium (apt-get install chromium)"
            : !Files.exists(MERMAID) ? "Mermaid (npm ci --prefix src/test/mermaid)" : null;
    if (missing != null) {
      String message = "MermaidRenderingTest needs " + missing;
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message + "; .ci/run should have installed it");
      }
      Assumptions.abort(message + "; skipped");
    }
    return chromium;
  }

  /** Renders the chart in Chromium and returns the DOM after Mermaid has run. */
  static String render(String gantt, Path dir) throws IOException, InterruptedException {
    Path chromium = requireTools();
    String page =
        """
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <pre class="mermaid">%s</pre>
        <div id="log"></div>
        <script src="%s"></script>
        <script>
        const log = document.getElementById('log');
        function record(text) {
          const p = document.createElement('p');
          p.className = 'console-error';
          p.textContent = text;
          log.appendChild(p);
        }
        const error = console.error;
        console.error = (...a) => { record(a.join(' ')); error(...a); };
        window.addEventListener('error', e => record('uncaught: ' + e.message));
        mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});
        mermaid.run({querySelector: '.mermaid'})
          .then(() => document.body.setAttribute('data-rendered', 'yes'))
          .catch(e => { document.body.setAttribute('data-rendered', 'failed'); record('' + e); });
        </script></body></html>
        """
            .formatted(escape(gantt), MERMAID.toUri());
    Path html = dir.resolve("page.html");
    Files.writeString(html, page, StandardCharsets.UTF_8);
    Path dom = dir.resolve("dom.html");
    Process p =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"),
                "--virtual-time-budget=30000",
                "--dump-dom",
                html.toUri().toString())
            .redirectOutput(dom.toFile())
            .redirectError(dir.resolve("chromium.log").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue()).as("chromium exit code").isZero();
    return Files.readString(dom, StandardCharsets.UTF_8);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static void assertDrawn(Schedule s, String dom) {
    assertThat(dom).contains("data-rendered=\"yes\"").doesNotContain("<p class=\"console-error\">");
    assertThat(dom).contains("aria-roledescription=\"gantt\"");
    assertThat(dom).doesNotContain("Invalid date").doesNotContain("NaN");
    for (Schedule.Entry e : s.milestones().values()) {
      String id = MermaidRenderer.id(e.milestone().id());
      Matcher rect =
          Pattern.compile("<rect id=\"mermaid-\\d+-" + Pattern.quote(id) + "\"[^>]*>").matcher(dom);
      assertThat(rect.find()).as("a bar for %s", id).isTrue();
      assertThat(rect.group())
          .containsPattern("width=\"[0-9.]+\"")
          .containsPattern("x=\"[0-9.]+\"");
      Matcher text =
          Pattern.compile("<text id=\"mermaid-\\d+-" + Pattern.quote(id) + "-text\"[^>]*>([^<]*)<")
              .matcher(dom);
      assertThat(text.find()).as("a label for %s", id).isTrue();
      assertThat(text.group(1).strip()).as("the label of %s", id).isNotEmpty();
    }
  }

  @Test
  void everyMilestoneOfTheSampleRoadmapIsDrawn(@TempDir Path dir) throws Exception {
    Schedule s = MarkdownGfmTest.schedule("roadmaps/opcon-transition.yaml");
    String dom = render(MermaidRenderer.render(s), dir);
    assertDrawn(s, dom);
    // Entity codes for ':' and ';' come out as the characters themselves.
    assertThat(dom)
        .contains("35th SCM: ROK ready for 8 of 10 missions; JSA and counter-fire later");
  }

  /** A filter that lets nothing through leaves a chart of no task: Mermaid draws it, titled. */
  @Test
  void aChartFilteredToNothingIsDrawnWithoutAnError(@TempDir Path dir) throws Exception {
    Schedule s = MarkdownGfmTest.schedule("roadmaps/examples/datacenter-migration.yaml");
    String chart =
        MermaidRenderer.render(
            s, ViewFindings.NONE, new dev.roadmap.plan.DetailFilter(List.of(), List.of("zzz")));
    assertThat(chart).doesNotContain("section");
    String dom = render(chart, dir);
    assertThat(dom)
        .contains("data-rendered=\"yes\"")
        .contains("(milestones with label 'zzz')</text>")
        .doesNotContain("<p class=\"console-error\"");
  }

  @Test
  void aMilestoneMarkedWithItsFindingsIsDrawn(@TempDir Path dir) throws Exception {
    Schedule s = MarkdownGfmTest.schedule("src/test/resources/views/missed-deadline.yaml");
    ViewFindings findings =
        new ViewFindings(List.of(), Map.of("cf-manual", List.of("RM303", "RM302")));
    String chart = MermaidRenderer.render(s, findings);
    assertThat(chart).contains("missed by 11 days) ! RM303 RM302 :crit, cf-manual, ");
    String dom = render(chart, dir);
    assertDrawn(s, dom);
    assertThat(dom).contains("missed by 11 days) ! RM303 RM302");
  }

  @Test
  void specialCharactersInTitlesDoNotBreakTheChart(@TempDir Path dir) throws Exception {
    Schedule s =
        MarkdownGfmTest.schedule(
            "nasty.yaml",
            """
        roadmap: 1
        title: "Colons: semis; hashes # and 100% %% not a comment"
        start: 2024-01-01
        phases:
          - {id: p, name: "Phase: one; #1"}
        milestones:
          - {id: a.b, title: "A: b; c # d %% e <f> & \\"g\\"", phase: p, duration: 3d}
          - {id: c_d, title: "milestone, crit, done", phase: p, requires: [a.b]}
          - {id: e, title: "after a.b, 3d", phase: p, start: 2024-02-01, duration: 1w}
        """);
    String dom = render(MermaidRenderer.render(s), dir);
    assertDrawn(s, dom);
    assertThat(dom).contains("A: b; c # d %% e &lt;f&gt; &amp; \"g\"");
  }

  /** Task names, each as Mermaid draws it (a blank one is the milestone's id). */
  static final Map<String, String> KEYWORD_TITLES =
      Map.ofEntries(
          Map.entry("a", "section Evil"),
          Map.entry("b", "title Evil"),
          Map.entry("c", "dateFormat YYYY"),
          Map.entry("d", "click a call alert()"),
          Map.entry("e", "accDescr {"),
          Map.entry("f", ""),
          Map.entry("g", "   "),
          Map.entry("h", "excludes weekends"),
          Map.entry("i", "%% not a comment"),
          Map.entry("j", "Todaymarker on"),
          Map.entry("k", "gantt"),
          Map.entry("l", "accTitle: x"));

  @Test
  void mermaidKeywordsAndBlankNamesInTitlesAndPhasesAreDrawnAsWritten(@TempDir Path dir)
      throws Exception {
    StringBuilder yaml =
        new StringBuilder(
            """
            roadmap: 1
            title: "title Evil"
            start: 2024-01-01
            phases:
              - {id: p, name: "section Evil"}
              - {id: q, name: "  "}
            milestones:
            """);
    int day = 2;
    for (var e : new java.util.TreeMap<>(KEYWORD_TITLES).entrySet()) {
      yaml.append("  - {id: ")
          .append(e.getKey())
          .append(", title: \"")
          .append(e.getValue())
          .append("\", phase: ")
          .append(day % 2 == 0 ? "p" : "q")
          .append(", date: 2024-01-")
          .append(String.format("%02d", day++))
          .append("}\n");
    }
    Schedule s = MarkdownGfmTest.schedule("keywords.yaml", yaml.toString());
    String chart = MermaidRenderer.render(s);
    assertThat(chart).startsWith("gantt\n    title title Evil\n    dateFormat YYYY-MM-DD\n");
    // The Markdown export holds the same chart.
    assertThat(MarkdownRenderer.render(s, ViewFindings.NONE))
        .contains(chart.replace("gantt\n", "").lines().skip(4).findFirst().orElseThrow())
        .contains("    #115;ection Evil :crit, milestone, a, 2024-01-02, 0d\n");
    String dom = render(chart, dir);
    assertDrawn(s, dom);
    for (var e : KEYWORD_TITLES.entrySet()) {
      String shown = e.getValue().isBlank() ? e.getKey() : e.getValue();
      Matcher text =
          Pattern.compile(
                  "<text id=\"mermaid-\\d+-" + Pattern.quote(e.getKey()) + "-text\"[^>]*>([^<]*)<")
              .matcher(dom);
      assertThat(text.find()).as("a label for %s", e.getKey()).isTrue();
      assertThat(text.group(1).strip()).as("the label of %s", e.getKey()).isEqualTo(escape(shown));
    }
    // The sections, by name (the blank one by its id), and the chart's title.
    assertThat(dom).contains(">section Evil</tspan>").contains(">q</tspan>");
    assertThat(dom).contains("class=\"titleText\">title Evil</text>");
  }
}
