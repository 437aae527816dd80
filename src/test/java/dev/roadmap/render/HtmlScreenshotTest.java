package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.plan.Schedule;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML export of the sample roadmap opened in headless Chromium, as a person would open it: the
 * page draws the chart, every milestone and the mission table, logs no error, fetches nothing, no
 * label overflows its column, and a screenshot is a real picture of the page.
 *
 * <p>Needs Debian's {@code chromium}; without it the test is skipped, except under CI ({@code
 * CI=true}), where it fails. {@code mvn test -Dtest=HtmlScreenshotTest -Dscreenshot.update=true}
 * rewrites {@code docs/timeline.png}, the picture in the README, at 1400 px wide and as tall as the
 * page.
 */
public class HtmlScreenshotTest {
  static final String SAMPLE = "roadmaps/opcon-transition.yaml";
  static final Path README_PNG = TestFiles.root().resolve("docs/timeline.png");
  static final int MAX_README_PNG = 400 * 1024;

  /**
   * Appended to a copy of the page (whose Content-Security-Policy would block it) to read what a
   * person would see: errors, fetches, overflowing labels and the size of the page.
   */
  static final String PROBE =
      """
      <script>
      (function () {
        const body = document.body;
        const errors = [];
        function record(text) {
          errors.push(text);
          const p = document.createElement('p');
          p.className = 'console-error';
          p.textContent = text;
          body.appendChild(p);
        }
        const error = console.error;
        console.error = (...a) => { record(a.join(' ')); error(...a); };
        window.addEventListener('error', e => record('error: ' + (e.message || e.target)), true);
        window.addEventListener('unhandledrejection', e => record('rejection: ' + e.reason));
        const overflow = [];
        for (const t of document.querySelectorAll('svg#gantt text.label')) {
          if (t.getComputedTextLength() > %d) {
            overflow.push(t.parentNode.getAttribute('data-id'));
          }
        }
        body.setAttribute('data-overflow', overflow.join(' '));
        body.setAttribute('data-resources', performance.getEntriesByType('resource').length);
        body.setAttribute('data-scroll-width', document.documentElement.scrollWidth);
        body.setAttribute('data-height', document.documentElement.scrollHeight);
        const svg = document.querySelector('svg#gantt').getBoundingClientRect();
        body.setAttribute('data-svg-width', Math.round(svg.width));
        body.setAttribute('data-probe', 'done');
      })();
      </script>
      """
          .formatted(GanttChart.LABEL_W - 20);

