package dev.roadmap.render;

import static dev.roadmap.render.GanttChart.CHART_W;
import static dev.roadmap.render.GanttChart.CHART_X;
import static dev.roadmap.render.GanttChart.WIDTH;

import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.Schedule;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A time axis: days from {@code lo} (inclusive) to {@code hi} (exclusive) over {@code length}
 * pixels from {@code origin}, labelled and gridded in years, months or weeks. The gantt chart's
 * runs across its width; the trend chart of {@code history} has one across and one upwards (a
 * negative length).
 *
 * @param lo the first day shown
 * @param hi the day after the last one shown
 * @param scale the unit of the labels and gridlines
 * @param origin where {@code lo} is drawn
 * @param length how far from the origin {@code hi} is drawn (negative: upwards or leftwards)
 */
record TimeAxis(LocalDate lo, LocalDate hi, Scale scale, double origin, double length) {
  /** The unit of the labels and gridlines. */
  enum Scale {
    YEARS,
    MONTHS,
    WEEKS
  }

  /** A gridline; {@code major} ones are drawn darker. */
  record Tick(double x, boolean major) {}

  /** A label of the axis: its text, centred on {@code x}, for the day {@code at}. */
  record Mark(double x, LocalDate at, String text) {}

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /**
   * The range shown: the project start to the finish, with every milestone (superseded ones too)
   * and the as-of date, rounded out to whole years, months or weeks.
   */
  static TimeAxis of(Schedule s) {
    return of(s, null);
  }

  /**
   * As {@link #of(Schedule)}, or the days of {@code window} (when not null), rounded out in the
   * same way.
   */
  static TimeAxis of(Schedule s, DateWindow window) {
    if (window != null) {
      return around(window.from(), window.to());
    }
    Roadmap r = s.roadmap();
    LocalDate first = r.start();
    LocalDate last = r.start();
    for (Schedule.Entry e : s.milestones().values()) {
      first = min(first, e.dates().start());
      last = max(last, e.dates().finish());
    }
    last = max(last, s.finish().minusDays(1));
    if (r.asOf() != null) {
      first = min(first, r.asOf());
      last = max(last, r.asOf());
    }
    return around(first, last);
  }

  /** The chart's axis from {@code first} to {@code last}, rounded out. */
  private static TimeAxis around(LocalDate first, LocalDate last) {
    return spanning(first, last, CHART_X, CHART_W);
  }

