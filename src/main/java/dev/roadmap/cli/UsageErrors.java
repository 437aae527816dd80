package dev.roadmap.cli;

import dev.roadmap.diag.Suggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in at most three lines, the same for every command and option: what was wrong (with
 * the valid values as they are typed), "did you mean" where a valid value or name is close, and
 * where the help is. The usage itself is printed only when no command is given at all: the commands
 * are then what the user needs to see.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    if (args.length == 0 && cl.getParent() == null) {
      err.println(ex.getMessage());
      cl.usage(err, cl.getColorScheme());
      return ExitCodes.USAGE;
    }
    for (String line : lines(ex)) {
      err.println(line);
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The lines that report {@code ex}: the mistake, "did you mean" if any, and the help. */
  static List<String> lines(ParameterException ex) {
    CommandLine cl = ex.getCommandLine();
    CommandSpec spec = cl.getCommandSpec();
    String who = spec.qualifiedName();
    List<String> lines = new ArrayList<>();
    String suggestion = null;
    // picocli checks required parameters before it reports unmatched arguments: "--frobnicate"
    // alone would say "missing FILE", but the unknown option is the mistake to show.
    List<String> unmatched =
        ex instanceof UnmatchedArgumentException u ? u.getUnmatched() : cl.getUnmatchedArguments();
    if (!unmatched.isEmpty()) {
      String word = unmatched.get(0);
      if (word.startsWith("-") && word.length() > 1) {
        String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        lines.add(who + ": unknown option '" + name + "'");
        suggestion = Suggestions.didYouMean(name, spec.optionsMap().keySet());
      } else if (cl.getParent() == null && !cl.getSubcommands().isEmpty()) {
        lines.add(who + ": unknown command '" + word + "'");
        suggestion = Suggestions.didYouMean(word, cl.getSubcommands().keySet());
      } else {
        lines.add(who + ": unexpected argument '" + word + "'");
      }
    } else if (ex.getArgSpec() != null && ex.getValue() != null) {
      ArgSpec arg = ex.getArgSpec();
      String name = name(arg);
      List<String> values = values(arg);
      if (!values.isEmpty()) {
        lines.add(
            who
                + ": "
                + name
                + " '"
                + ex.getValue()
                + "' is not one of "
                + String.join(", ", values));
        suggestion = Suggestions.didYouMean(ex.getValue().toLowerCase(Locale.ROOT), values);
      } else {
        lines.add(who + ": " + name + ": " + reason(ex.getMessage(), ex.getValue()));
      }
    } else {
      lines.add(who + ": " + lowerFirst(ex.getMessage()));
    }
    if (suggestion != null) {
      lines.add(suggestion);
    }
    lines.add(seeHelp(cl));
    return lines;
  }

  /** "see 'roadmap help CMD'", or "see 'roadmap help'" for the root, as the user invoked it. */
  static String seeHelp(CommandLine cl) {
    String program = cl.getCommandSpec().root().name();
    return cl.getParent() == null
        ? "see '" + program + " help'"
        : "see '" + program + " help " + cl.getCommandName() + "'";
  }

  /** The option's longest name, or a parameter's label. */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  /** The values of an enum-typed option, as they are typed (lower-case); empty for other types. */
  private static List<String> values(ArgSpec arg) {
    List<String> values = new ArrayList<>();
    if (arg.type().isEnum() && arg.completionCandidates() != null) {
      for (String v : arg.completionCandidates()) {
        values.add(v.toLowerCase(Locale.ROOT));
      }
    }
    return values;
  }

  private static final Pattern HEAD =
      Pattern.compile("Invalid value for option '[^']*'(?: \\([^)]*\\))?: ");

  /**
   * picocli's message less its "Invalid value for option '--x': " head, in plainer words. A whole
   * number too large for its type is said to be so: picocli calls it "not an int".
   */
  private static String reason(String message, String value) {
    // A list's element is named with its label too: "Invalid value for option '--x' (X): ".
    Matcher head = HEAD.matcher(message);
    String reason = head.lookingAt() ? message.substring(head.end()) : lowerFirst(message);
    if (value.matches("[-+]?\\d+")
        && (reason.endsWith("is not an int") || reason.endsWith("is not a long"))) {
      return "'" + value + "' is too " + (value.startsWith("-") ? "small" : "large") + " a number";
    }
    return reason
        .replace("is not an int", "is not a whole number")
        .replace("is not a long", "is not a whole number");
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