  public static Path requireChromium() {
    Path chromium = MermaidRenderingTest.chromium();
    if (chromium == null) {
      String message = "needs Chromium: apt-get install chromium";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("HtmlScreenshotTest " + message + "; .ci/run should install it");
      }
      Assumptions.abort(message);
    }
    return chromium;
  }

  /** What Chromium printed: standard output and its log (console messages included). */
  public record Run(String out, String log) {
    /** Console messages of the page: Chromium logs them as {@code INFO:CONSOLE(1)] "..."}. */
    public List<String> console() {
      return log.lines().filter(l -> l.matches(".*:CONSOLE[(:].*")).toList();
    }
  }

  public static Run chromium(Path dir, String name, Path page, String... extra)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                requireChromium().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--enable-logging=stderr",
                "--v=0",
                "--user-data-dir=" + dir.resolve("profile-" + name)));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    Path out = dir.resolve(name + ".out");
    Path log = dir.resolve(name + ".log");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(log.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue()).as("chromium exit code; log in %s", log).isZero();
    return new Run(
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The page rendered from the sample roadmap, written to {@code dir}. */
  static Path page(Schedule s, Path dir) throws IOException {
    Path html = dir.resolve("timeline.html");
    Files.writeString(html, HtmlRenderer.render(s), StandardCharsets.UTF_8);
    return html;
  }

  /** The DOM of a copy of the page with {@link #PROBE} appended, after Chromium has run it. */
  static String probe(Path page, Path dir) throws IOException, InterruptedException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    String copy =
        html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
            .replace("</body>", PROBE + "</body>");
    assertThat(copy).as("the probe is appended").contains("data-probe");
    Path probed = dir.resolve("probed.html");
    Files.writeString(probed, copy, StandardCharsets.UTF_8);
    Run run = chromium(dir, "dom", probed, "--window-size=1400,1800", "--dump-dom");
    assertThat(run.console()).as("console messages").isEmpty();
    return run.out();
  }

  public static String attribute(String dom, String name) {
    Matcher m = Pattern.compile("<body[^>]* " + name + "=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find()).as("body has %s", name).isTrue();
    return m.group(1);
  }

  @Test
  void theSamplePageRendersInChromiumWithoutErrors(@TempDir Path dir) throws Exception {
    requireChromium();
    Schedule s = MarkdownGfmTest.schedule(SAMPLE);
    String dom = probe(page(s, dir), dir);

    assertThat(attribute(dom, "data-probe")).isEqualTo("done");
    assertThat(dom).doesNotContain("class=\"console-error\"");
    assertThat(attribute(dom, "data-resources")).as("fetches").isEqualTo("0");
    assertThat(attribute(dom, "data-overflow")).as("labels wider than their column").isEmpty();
    assertThat(Integer.parseInt(attribute(dom, "data-scroll-width")))
        .as("no horizontal scrolling at 1400 px")
        .isLessThanOrEqualTo(1400);
    assertThat(Integer.parseInt(attribute(dom, "data-svg-width"))).isGreaterThan(1200);

    assertThat(dom).containsPattern("<svg id=\"gantt\"[^>]*>");
    for (String id : s.milestones().keySet()) {
      assertThat(dom)
          .as("the group of %s", id)
          .containsPattern("<g class=\"milestone [^\"]*\" data-id=\"" + Pattern.quote(id) + "\">");
    }
    assertThat(dom).contains("<table id=\"missions\">").contains("<line id=\"as-of\"");
    assertThat(dom).contains("Wartime operational control of ROK forces");
  }

  @Test
  void aScreenshotOfTheSamplePageIsAPicture(@TempDir Path dir) throws Exception {
    requireChromium();
    Path page = page(MarkdownGfmTest.schedule(SAMPLE), dir);
    Path png = dir.resolve("timeline.png");
    Run run = chromium(dir, "screenshot", page, "--screenshot=" + png, "--window-size=1400,1800");
    assertThat(run.console()).as("console messages of the page itself (CSP in force)").isEmpty();
    assertThat(png).exists();
    assertThat(Files.size(png)).as("PNG size").isGreaterThan(20 * 1024);
    assertThat(size(png)).containsExactly(1400, 1800);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(colours(image)).as("distinct colours: not a blank page").isGreaterThan(50);
  }

  @Test
  void theReadmeScreenshotIsCurrentSized(@TempDir Path dir) throws Exception {
    if (Boolean.getBoolean("screenshot.update")) {
      requireChromium();
      Schedule s = MarkdownGfmTest.schedule(SAMPLE);
      Path page = page(s, dir);
      int height = Integer.parseInt(attribute(probe(page, dir), "data-height"));
      Path png = dir.resolve("full.png");
      chromium(dir, "full", page, "--screenshot=" + png, "--window-size=1400," + height);
      writeIndexed(ImageIO.read(png.toFile()), README_PNG, 128);
    }
    assertThat(README_PNG).as("docs/timeline.png; -Dscreenshot.update=true makes it").exists();
    assertThat(size(README_PNG).get(0)).isEqualTo(1400);
    assertThat(Files.size(README_PNG)).as("docs/timeline.png size").isLessThan(MAX_README_PNG);
  }

  /** Width and height from the IHDR chunk, which the PNG format puts first. */
  public static List<Integer> size(Path png) throws IOException {
    byte[] head = new byte[24];
    try (InputStream in = Files.newInputStream(png)) {
      assertThat(in.readNBytes(head, 0, 24)).isEqualTo(24);
    }
    ByteBuffer b = ByteBuffer.wrap(head);
    assertThat(b.getLong(0)).as("PNG signature").isEqualTo(0x89504E470D0A1A0AL);
    assertThat(new String(head, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
    return List.of(b.getInt(16), b.getInt(20));
  }

  public static int colours(BufferedImage image) {
    Map<Integer, Integer> seen = new HashMap<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
      }
    }
    return seen.size();
  }

  /**
   * Writes {@code image} as an 8-bit PNG with a palette of at most {@code colours} colours, under
   * half the size of Chromium's RGB one: the palette starts with the most frequent colour and then
   * takes, each time, the colour that is worst served by the palette so far (distance times the
   * square root of its frequency), so that small areas of a distinct colour (legend swatches, the
   * critical path) keep it; every pixel then takes the nearest colour of the palette. No dithering:
   * text stays crisp.
   */
  public static void writeIndexed(BufferedImage image, Path file, int colours) throws IOException {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
    Map<Integer, Integer> frequency = new HashMap<>();
    for (int p : pixels) {
      frequency.merge(p & 0xFFFFFF, 1, Integer::sum);
    }
    List<Map.Entry<Integer, Integer>> byFrequency = new ArrayList<>(frequency.entrySet());
    byFrequency.sort(
        Map.Entry.<Integer, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    int n = byFrequency.size();
    int[] rgb = new int[n];
    double[] weight = new double[n];
    double[] distance = new double[n];
    for (int i = 0; i < n; i++) {
      rgb[i] = byFrequency.get(i).getKey();
      weight[i] = Math.sqrt(byFrequency.get(i).getValue());
      distance[i] = Double.MAX_VALUE;
    }
    int size = Math.min(colours, n);
    int[] palette = new int[size];
    int next = 0;
    for (int k = 0; k < size; k++) {
      palette[k] = rgb[next];
      double best = -1;
      for (int i = 0; i < n; i++) {
        distance[i] = Math.min(distance[i], distance(rgb[i], palette[k]));
        if (distance[i] * weight[i] > best) {
          best = distance[i] * weight[i];
          next = i;
        }
      }
    }
    byte[] r = new byte[size];
    byte[] g = new byte[size];
    byte[] b = new byte[size];
    for (int k = 0; k < size; k++) {
      r[k] = (byte) (palette[k] >> 16);
      g[k] = (byte) (palette[k] >> 8);
      b[k] = (byte) palette[k];
    }
    BufferedImage out =
        new BufferedImage(
            w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, size, r, g, b));
    byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    Map<Integer, Byte> nearest = new HashMap<>();
    for (int i = 0; i < pixels.length; i++) {
      data[i] =
          nearest.computeIfAbsent(
              pixels[i] & 0xFFFFFF,
              c -> {
                int best = 0;
                for (int k = 1; k < size; k++) {
                  if (distance(c, palette[k]) < distance(c, palette[best])) {
                    best = k;
                  }
                }
                return (byte) best;
              });
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0f);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(tmp.toFile())) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(out, null, null), param);
    } finally {
      writer.dispose();
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Squared distance of two colours, weighted for the eye (green most, blue least). */
  static double distance(int a, int b) {
    int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
    int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
    int db = (a & 0xFF) - (b & 0xFF);
    return 3.0 * dr * dr + 4.0 * dg * dg + 2.0 * db * db;
  }
}
