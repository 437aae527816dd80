package dev.roadmap.render;

import static dev.roadmap.render.GanttChart.ARROW;
import static dev.roadmap.render.GanttChart.CRITICAL;
import static dev.roadmap.render.Html.esc;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.plan.Schedule;
import dev.roadmap.render.GanttChart.Place;
import dev.roadmap.render.GanttChart.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dependency arrows of the gantt chart: from the prerequisite's marker to the dependent's,
 * along axis-parallel lines with rounded corners, leaving and entering each marker at the side its
 * link type names; the critical ones in red, drawn last.
 */
final class DependencyArrows {
  private DependencyArrows() {}

  /** One arrow per live prerequisite link, from the prerequisite to the dependent. */
  static void draw(StringBuilder b, Schedule s, List<Row> rows, Map<String, Place> places) {
    StringBuilder normal = new StringBuilder();
    StringBuilder critical = new StringBuilder();
    for (Row row : rows) {
      Schedule.Entry d = row.entry();
      if (d == null || !d.milestone().status().isLive()) {
        continue;
      }
      for (Dependency dep : d.milestone().requires()) {
        Schedule.Entry p = s.get(dep.target());
        Place from = p == null ? null : places.get(p.milestone().id());
        if (from == null || p == d || !p.milestone().status().isLive()) {
          continue;
        }
        boolean crit = p.critical() && d.critical();
        (crit ? critical : normal).append(arrow(from, places.get(d.milestone().id()), dep, crit));
      }
    }
    b.append("<g class=\"dependencies\" fill=\"none\">\n")
        .append(normal)
        .append(critical)
        .append("</g>\n");
  }

  private static String arrow(Place from, Place target, Dependency dep, boolean critical) {
    Row to = target.row();
    double g = 8;
    double y1 = from.row().mid();
    double y2 = to.mid();
    List<double[]> pts = new ArrayList<>();
    if (dep.type() == DependencyType.START_TO_START) {
      double x1 = from.left();
      double x2 = target.left() - 1;
      double t = Math.min(x1, x2) - g;
      pts.add(new double[] {x1, y1});
      pts.add(new double[] {t, y1});
      pts.add(new double[] {t, y2});
      pts.add(new double[] {x2, y2});
    } else if (dep.type() == DependencyType.FINISH_TO_FINISH) {
      double x1 = from.right();
      double x2 = target.right() + 1;
      double t = Math.max(x1, x2) + g;
      pts.add(new double[] {x1, y1});
      pts.add(new double[] {t, y1});
      pts.add(new double[] {t, y2});
      pts.add(new double[] {x2, y2});
    } else {
      double x1 = from.right();
      double x2 = target.left() - 1;
      double t = x1 + g;
      pts.add(new double[] {x1, y1});
      pts.add(new double[] {t, y1});
      if (x2 - g >= t) {
        pts.add(new double[] {t, y2});
      } else {
        // Back round: down to the edge of the dependent's row, left, then into it.
        double ym = y2 - Math.signum(y2 - y1) * to.height() / 2;
        pts.add(new double[] {t, ym});
        pts.add(new double[] {x2 - g, ym});
        pts.add(new double[] {x2 - g, y2});
      }
      pts.add(new double[] {x2, y2});
    }
    StringBuilder a = new StringBuilder();
    a.append("<path class=\"dependency");
    if (critical) {
      a.append(" critical");
    }
    a.append("\" data-from=\"")
        .append(esc(dep.target()))
        .append("\" data-to=\"")
        .append(esc(to.entry().milestone().id()))
        .append("\" d=\"")
        .append(Svg.rounded(pts, 4))
        .append("\" stroke=\"")
        .append(critical ? CRITICAL : ARROW)
        .append("\" stroke-width=\"")
        .append(critical ? "1.6" : "1.1")
        .append("\" marker-end=\"url(#")
        .append(critical ? "arrow-critical" : "arrow")
        .append(")\"/>\n");
    return a.toString();
  }
}
