package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.render.HtmlScreenshotTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chart of {@code roadmap export --format html} as headless Chromium draws it, with the fonts
 * at hand: every milestone's title is drawn on one line and ends inside the label column, a cut
 * title ends in an ellipsis and its tooltip holds it whole, and the as-of label touches no bar,
 * diamond, text or dependency line. Needs Debian's {@code chromium}; without it the tests are
 * skipped ("needs Chromium: apt-get install chromium"), except under CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlChartChromiumTest {
  /** The as-of date inside a bar, on the arrows, among wide and CJK titles. */
  static final String AS_OF = "src/test/resources/views/as-of-crossing.yaml";

  /**
   * Reads each label's text, tooltip, boxes and width, and what the as-of label touches. The result
   * is JSON in a script element, which Chromium's DOM dump leaves unescaped.
   */
  static final String PROBE =
      """
      <script>
      (function () {
        const svg = document.querySelector('svg#gantt');
        const out = {clip: +svg.querySelector('#label-clip rect').getAttribute('width'),
          labels: [], phases: [], asOf: null, touches: []};
        for (const g of svg.querySelectorAll('g.milestone')) {
          const t = g.querySelector('text.label');
          const box = t.getBBox();
          out.labels.push({id: g.getAttribute('data-id'), text: t.textContent,
            tooltip: g.querySelector('title').textContent, rects: t.getClientRects().length,
            height: box.height, size: parseFloat(getComputedStyle(t).fontSize),
            right: box.x + t.getComputedTextLength()});
        }
        for (const t of svg.querySelectorAll('g.phase-labels text')) {
          const box = t.getBBox();
          out.phases.push({text: t.firstChild.textContent, right: box.x + box.width,
            rects: t.getClientRects().length});
        }
        out.width = svg.viewBox.baseVal.width;
        const a = svg.querySelector('g.as-of');
        if (a) {
          const r = a.querySelector('rect').getBBox();
          const t = a.querySelector('text').getBBox();
          out.asOf = {x: r.x, y: r.y, w: r.width, h: r.height, textW: t.width, textH: t.height};
          const inside = (x, y) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
          for (const p of svg.querySelectorAll('path.dependency')) {
            const n = p.getTotalLength();
            for (let i = 0; i <= n; i += 0.5) {
              const q = p.getPointAtLength(i);
              if (inside(q.x, q.y)) {
                out.touches.push('dependency ' + p.getAttribute('data-from') + '>'
                  + p.getAttribute('data-to'));
                break;
              }
            }
          }
          const others = '.marker, text.label, text.date, g.axis text, g.phase-labels text, '
            + 'g.legend-item, g.phase rect';
          for (const e of svg.querySelectorAll(others)) {
            const b = e.getBBox();
            if (b.x < r.x + r.width && r.x < b.x + b.width
                && b.y < r.y + r.height && r.y < b.y + b.height) {
              const g = e.closest('[data-id]') || e.closest('[data-item]');
              out.touches.push(e.tagName + '.' + e.getAttribute('class') + ' '
                + (g ? g.getAttribute('data-id') || g.getAttribute('data-item') : e.textContent));
            }
          }
        }
        const s = document.createElement('script');
        s.type = 'application/json';
        s.id = 'probe-out';
        s.textContent = JSON.stringify(out).replace(/</g, '\\\\u003c');
        document.body.appendChild(s);
      })();
      </script>
      """;

  private static final Pattern OUT =
      Pattern.compile("<script type=\"application/json\" id=\"probe-out\">(.*?)</script>");

  private final Map<String, JsonNode> probed = new HashMap<>();
  private Path dir;

  /** The probe's findings for {@code file}, from one Chromium run per file. */
  private JsonNode probe(String file) throws Exception {
    HtmlScreenshotTest.requireChromium();
    if (probed.containsKey(file)) {
      return probed.get(file);
    }
    if (dir == null) {
      dir = Files.createTempDirectory("html-chart");
    }
    Run export = Run.of("export", "--format", "html", file);
    // A roadmap with error findings is exported all the same, its exit code 1.
    assertThat(export.code()).as(export.err()).isIn(0, 1);
    assertThat(export.out()).contains("<svg id=\"gantt\"");
    String name = "page" + probed.size();
    String copy =
        export
            .out()
            .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
            .replace("</body>", PROBE + "</body>");
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, copy, StandardCharsets.UTF_8);
    HtmlScreenshotTest.Run run =
        HtmlScreenshotTest.chromium(dir, name, page, "--window-size=1400,1200", "--dump-dom");
    assertThat(run.console()).as("console messages").isEmpty();
    Matcher m = OUT.matcher(run.out());
    assertThat(m.find()).as("the probe ran").isTrue();
    JsonNode json = new ObjectMapper().readTree(m.group(1));
    probed.put(file, json);
    return json;
  }

  @AfterAll
  void removeTheTemporaryFiles() throws Exception {
    if (dir != null) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        CliTest.SAMPLE,
        ExampleRoadmapTest.EXAMPLE,
        TerminalWidthTest.LONG,
        AS_OF,
        ViewsWithFindingsTest.MISSED
      })
  void everyTitleIsDrawnOnOneLineAndCutWithAnEllipsis(String file) throws Exception {
    JsonNode chart = probe(file);
    double clip = chart.get("clip").asDouble();
    assertThat(chart.get("labels")).isNotEmpty();
    int cut = 0;
    for (JsonNode l : chart.get("labels")) {
      String id = l.get("id").asText();
      String text = l.get("text").asText();
      String[] tooltip = l.get("tooltip").asText().split("\n");
      assertThat(l.get("rects").asInt()).as("boxes of %s", id).isEqualTo(1);
      assertThat(l.get("height").asDouble())
          .as("height of %s: one line", id)
          .isLessThan(2 * l.get("size").asDouble());
      assertThat(l.get("right").asDouble()).as("right end of %s", id).isLessThanOrEqualTo(clip);
      assertThat(tooltip[1]).as("the tooltip of %s names it", id).isEqualTo(id);
      String title = text.replaceFirst("( \\([a-z-]+\\))*( ! RM\\d{3}( RM\\d{3})*)?$", "");
      if (!title.equals(tooltip[0])) {
        cut++;
        assertThat(title).as("the cut title of %s", id).endsWith("\u2026");
        assertThat(tooltip[0])
            .as("the tooltip of %s holds the whole title", id)
            .startsWith(title.substring(0, title.length() - 1))
            .hasSizeGreaterThan(title.length() - 1);
      }
    }
    if (!file.equals(ViewsWithFindingsTest.MISSED)) {
      assertThat(cut).as("titles cut in %s", file).isPositive();
    }
    for (JsonNode p : chart.get("phases")) {
      assertThat(p.get("rects").asInt()).isEqualTo(1);
      assertThat(p.get("right").asDouble())
          .as("right end of %s", p.get("text").asText())
          .isLessThanOrEqualTo(chart.get("width").asDouble());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        AS_OF,
        CliTest.SAMPLE,
        ExampleRoadmapTest.EXAMPLE,
        TerminalWidthTest.LONG,
        ViewsWithFindingsTest.MISSED
      })
  void theAsOfLabelTouchesNoBarTextOrDependencyLine(String file) throws Exception {
    JsonNode chart = probe(file);
    JsonNode label = chart.get("asOf");
    assertThat(label.isObject()).as("the as-of label of %s", file).isTrue();
    List<String> touches = new ArrayList<>();
    chart.get("touches").forEach(t -> touches.add(t.asText()));
    assertThat(touches).as("what the label touches").isEmpty();
    assertThat(label.get("textW").asDouble())
        .as("the label's text fits its box")
        .isLessThanOrEqualTo(label.get("w").asDouble());
    assertThat(label.get("x").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(label.get("x").asDouble() + label.get("w").asDouble())
        .isLessThanOrEqualTo(chart.get("width").asDouble());
  }
}
