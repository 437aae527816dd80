package dev.roadmap.cli;

import dev.roadmap.plan.Interval;
import dev.roadmap.render.DateWindow;
import java.time.LocalDate;
import java.util.Collection;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --from DATE} and {@code --to DATE}: the days a chart shows. Either alone is open at its
 * other end (the first or the last day of the plan); a window that ends before it starts is a usage
 * error.
 */
final class WindowOptions {
  final OptionSpec from;
  final OptionSpec to;

  /** The options, each help text before the date's format. */
  WindowOptions(String fromHelp, String toHelp) {
    from =
        Specs.option("--from", "DATE", LocalDate.class, fromHelp)
            .converters(new DateConverter())
            .build();
    to =
        Specs.option("--to", "DATE", LocalDate.class, toHelp)
            .converters(new DateConverter())
            .build();
  }

  /** Whether either option is given. */
  boolean given() {
    return from.getValue() != null || to.getValue() != null;
  }

  /** Exit 2 when the window ends before it starts. */
  void validate() {
    LocalDate f = from.getValue();
    LocalDate t = to.getValue();
    if (f != null && t != null && t.isBefore(f)) {
      throw new UserException(
          ExitCodes.USAGE, "--from " + f + " is after --to " + t + "; give --from first in time");
    }
  }

  /**
   * The window asked, or null when neither option is given; an open end is the first start or the
   * last finish of {@code dates}, or the other end when that is further.
   */
  DateWindow window(Collection<Interval> dates) {
    if (!given()) {
      return null;
    }
    validate();
    LocalDate f = from.getValue();
    LocalDate t = to.getValue();
    if (f == null) {
      f = dates.stream().map(Interval::start).min(LocalDate::compareTo).orElse(t);
      f = f.isAfter(t) ? t : f;
    }
    if (t == null) {
      t = dates.stream().map(Interval::finish).max(LocalDate::compareTo).orElse(f);
      t = t.isBefore(f) ? f : t;
    }
    return new DateWindow(f, t);
  }
}
