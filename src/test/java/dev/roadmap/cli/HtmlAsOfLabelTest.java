package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML chart's "as of" label stands clear of every dependency line. */
class HtmlAsOfLabelTest {
  private static final Pattern LABEL =
      Pattern.compile(
          "<g class=\"as-of\">\n<line[^>]*/>\n<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\""
              + " width=\"([\\d.]+)\" height=\"([\\d.]+)\"");
  private static final Pattern PATH =
      Pattern.compile("<path class=\"dependency\"[^>]* d=\"([^\"]+)\"");
  private static final Pattern POINT = Pattern.compile("([\\d.]+),([\\d.]+)");

  @ParameterizedTest
  @ValueSource(
      strings = {
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
  }
}
