package dev.roadmap.cli;

import picocli.CommandLine.Option;

/**
 * Options every command takes.
 *
 * <p>A run of {@code validate} builds this model in code ({@link CodedModels}): a change to these
 * annotations goes there too, and CodedModelsTest fails until the two agree.
 */
final class Common {
  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description =
          "Colour the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto"
              + " means on a terminal, unless NO_COLOR is set).",
      defaultValue = "auto")
  ColorMode color = ColorMode.AUTO;

  @Option(names = "--debug", description = "Print the stack trace of an internal error.")
  boolean debug;

  boolean color(Env env) {
    return switch (color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> env.terminal() && noColorUnset(env);
    };
  }

  static boolean noColorUnset(Env env) {
    String v = env.get("NO_COLOR");
    return v == null || v.isEmpty();
  }
}
