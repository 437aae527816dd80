package dev.roadmap.render;

import static dev.roadmap.render.GanttChart.ARROW;
import static dev.roadmap.render.GanttChart.AS_OF;
import static dev.roadmap.render.GanttChart.CRITICAL;
import static dev.roadmap.render.GanttChart.DIAMOND;
import static dev.roadmap.render.GanttChart.TRANSFER_DIAMOND;
import static dev.roadmap.render.GanttChart.WIDTH;
import static dev.roadmap.render.GanttChart.colours;
import static dev.roadmap.render.Html.esc;
import static dev.roadmap.render.Svg.diamond;
import static dev.roadmap.render.Svg.n;
import static dev.roadmap.render.Svg.rect;

import dev.roadmap.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend of the gantt chart: a swatch and a caption for each status, each shape and line, and
 * the as-of line when there is one; the items wrap to the chart's width.
 */
final class GanttLegend {
  private GanttLegend() {}

  /**
   * Draws the legend into {@code b} and returns its height.
   *
   * @param asOf whether the chart has an as-of line
   */
  static double draw(StringBuilder b, boolean asOf) {
    List<String[]> items = new ArrayList<>();
    for (Status st : List.of(Status.DONE, Status.IN_PROGRESS, Status.PLANNED, Status.AT_RISK)) {
      items.add(new String[] {"status", st.key(), st.key().replace('-', ' ')});
    }
    items.add(new String[] {"status", "superseded", "superseded / cancelled"});
    items.add(new String[] {"shape", "bar", "takes time"});
    items.add(new String[] {"shape", "diamond", "zero length"});
    items.add(new String[] {"shape", "transfer", "transfer of command"});
    items.add(new String[] {"shape", "computed", "computed date (not pinned)"});
    items.add(new String[] {"shape", "critical", "critical path"});
    items.add(new String[] {"shape", "dependency", "prerequisite"});
    if (asOf) {
      items.add(new String[] {"shape", "as-of", "status date (as of)"});
    }
    double x = 8;
    double y = 6;
    for (String[] item : items) {
      double w = 24 + TextMetrics.width(item[2], 11.5, false) + 16;
      if (x + w > WIDTH - 8) {
        x = 8;
        y += 22;
      }
      b.append("<g class=\"legend-item\" data-item=\"").append(item[1]).append("\">");
      swatch(item[0], item[1], x, y + 9, b);
      Svg.text(b, "", x + 24, y + 13)
          .append(" font-size=\"11.5\" fill=\"#334155\">")
          .append(esc(item[2]))
          .append("</text></g>\n");
      x += w;
    }
    return y + 22;
  }

  private static void swatch(String group, String key, double x, double cy, StringBuilder b) {
    if (group.equals("status")) {
      Status st = key.equals("superseded") ? Status.SUPERSEDED : status(key);
      GanttChart.Colours c = colours(st);
      b.append(rect("", x, cy - 5, 18, 10, c.fill(), c.stroke(), 1, st.isLive() ? null : "3 2"));
      return;
    }
    GanttChart.Colours planned = colours(Status.PLANNED);
    switch (key) {
      case "bar" -> b.append(rect("", x, cy - 5, 18, 10, "#cbd5e1", "#64748b", 1, null));
      case "diamond" -> b.append(diamond("", x + 9, cy, DIAMOND, "#cbd5e1", "#64748b", 1, null));
      case "transfer" ->
          b.append(diamond("", x + 9, cy, TRANSFER_DIAMOND, "#cbd5e1", "#334155", 1.6, null));
      case "computed" ->
          b.append(rect("", x, cy - 5, 18, 10, "url(#hatch-planned)", planned.stroke(), 1, "3 2"));
      case "critical" -> b.append(rect("", x, cy - 5, 18, 10, "#ffffff", CRITICAL, 2, null));
      case "dependency" ->
          b.append("<path d=\"M")
              .append(n(x))
              .append(',')
              .append(n(cy - 5))
              .append(" H")
              .append(n(x + 5))
              .append(" V")
              .append(n(cy + 4))
              .append(" H")
              .append(n(x + 18))
              .append("\" fill=\"none\" stroke=\"")
              .append(ARROW)
              .append("\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>");
      case "as-of" ->
          Svg.line(b, "", x + 9, cy - 8, x + 9, cy + 8)
              .append(" stroke=\"")
              .append(AS_OF)
              .append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>");
      default -> throw new IllegalArgumentException(key);
    }
  }

  private static Status status(String key) {
    for (Status st : Status.values()) {
      if (st.key().equals(key)) {
        return st;
      }
    }
    throw new IllegalArgumentException(key);
  }
}
