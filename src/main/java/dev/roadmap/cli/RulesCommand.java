package dev.roadmap.cli;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Rules;
import dev.roadmap.render.RulesRenderer;
import java.util.Arrays;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code roadmap rules [CODE]}: the catalogue of diagnostics. */
final class RulesCommand extends Subcommand {

  private final PositionalParamSpec codeParam =
      Specs.parameter(null, "CODE", String.class, "A code such as RM201.")
          .arity("0..1")
          .required(false)
          .build();

  RulesCommand() {
    super(
        "rules",
        "List the diagnostic codes, or explain one.",
        "With CODE, show how to fix it, with a bad and a good example.");
    Specs.exitCodes(spec, Specs.SUCCESS, Specs.USAGE, Specs.INTERNAL);
    arguments(new Common(), codeParam);
  }

  @Override
  public Integer call() {
    var out = out();
    String code = codeParam.getValue();
    if (code == null) {
      out.print(RulesRenderer.table(Arrays.stream(Code.values()).map(Rules::of).toList()));
      return ExitCodes.OK;
    }
    Code c =
        Code.find(code)
            .orElseThrow(
                () -> {
                  String hint = Code.didYouMean(code);
                  return new UserException(
                      ExitCodes.USAGE,
                      "no rule '"
                          + code
                          + "'"
                          + (hint != null
                              ? "; " + hint
                              : "; '" + program() + " rules' lists them all"));
                });
    out.print(RulesRenderer.page(Rules.of(c)));
    return ExitCodes.OK;
  }
}
