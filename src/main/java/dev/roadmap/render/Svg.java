package dev.roadmap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * SVG elements as the gantt chart draws them, with coordinates written by {@link #n}: the same on
 * every JVM and locale.
 */
final class Svg {
  /** The SVG namespace. */
  static final String NS = "http://www.w3.org/2000/svg";

  private Svg() {}

  /**
   * Opens a chart's {@code <svg>} element of {@code width} by {@code height}, labelled by its
   * {@code <title>} ({@code id}-title), and writes that title: {@code title}, escaped.
   */
  static void open(
      StringBuilder b, String id, int width, double height, String font, String title) {
    b.append("<svg id=\"")
        .append(id)
        .append("\" xmlns=\"")
        .append(NS)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(n(height))
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(n(height))
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title\" font-family=\"")
        .append(font)
        .append("\" font-size=\"12\">\n");
    b.append("<title id=\"")
        .append(id)
        .append("-title\">")
        .append(Html.esc(title))
        .append("</title>\n");
  }

  /**
   * Opens a {@code rect} element: {@code attributes} (each with its leading space), then the
   * position and size. The caller adds the rest and closes it.
   */
  static StringBuilder box(
      StringBuilder b, String attributes, double x, double y, double w, double h) {
    b.append("<rect").append(attributes);
    attribute(b, "x", x);
    attribute(b, "y", y);
    attribute(b, "width", w);
    return attribute(b, "height", h);
  }

  /** Opens a {@code line} element from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}). */
  static StringBuilder line(
      StringBuilder b, String attributes, double x1, double y1, double x2, double y2) {
    b.append("<line").append(attributes);
    attribute(b, "x1", x1);
    attribute(b, "y1", y1);
    attribute(b, "x2", x2);
    return attribute(b, "y2", y2);
  }

  /** Opens a {@code text} element at ({@code x}, {@code y}). */
  static StringBuilder text(StringBuilder b, String attributes, double x, double y) {
    b.append("<text").append(attributes);
    attribute(b, "x", x);
    return attribute(b, "y", y);
  }

  private static StringBuilder attribute(StringBuilder b, String name, double value) {
    return b.append(' ').append(name).append("=\"").append(n(value)).append('"');
  }

  /**
   * A rectangle with {@code attributes} before its position; no stroke when {@code stroke} is null,
   * solid when {@code dash} is null.
   */
  static String rect(
      String attributes,
      double x,
      double y,
      double w,
      double h,
      String fill,
      String stroke,
      double strokeWidth,
      String dash) {
    StringBuilder b = box(new StringBuilder(), attributes, x, y, w, h);
    b.append(" fill=\"").append(fill).append('"');
    stroke(b, stroke, strokeWidth, dash);
    return b.append("/>").toString();
  }

  /**
   * A diamond of half-height {@code h} around ({@code cx}, {@code cy}), with {@code attributes} and
   * strokes as {@link #rect}.
   */
  static String diamond(
      String attributes,
      double cx,
      double cy,
      double h,
      String fill,
      String stroke,
      double strokeWidth,
      String dash) {
    StringBuilder b = new StringBuilder("<path").append(attributes).append(" d=\"M");
    b.append(n(cx))
        .append(',')
        .append(n(cy - h))
        .append(" L")
        .append(n(cx + h))
        .append(',')
        .append(n(cy))
        .append(" L")
        .append(n(cx))
        .append(',')
        .append(n(cy + h))
        .append(" L")
        .append(n(cx - h))
        .append(',')
        .append(n(cy))
        .append(" Z\" fill=\"")
        .append(fill)
        .append('"');
    stroke(b, stroke, strokeWidth, dash);
    return b.append(" stroke-linejoin=\"round\"/>").toString();
  }

  private static void stroke(StringBuilder b, String stroke, double width, String dash) {
    if (stroke != null) {
      b.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width));
      b.append('"');
      if (dash != null) {
        b.append(" stroke-dasharray=\"").append(dash).append('"');
      }
    }
  }

  /** A path through axis-parallel points with corners rounded to radius {@code r}. */
  static String rounded(List<double[]> points, double r) {
    List<double[]> pts = new ArrayList<>();
    for (double[] p : points) {
      if (pts.isEmpty() || distance(pts.get(pts.size() - 1), p) > 0.01) {
        pts.add(p);
      }
    }
    StringBuilder d = new StringBuilder("M").append(n(pts.get(0)[0])).append(',');
    d.append(n(pts.get(0)[1]));
    for (int i = 1; i < pts.size() - 1; i++) {
      double[] p0 = pts.get(i - 1);
      double[] p1 = pts.get(i);
      double[] p2 = pts.get(i + 1);
      double l1 = distance(p0, p1);
      double l2 = distance(p1, p2);
      double rr = Math.min(r, Math.min(l1, l2) / 2);
      double ax = p1[0] + (p0[0] - p1[0]) / l1 * rr;
      double ay = p1[1] + (p0[1] - p1[1]) / l1 * rr;
      double cx = p1[0] + (p2[0] - p1[0]) / l2 * rr;
      double cy = p1[1] + (p2[1] - p1[1]) / l2 * rr;
      d.append(" L").append(n(ax)).append(',').append(n(ay));
      d.append(" Q").append(n(p1[0])).append(',').append(n(p1[1]));
      d.append(' ').append(n(cx)).append(',').append(n(cy));
    }
    double[] last = pts.get(pts.size() - 1);
    if (pts.size() > 1) {
      d.append(" L").append(n(last[0])).append(',').append(n(last[1]));
    }
    return d.toString();
  }

  private static double distance(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  /** A number with at most one decimal, the same on every JVM and locale. */
  static String n(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
  }
}
