package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.HistoryRepo;
import dev.roadmap.TestFiles;
import dev.roadmap.render.HtmlScreenshotTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The milestone trend chart of {@code roadmap history --format html} opened in headless Chromium:
 * one drawn line per milestone, no error, nothing fetched. Needs Debian's {@code chromium}; without
 * it the test is skipped ("needs Chromium: apt-get install chromium"), except under CI. {@code mvn
 * test -Dtest=HistoryChromiumTest -Dscreenshot.update=true} rewrites {@code docs/history.png}.
 */
class HistoryChromiumTest {
  static final Path PNG = TestFiles.root().resolve("docs/history.png");

  /** Reads, for each milestone's group, how long its drawn line is, and what went wrong. */
  static final String PROBE =
      """
      <script>
      (function () {
        const body = document.body;
        const errors = [];
        window.addEventListener('error', e => errors.push(String(e.message)), true);
        const lines = [];
        for (const g of document.querySelectorAll('svg#trend g.trend')) {
          const path = g.querySelector('path.trend-line');
          const box = path.getBBox();
          lines.push(g.getAttribute('data-id') + '=' + Math.round(path.getTotalLength())
              + ':' + Math.round(box.width) + ':' + g.querySelectorAll('circle.point').length);
        }
        body.setAttribute('data-lines', lines.join(' '));
        body.setAttribute('data-diagonal', document.querySelectorAll('line#diagonal').length);
        body.setAttribute('data-errors', errors.join(' '));
        body.setAttribute('data-resources', performance.getEntriesByType('resource').length);
        body.setAttribute('data-height', document.documentElement.scrollHeight);
        body.setAttribute('data-probe', 'done');
      })();
      </script>
      """;

  /** Every milestone id of the three revisions, as {@code --id} arguments. */
  static List<String> args(HistoryRepo repo, String... first) {
    List<String> args = new ArrayList<>(List.of(first));
    args.add(repo.file());
    String json = Run.of("history", repo.file(), "--format", "json").out();
    assertThat(json).contains("\"version\": 1");
    for (String name : List.of("opcon-2007.yaml", "opcon-2010.yaml", "opcon-2014.yaml")) {
      Matcher m =
          Pattern.compile("(?m)^  - id: (\\S+)$")
              .matcher(
                  TestFiles.read(TestFiles.resources().resolve("history").resolve(name))
                      .split("\nmilestones:\n")[1]);
      while (m.find()) {
        if (!args.contains(m.group(1))) {
          args.add("--id");
          args.add(m.group(1));
        }
      }
    }
    return args;
  }

  static Path page(HistoryRepo repo, Path dir) throws Exception {
    List<String> args = args(repo, "history", "--format", "html");
    Run run = Run.of(args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    Path html = dir.resolve("history.html");
    Files.writeString(html, run.out(), StandardCharsets.UTF_8);
    return html;
  }

  static String probe(Path page, Path dir) throws Exception {
    String copy =
        Files.readString(page, StandardCharsets.UTF_8)
            .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
            .replace("</body>", PROBE + "</body>");
    Path probed = dir.resolve("probed.html");
    Files.writeString(probed, copy, StandardCharsets.UTF_8);
    HtmlScreenshotTest.Run run =
        HtmlScreenshotTest.chromium(dir, "dom", probed, "--window-size=1400,1200", "--dump-dom");
    assertThat(run.console()).as("console messages").isEmpty();
    return run.out();
  }

  @Test
  void theTrendChartDrawsOneLinePerMilestone(@TempDir Path dir) throws Exception {
    HtmlScreenshotTest.requireChromium();
    HistoryRepo repo = HistoryRepo.replay(dir.resolve("repo"));
    List<String> ids = new ArrayList<>();
    List<String> args = args(repo);
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--id")) {
        ids.add(args.get(i + 1));
      }
    }
    String dom = probe(page(repo, dir), dir);
    assertThat(HtmlScreenshotTest.attribute(dom, "data-probe")).isEqualTo("done");
    assertThat(HtmlScreenshotTest.attribute(dom, "data-errors")).isEmpty();
    assertThat(HtmlScreenshotTest.attribute(dom, "data-resources")).isEqualTo("0");
    assertThat(HtmlScreenshotTest.attribute(dom, "data-diagonal")).isEqualTo("1");
    List<String> lines = List.of(HtmlScreenshotTest.attribute(dom, "data-lines").split(" "));
    assertThat(lines.stream().map(l -> l.substring(0, l.indexOf('='))).sorted().toList())
        .as("one line per milestone")
        .isEqualTo(ids.stream().sorted().toList());
    for (String line : lines) {
      // A milestone of the last revision alone is one point: its marker.
      int markers = Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
      assertThat(markers).as("markers of %s", line).isGreaterThan(0);
    }
    // The OPCON transfer steps up twice: its line is longer than its width.
    String opcon =
        lines.stream()
            .filter(l -> l.startsWith("opcon-transition-fcfc="))
            .findFirst()
            .orElseThrow();
    int length = Integer.parseInt(opcon.substring(opcon.indexOf('=') + 1, opcon.indexOf(':')));
    int width = Integer.parseInt(opcon.split(":")[1]);
    assertThat(length).isGreaterThan(width + 100);
    assertThat(opcon).endsWith(":3");
  }

  @Test
  void theScreenshotInTheDocsIsAPicture(@TempDir Path dir) throws Exception {
    if (Boolean.getBoolean("screenshot.update")) {
      HtmlScreenshotTest.requireChromium();
      HistoryRepo repo = HistoryRepo.replay(dir.resolve("repo"));
      Path page = page(repo, dir);
      int height = Integer.parseInt(HtmlScreenshotTest.attribute(probe(page, dir), "data-height"));
      Path png = dir.resolve("full.png");
      HtmlScreenshotTest.chromium(
          dir, "full", page, "--screenshot=" + png, "--window-size=1400," + height);
      HtmlScreenshotTest.writeIndexed(ImageIO.read(png.toFile()), PNG, 96);
    }
    assertThat(PNG).as("docs/history.png; -Dscreenshot.update=true makes it").exists();
    assertThat(HtmlScreenshotTest.size(PNG).get(0)).isEqualTo(1400);
    assertThat(HtmlScreenshotTest.colours(ImageIO.read(PNG.toFile())))
        .as("distinct colours: not a blank page")
        .isGreaterThan(20);
  }
}
