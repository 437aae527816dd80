package dev.roadmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command: its name, options, help texts and exit codes, without subcommands.
 *
 * <p>A run of {@code validate} builds this model in code ({@link CodedModels}): a change to these
 * annotations goes there too, and CodedModelsTest fails until the two agree.
 */
@Command(
    name = "roadmap",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Plans the transfer of military command between allies.",
      "Loads a roadmap (YAML), validates its ordering and prerequisites, schedules",
      "what is not pinned, and shows or exports the phased timeline."
    },
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "%nRun 'roadmap help COMMAND' for the options of a command.",
      "The file format: docs/format.md. The diagnostic codes: docs/rules.md, 'roadmap rules'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (warnings allowed)",
      "1:findings at or above --fail-on",
      "2:usage error (bad option or argument)",
      "3:a file cannot be read or written",
      "4:internal error (a bug; --debug prints the stack trace)"
    })
abstract class RootCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
