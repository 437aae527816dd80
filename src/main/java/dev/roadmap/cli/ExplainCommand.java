package dev.roadmap.cli;

import dev.roadmap.diag.Suggestions;
import dev.roadmap.render.ExplainRenderer;
import dev.roadmap.render.Style;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code roadmap explain FILE ID}: why a milestone is dated as it is. */
final class ExplainCommand extends Subcommand {
  private final Env env;
  private final Common common = new Common();
  private final InputFile input = new InputFile();

  private final OptionSpec asOfOption =
      Specs.asOf(AsOf.help("The status date for the checks and the statuses shown"));

  private final PositionalParamSpec idParam =
      Specs.parameter("1", "ID", String.class, "The milestone to explain.").build();

  ExplainCommand(Env env) {
    super(
        "explain",
        "Explain why a milestone is dated as it is.",
        "Prints the chain of driving prerequisites, with the link type and lag at each step.");
    this.env = env;
    spec.usageMessage().sortOptions(false);
    Specs.viewExitCodes(spec);
    arguments(common, input, idParam, asOfOption);
  }

  @Override
  public Integer call() {
    String id = idParam.getValue();
    Style style = Style.of(common.color(env));
    Loaded loaded = input.load(asOfOption.getValue(), env, err(), style, common);
    if (loaded.schedule().get(id) == null) {
      String hint = Suggestions.didYouMean(id, loaded.schedule().milestones().keySet());
      throw new UserException(
          ExitCodes.USAGE,
          "no milestone '" + id + "' in " + loaded.name() + (hint == null ? "" : "; " + hint));
    }
    out()
        .print(
            ExplainRenderer.render(
                loaded.schedule(), id, loaded.asOf(), style, loaded.findingsById()));
    return loaded.summarize(program(), err(), input.file());
  }
}
