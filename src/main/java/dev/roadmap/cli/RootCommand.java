package dev.roadmap.cli;

import java.util.ArrayList;
import java.util.List;
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
            footer(
                spec.usageMessage().width(),
                "",
                "Run '" + name + " help COMMAND' for the options of a command.",
                "The file format: docs/format.md. The diagnostic codes: docs/rules.md, '"
                    + name
                    + " rules'."));
    Specs.exitCodes(spec, Specs.EXIT_CODES);
    Specs.helpOptions(spec);
  }

  /**
   * The paragraphs wrapped at spaces into lines of at most {@code width}, a quoted command ('...')
   * kept whole as if it were one word, so that the help never breaks a command the user may copy.
   */
  static String[] footer(int width, String... paragraphs) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : paragraphs) {
      StringBuilder line = new StringBuilder();
      for (String word : words(paragraph)) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(word);
      }
      lines.add(line.toString());
    }
    return lines.toArray(String[]::new);
  }

  /** The words of {@code text} split at spaces, but not at those inside single quotes. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == ' ' && !quoted) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        continue;
      }
      quoted ^= c == '\'';
      word.append(c);
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
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
