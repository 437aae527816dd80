package dev.roadmap.cli;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Rules;
import dev.roadmap.diag.Suggestions;
import dev.roadmap.render.RulesRenderer;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadmap rules [CODE]}: the catalogue of diagnostics. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    name = "rules",
    description = {
      "List the diagnostic codes, or explain one.",
      "With CODE, show how to fix it, with a bad and a good example."
    })
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Common common;

  @Parameters(arity = "0..1", paramLabel = "CODE", description = "A code such as RM201.")
  String code;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    if (code == null) {
      out.print(RulesRenderer.table(Arrays.stream(Code.values()).map(Rules::of).toList()));
      return ExitCodes.OK;
    }
    Code c =
        Code.byId(code)
            .orElseThrow(
                () -> {
                  String hint =
                      Suggestions.didYouMean(
                          code.toUpperCase(java.util.Locale.ROOT),
                          Arrays.stream(Code.values()).map(Code::id).toList());
                  return new UserException(
                      ExitCodes.USAGE,
                      "no rule '"
                          + code
                          + "'"
                          + (hint != null ? "; " + hint : "; 'roadmap rules' lists them all"));
                });
    out.print(RulesRenderer.page(Rules.of(c)));
    return ExitCodes.OK;
  }
}
