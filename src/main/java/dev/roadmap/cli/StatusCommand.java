package dev.roadmap.cli;

import dev.roadmap.plan.DetailFilter;
import dev.roadmap.render.StatusRenderer;
import dev.roadmap.render.Style;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;

/** {@code roadmap status}: who holds each mission on a date, what is overdue, what is next. */
final class StatusCommand extends Subcommand {
  enum Format {
    TEXT,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Env env;
  private final Common common = new Common();
  private final InputFile input = new InputFile();

  private final OptionSpec asOfOption = Specs.asOf(AsOf.help("The status date"));

  private final OptionSpec formatOption = Specs.format(Format.class);

  private final OptionSpec widthOption = Columns.option("no limit");

  private final DetailFilters details =
      new DetailFilters(
          "List only the milestones of this owner (an authority id or the owner's text) under"
              + " Overdue, Due and Next; the missions and counts stay the whole roadmap's. Repeat"
              + " or separate with commas for several.",
          "List only the milestones with this label under Overdue, Due and Next; repeat or"
              + " separate with commas for any of several. With --owner: what has both.");

  StatusCommand(Env env) {
    super(
        "status",
        "Show the state of the roadmap on a date.",
        "Who holds each mission, how many are transferred, what is overdue and what comes next.");
    this.env = env;
    spec.usageMessage().sortOptions(false);
    Specs.viewExitCodes(spec);
    arguments(
        common,
        input,
        asOfOption,
        formatOption,
        widthOption,
        details.ownerOption,
        details.labelOption);
  }

  @Override
  public Integer call() {
    var out = out();
    var err = err();
    LocalDate asOf = asOfOption.getValue();
    Format format = formatOption.getValue();
    Style style = Style.of(common.color(env) && format == Format.TEXT);
    int width = Columns.of(widthOption, env, Columns.UNLIMITED);
    Loaded loaded = input.load(asOf, env, err, style, common);
    LocalDate date = loaded.asOf();
    DetailFilter filter = details.filter(loaded.roadmap());
    details.warnUnmatched(loaded.roadmap(), err);
    out.print(
        format == Format.JSON
            ? StatusRenderer.json(loaded.schedule(), date, loaded.findings(), filter)
            : StatusRenderer.text(
                loaded.schedule(), date, style, loaded.findingsById(), width, filter));
    return loaded.summarize(program(), err, input.file(), format == Format.TEXT);
  }
}
