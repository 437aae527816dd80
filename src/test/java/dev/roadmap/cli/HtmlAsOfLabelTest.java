package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML chart's "as of" label stands clear of every dependency line and every bar and diamond,
 * even where the as-of date falls inside a bar and on the arrows ({@link
 * HtmlChartChromiumTest#AS_OF}); HtmlChartChromiumTest checks the same as Chromium draws it.
 */
class HtmlAsOfLabelTest {
  private static final Pattern LABEL =
      Pattern.compile(
          "<g class=\"as-of\">\n<line[^>]*/>\n<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\""
              + " width=\"([\\d.]+)\" height=\"([\\d.]+)\"");
  private static final Pattern PATH =
      Pattern.compile("<path class=\"dependency\"[^>]* d=\"([^\"]+)\"");
  private static final Pattern BAR =
      Pattern.compile(
          "<rect class=\"marker bar\"[^>]* x=\"([\\d.]+)\" y=\"([\\d.]+)\""
              + " width=\"([\\d.]+)\" height=\"([\\d.]+)\"");
  private static final Pattern DIAMOND =
      Pattern.compile("<path class=\"marker diamond\" d=\"([^\"]+)\"");
  private static final Pattern POINT = Pattern.compile("([\\d.]+),([\\d.]+)");

  @ParameterizedTest
  @ValueSource(
      strings = {
        HtmlChartChromiumTest.AS_OF,
        CliTest.SAMPLE,
        CliTest.CLEAN,
        ExampleRoadmapTest.EXAMPLE,
        ViewsWithFindingsTest.MISSED,
        TerminalWidthTest.LONG
      })
  void noDependencyLineCrossesTheLabel(String file) {
    String html = Run.of("export", "--format", "html", file).out();
    Matcher m = LABEL.matcher(html);
    assertThat(m.find()).as("the as-of label").isTrue();
    double x = Double.parseDouble(m.group(1));
    double y = Double.parseDouble(m.group(2));
    double w = Double.parseDouble(m.group(3));
    double h = Double.parseDouble(m.group(4));
    Matcher p = PATH.matcher(html);
    int paths = 0;
    while (p.find()) {
      paths++;
      List<double[]> points = new ArrayList<>();
      Matcher q = POINT.matcher(p.group(1));
      while (q.find()) {
        points.add(new double[] {Double.parseDouble(q.group(1)), Double.parseDouble(q.group(2))});
      }
      for (int i = 1; i < points.size(); i++) {
        double[] a = points.get(i - 1);
        double[] b = points.get(i);
        for (int t = 0; t <= 20; t++) {
          double px = a[0] + (b[0] - a[0]) * t / 20;
          double py = a[1] + (b[1] - a[1]) * t / 20;
          boolean inside = px >= x && px <= x + w && py >= y && py <= y + h;
          assertThat(inside).as("%s crosses the label", p.group(1)).isFalse();
        }
      }
    }
    assertThat(paths).isPositive();
    Matcher bar = BAR.matcher(html);
    int markers = 0;
    while (bar.find()) {
      markers++;
      double bx = Double.parseDouble(bar.group(1));
      double by = Double.parseDouble(bar.group(2));
      double bw = Double.parseDouble(bar.group(3));
      double bh = Double.parseDouble(bar.group(4));
      boolean overlaps = bx < x + w && x < bx + bw && by < y + h && y < by + bh;
      assertThat(overlaps).as("the bar at %s,%s overlaps the label", bx, by).isFalse();
    }
    Matcher diamond = DIAMOND.matcher(html);
    while (diamond.find()) {
      markers++;
      Matcher q = POINT.matcher(diamond.group(1));
      while (q.find()) {
        double px = Double.parseDouble(q.group(1));
        double py = Double.parseDouble(q.group(2));
        boolean inside = px >= x && px <= x + w && py >= y && py <= y + h;
        assertThat(inside).as("the diamond %s overlaps the label", diamond.group(1)).isFalse();
      }
    }
    assertThat(markers).isPositive();
  }

  /** Where the as-of date lies inside a bar and on arrows, the label is above the rows. */
  @Test
  void theLabelIsInTheAxisBandAboveTheRows() {
    String html = Run.of("export", "--format", "html", HtmlChartChromiumTest.AS_OF).out();
    assertThat(html)
        .contains(
            "<g class=\"as-of\">\n"
                + "<line id=\"as-of\" x1=\"891.2\" y1=\"54\" x2=\"891.2\" y2=\"238\"")
        .contains("<rect x=\"832\" y=\"38\" width=\"118.3\" height=\"17\" rx=\"8.5\"")
        .contains("<rect class=\"marker bar\" rx=\"2\" x=\"377.8\" y=\"129\" width=\"1008.3\"")
        .containsPattern(
            "<path class=\"dependency\" data-from=\"review\" data-to=\"build-out\""
                + " d=\"[^\"]*L936,223\"");
  }
}
