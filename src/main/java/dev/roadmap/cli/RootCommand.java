package dev.roadmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The root command, {@code roadmap}: its name, options, help texts and exit codes. */
final class RootCommand implements Runnable {
  private final CommandSpec spec;

  private RootCommand(String name) {
    spec =
        Specs.command(
            this,
            name,
            "Plans the transfer of military command between allies.",
            "Loads a roadmap (YAML), validates its ordering and prerequisites, schedules",
            "what is not pinned, and shows or exports the phased timeline.");
    spec.usageMessage()
        .synopsisSubcommandLabel("COMMAND")
        .footer(
            "%nRun '" + name + " help COMMAND' for the options of a command.",
            "The file format: docs/format.md. The diagnostic codes: docs/rules.md, '"
                + name
                + " rules'.");
    Specs.exitCodes(spec, Specs.EXIT_CODES);
    Specs.helpOptions(spec);
  }

  /** The root command's model, without subcommands. */
  static CommandSpec spec() {
    return spec(Invocation.DEFAULT);
  }

  /** The root command's model, named as the user invoked it ({@link Invocation}). */
  static CommandSpec spec(String name) {
    return new RootCommand(name).spec;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
