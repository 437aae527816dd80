package dev.roadmap.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The options every command takes, {@code --color} and {@code --debug}: the mixin "common". */
final class Common implements Mixin {
  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final OptionSpec color =
      Specs.option(
              "--color",
              "WHEN",
              ColorMode.class,
              "Colour the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto"
                  + " means on a terminal, unless NO_COLOR is set).")
          .defaultValue("auto")
          .initialValue(ColorMode.AUTO)
          .build();

  /** Read by {@link Main} from the arguments, as it is needed before they are parsed. */
  private final OptionSpec debug =
      Specs.flag("--debug", "debug", "Print the stack trace of an internal error.");

  private final OptionSpec noProgress =
      Specs.flag(
          new String[] {"-q", "--quiet", "--no-progress"},
          "noProgress",
          "Show no progress on standard error (shown only on a terminal, for work that takes"
              + " over a second, and never under CI=true).");

  @Override
  public void addTo(CommandSpec command) {
    command.addMixin("common", Specs.mixin(this, color, noProgress, debug));
  }

  /**
   * The progress of this run on {@code err}: drawn only on a terminal, for long work, without
   * {@code --no-progress} ({@link Progress#start}).
   */
  Progress progress(Env env, PrintWriter err) {
    return Progress.start(env, !Boolean.TRUE.equals(noProgress.getValue()), err);
  }

  boolean color(Env env) {
    ColorMode mode = color.getValue();
    return switch (mode) {
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
