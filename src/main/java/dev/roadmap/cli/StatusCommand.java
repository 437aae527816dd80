package dev.roadmap.cli;

import dev.roadmap.render.StatusRenderer;
import dev.roadmap.render.Style;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code roadmap status}: who holds each mission on a date, what is overdue, what is next. */
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
  private final CommandSpec spec;
  private final Common common = new Common();
  private final InputFile input = new InputFile();

  private final OptionSpec asOfOption =
      Specs.asOf("The status date (YYYY-MM-DD); default: the file's as-of, else today.");

  private final OptionSpec formatOption =
      Specs.option(
              "--format",
              "FORMAT",
              Format.class,
              "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
          .defaultValue("text")
          .build();

  StatusCommand(Env env, Clock clock) {
    this.env = env;
    this.clock = clock;
    spec =
        Specs.command(
            this,
            "status",
            "Show the state of the roadmap on a date.",
            "Who holds each mission, how many are transferred, what is overdue and what comes next.");
    spec.usageMessage().sortOptions(false);
    common.addTo(spec);
    input.addTo(spec);
    spec.addOption(asOfOption);
    spec.addOption(formatOption);
    Specs.helpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    LocalDate asOf = asOfOption.getValue();
    Format format = formatOption.getValue();
    Style style = Style.of(common.color(env) && format == Format.TEXT);
    Loaded loaded = input.load(asOf, env, err, style);
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
