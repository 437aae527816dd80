package dev.roadmap.cli;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The width of a terminal view: {@code --width}, else {@code COLUMNS}, else the width of the
 * terminal standard output is, else a default (no limit for a view written to a file or a pipe).
 */
final class Columns {
  static final int MIN = 20;
  static final int MAX = 1000;

  /** No limit: the lines are as long as their text. */
  static final int UNLIMITED = 0;

  private Columns() {}

  /** The {@code --width} option of a view. */
  static OptionSpec option(String fallback) {
    return Specs.option(
            "--width",
            "N",
            Integer.class,
            "Fit the lines to N columns ("
                + MIN
                + "-"
                + MAX
                + "; default: COLUMNS, else the terminal's width, else "
                + fallback
                + "): titles are cut with an ellipsis, ids kept whole.")
        .build();
  }

  /** The width asked by {@code option}, or found in {@code env}, else {@code fallback}. */
  static int of(OptionSpec option, Env env, int fallback) {
    Integer width = option.getValue();
    if (width != null) {
      if (width < MIN || width > MAX) {
        throw new UserException(
            ExitCodes.USAGE, "--width must be between " + MIN + " and " + MAX + ", not " + width);
      }
      return width;
    }
    int variable = variable(env);
    if (variable > 0) {
      return variable;
    }
    if (env.terminal()) {
      int detected = terminal();
      if (detected > 0) {
        return Math.min(MAX, Math.max(MIN, detected));
      }
    }
    return fallback;
  }

  /**
   * The columns of the terminal: {@code COLUMNS}, else as picocli finds them (stty or tput), else
   * {@code fallback}. For what is drawn on a terminal whatever standard output is (progress).
   */
  static int terminalWidth(Env env, int fallback) {
    int variable = variable(env);
    if (variable > 0) {
      return variable;
    }
    int detected = terminal();
    return detected > 0 ? Math.min(MAX, detected) : fallback;
  }

  /** {@code COLUMNS}, within {@link #MIN} and {@link #MAX}; 0 when it is not set to a number. */
  private static int variable(Env env) {
    String c = env.get("COLUMNS");
    return c != null && c.matches("\\d{1,4}")
        ? Math.min(MAX, Math.max(MIN, Integer.parseInt(c)))
        : 0;
  }

  /** The terminal's columns as picocli finds them (stty or tput), or 0 when it cannot. */
  private static int terminal() {
    UsageMessageSpec probe = new UsageMessageSpec().width(UNKNOWN).autoWidth(true);
    int width = probe.width();
    return width == UNKNOWN ? 0 : width;
  }

  /** A width no terminal reports, given as picocli's fallback to tell that it found none. */
  private static final int UNKNOWN = 9_999;
}