  /**
   * An axis over {@code length} pixels from {@code origin} that shows {@code first} to {@code
   * last}, rounded out to whole years (over three years), months (over 70 days) or weeks.
   */
  static TimeAxis spanning(LocalDate first, LocalDate last, double origin, double length) {
    long span = ChronoUnit.DAYS.between(first, last);
    if (span > 3 * 366) {
      return new TimeAxis(
          LocalDate.of(first.getYear(), 1, 1),
          LocalDate.of(last.getYear() + 1, 1, 1),
          Scale.YEARS,
          origin,
          length);
    }
    if (span > 70) {
      return new TimeAxis(
          first.withDayOfMonth(1),
          last.withDayOfMonth(1).plusMonths(1),
          Scale.MONTHS,
          origin,
          length);
    }
    LocalDate lo = first.minusDays(first.getDayOfWeek().getValue() - 1L);
    LocalDate hi = max(last.plusDays(1), lo.plusDays(14));
    long rest = ChronoUnit.DAYS.between(lo, hi) % 7;
    return new TimeAxis(lo, rest == 0 ? hi : hi.plusDays(7 - rest), Scale.WEEKS, origin, length);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return b.isBefore(a) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  /** Where a day starts on the chart. */
  double x(LocalDate d) {
    return origin + ChronoUnit.DAYS.between(lo, d) * length / days();
  }

  /** Whether any day of {@code e} is on the axis. */
  boolean shows(Schedule.Entry e) {
    return !e.dates().finish().isBefore(lo) && e.dates().start().isBefore(hi);
  }

  /** Whether {@code d} is on the axis. */
  boolean shows(LocalDate d) {
    return !d.isBefore(lo) && d.isBefore(hi);
  }

  /** As {@link #x}, a day before or after the axis at its edge. */
  double xWithin(LocalDate d) {
    double a = origin;
    double b = origin + length;
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), x(d)));
  }

  long days() {
    return Math.max(1, ChronoUnit.DAYS.between(lo, hi));
  }

  /** Height of the axis band, the as-of label included. */
  int height() {
    return scale == Scale.MONTHS ? 58 : 44;
  }

  /** Gridlines from {@code top} to {@code bottom}, and the line under the axis. */
  void grid(StringBuilder b, double top, double bottom) {
    b.append("<g class=\"grid\" stroke-width=\"1\">\n");
    for (Tick t : ticks()) {
      Svg.line(b, "", t.x(), top, t.x(), bottom)
          .append(" stroke=\"")
          .append(t.major() ? "#cbd5e1" : "#e2e8f0")
          .append("\"/>\n");
    }
    Svg.line(b, "", 0, top, WIDTH, top).append(" stroke=\"#94a3b8\"/>\n");
    b.append("</g>\n");
  }

  List<Tick> ticks() {
    List<Tick> out = new ArrayList<>();
    switch (scale) {
      case YEARS -> {
        int step = yearStep();
        double perYear = Math.abs(length) * 365.25 / days();
        for (int y = lo.getYear(); y <= hi.getYear(); y++) {
          if (perYear >= 8 || y % step == 0) {
            out.add(new Tick(x(LocalDate.of(y, 1, 1)), step < 10 ? y % 10 == 0 : y % 50 == 0));
          }
        }
      }
      case MONTHS -> {
        for (LocalDate d = lo; !d.isAfter(hi); d = d.plusMonths(1)) {
          out.add(new Tick(x(d), d.getMonth() == Month.JANUARY));
        }
      }
      case WEEKS -> {
        for (LocalDate d = lo; !d.isAfter(hi); d = d.plusDays(7)) {
          out.add(new Tick(x(d), d.getDayOfMonth() <= 7));
        }
      }
    }
    return out;
  }

  /** Every how many years a year is labelled: labels are at least 36 px apart. */
  int yearStep() {
    double perYear = Math.abs(length) * 365.25 / days();
    for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) {
      if (step * perYear >= 36) {
        return step;
      }
    }
    return 1000;
  }

  /** The labels of the axis on the line {@code base}, years of months on a line above. */
  void labels(StringBuilder b, double base) {
    // Drawn over the as-of line, with a halo so that the line does not cross a year.
    b.append("<g class=\"axis\" font-size=\"11\" fill=\"#475569\" text-anchor=\"middle\"")
        .append(" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">\n");
    Svg.text(b, "", 8, base)
        .append(" text-anchor=\"start\" font-weight=\"600\" letter-spacing=\"0.5\">")
        .append("MILESTONE</text>\n");
    if (scale != Scale.WEEKS) {
      for (Mark m : marks()) {
        text(b, m.x(), base, m.text(), false);
      }
    }
    switch (scale) {
      case YEARS -> {}
      case MONTHS -> {
        for (int y = lo.getYear(); y < hi.getYear() + 1; y++) {
          double x0 = x(max(lo, LocalDate.of(y, 1, 1)));
          double x1 = x(min(hi, LocalDate.of(y + 1, 1, 1)));
          if (x1 - x0 >= 30) {
            text(b, (x0 + x1) / 2, base - 16, Integer.toString(y), true);
          }
        }
      }
      case WEEKS -> {
        for (LocalDate d = lo; d.isBefore(hi); d = d.plusDays(7)) {
          double x = x(d);
          Svg.text(b, "", x + 3, base)
              .append(" text-anchor=\"start\">")
              .append(d)
              .append("</text>\n");
        }
      }
    }
    b.append("</g>\n");
  }

  /**
   * The labels of the axis: each year (centred on it, or at its start when only every few years are
   * labelled), each month's name, or each week's first day.
   */
  List<Mark> marks() {
    List<Mark> out = new ArrayList<>();
    switch (scale) {
      case YEARS -> {
        int step = yearStep();
        for (int y = lo.getYear(); y < hi.getYear(); y++) {
          if (y % step != 0) {
            continue;
          }
          LocalDate d = LocalDate.of(y, 1, 1);
          double x = step == 1 ? (x(d) + x(d.plusYears(1))) / 2 : x(d);
          out.add(new Mark(x, d, Integer.toString(y)));
        }
      }
      case MONTHS -> {
        for (LocalDate d = lo; d.isBefore(hi); d = d.plusMonths(1)) {
          out.add(new Mark((x(d) + x(d.plusMonths(1))) / 2, d, MONTHS[d.getMonthValue() - 1]));
        }
      }
      case WEEKS -> {
        for (LocalDate d = lo; d.isBefore(hi); d = d.plusDays(7)) {
          out.add(new Mark(x(d), d, d.toString()));
        }
      }
    }
    return out;
  }

  private static void text(StringBuilder b, double x, double y, String text, boolean bold) {
    Svg.text(b, "", x, y);
    if (bold) {
      b.append(" font-weight=\"600\" fill=\"#1e293b\"");
    }
    b.append('>').append(text).append("</text>\n");
  }
}
