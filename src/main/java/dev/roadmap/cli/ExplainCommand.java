package dev.roadmap.cli;

import dev.roadmap.diag.Suggestions;
import dev.roadmap.render.ExplainRenderer;
import dev.roadmap.render.Style;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadmap explain FILE ID}: why a milestone is dated as it is. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Explain why a milestone is dated as it is.",
      "Prints the chain of driving prerequisites, with the link type and lag at each step."
    })
final class ExplainCommand implements Callable<Integer> {
  private final Env env;

  @Spec CommandSpec spec;

  @Mixin Common common;

  @Mixin LimitOptions limits;

  @Parameters(index = "0", paramLabel = "FILE", description = "The roadmap file, or '-'.")
  String file;

  @Parameters(index = "1", paramLabel = "ID", description = "The milestone to explain.")
  String id;

  /** For tools that create commands reflectively (the man page generator). */
  ExplainCommand() {
    this(Env.system());
  }

  ExplainCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Style style = Style.of(common.color(env));
    Loaded loaded = Loaded.of(file, null, env, spec.commandLine().getErr(), style, limits.limits());
    if (loaded.schedule().get(id) == null) {
      String hint = Suggestions.didYouMean(id, loaded.schedule().milestones().keySet());
      throw new UserException(
          ExitCodes.USAGE,
          "no milestone '" + id + "' in " + loaded.name() + (hint == null ? "" : "; " + hint));
    }
    spec.commandLine().getOut().print(ExplainRenderer.render(loaded.schedule(), id, style));
    return ExitCodes.OK;
  }
}
