package dev.roadmap.cli;

import dev.roadmap.render.StatusRenderer;
import dev.roadmap.render.Style;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadmap status}: who holds each mission on a date, what is overdue, what is next. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Show the state of the roadmap on a date.",
      "Who holds each mission, how many are transferred, what is overdue and what comes next."
    },
    sortOptions = false)
final class StatusCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Env env;
  private final Clock clock;

  @Spec CommandSpec spec;

  @Mixin Common common;

  @Mixin LimitOptions limits;

  @Parameters(index = "0", paramLabel = "FILE", description = "The roadmap file, or '-'.")
  String file;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The status date (YYYY-MM-DD); default: the file's as-of, else today.")
  LocalDate asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  /** For tools that create commands reflectively (the man page generator). */
  StatusCommand() {
    this(Env.system(), Clock.systemDefaultZone());
  }

  StatusCommand(Env env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Style style = Style.of(common.color(env) && format == Format.TEXT);
    Loaded loaded = Loaded.of(file, asOf, env, err, style, limits.limits());
    LocalDate date = asOf != null ? asOf : loaded.roadmap().asOf();
    if (date == null) {
      date = LocalDate.now(clock);
    }
    out.print(
        format == Format.JSON
            ? StatusRenderer.json(loaded.schedule(), date)
            : StatusRenderer.text(loaded.schedule(), date, style));
    return ExitCodes.OK;
  }
}
