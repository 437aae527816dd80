package dev.roadmap.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds picocli's model of roadmap's commands in code: every command, option and parameter is
 * declared once, through these helpers, and the help, the completion script and the man pages are
 * generated from that model. Code rather than annotations, because building the model from
 * annotations cost a third of the start of a {@code validate} run: reflection over every member,
 * and a dynamic proxy class per annotation type, which no class-data archive keeps.
 *
 * <p>Each helper gives an option the attributes picocli gives an annotated field declared the same
 * way (HelpGoldenTest and ManPagesTest hold the output). The values stay in the model: a command
 * reads an option's value with {@code getValue()} once picocli has parsed its arguments.
 */
final class Specs {
  /** Exit code 0, as most commands list it. */
  static final String OK = "0:success (warnings allowed)";

  /** Exit code 0 of a command that reads no roadmap. */
  static final String SUCCESS = "0:success";

  /** Exit code 2, the same for every command. */
  static final String USAGE = "2:usage error (bad option or argument)";

  /** Exit code 3, for a command that reads or writes files. */
  static final String IO = "3:a file cannot be read or written";

  /** Exit code 4, the same for every command. */
  static final String INTERNAL = "4:internal error (a bug; --debug prints the stack trace)";

  /**
   * The exit codes of the root command: what 1 means depends on the command, so it says where to
   * look. Each command lists only the codes it can give, and what they mean for it.
   */
  static final String[] EXIT_CODES = {
    OK,
    "1:the roadmap has findings that fail the command (its help says which)",
    USAGE,
    IO,
    INTERNAL
  };

  /** The exit codes of picocli's own commands ({@code help}, {@code generate-completion}). */
  static final String[] BUILT_IN_EXIT_CODES = {SUCCESS, USAGE, INTERNAL};

  private Specs() {}

  /**
   * A command named {@code name} that runs {@code command} ({@code Runnable} or {@code Callable}),
   * with the version of the build and the given description. Its mixins, options and parameters
   * follow ({@link #add}), then {@link #helpOptions}.
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = made(CommandSpec.wrapWithoutInspection(command));
    spec.name(name);
    spec.versionProvider(new Main.Version());
    spec.usageMessage().description(description);
    return spec;
  }

  /** Lists these exit codes in the command's help, under "Exit codes:". */
  static void exitCodes(CommandSpec spec, String... codes) {
    spec.usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(UsageMessageSpec.keyValuesMap(codes));
  }

  /**
   * The exit codes of a view (timeline, status, explain, what-if): a roadmap with errors is still
   * shown when it can be scheduled, and exits 1.
   */
  static void viewExitCodes(CommandSpec spec) {
    exitCodes(
        spec,
        OK,
        "1:the roadmap has errors (the view is still shown if it can be scheduled)",
        USAGE,
        IO,
        INTERNAL);
  }

  /** Whether the models made on this thread now are made without picocli's variables. */
  private static final ThreadLocal<Boolean> PLAIN = ThreadLocal.withInitial(() -> false);

  /**
   * What {@code build} makes, its models made without picocli's variables ({@code
   * ${DEFAULT-VALUE}}, {@code ${COMPLETION-CANDIDATES}}): picocli expands them in every option's
   * names and texts as the model is built and the arguments parsed (in the interpreter, two fifths
   * of the time picocli took: docs/performance.md), for texts only help shows. {@link
   * #expandVariables} turns them back on when help is made.
   */
  static <T> T plain(Supplier<T> build) {
    boolean was = PLAIN.get();
    PLAIN.set(true);
    try {
      return build.get();
    } finally {
      PLAIN.set(was);
    }
  }

  private static CommandSpec made(CommandSpec spec) {
    if (PLAIN.get()) {
      spec.interpolateVariables(false);
    }
    return spec;
  }

  /**
   * Expands picocli's variables again, as by default, in every model of the tree of {@code spec}.
   */
  static void expandVariables(CommandSpec spec) {
    spec.interpolateVariables(null);
    for (CommandSpec mixin : spec.mixins().values()) {
      expandVariables(mixin);
    }
    for (CommandLine sub : spec.subcommands().values()) {
      expandVariables(sub.getCommandSpec());
    }
  }

  /** A mixin of these mixins, options and parameters ({@link #add}), to add to commands. */
  static CommandSpec mixin(Mixin mixin, Object... args) {
    CommandSpec spec = made(CommandSpec.wrapWithoutInspection(mixin));
    add(spec, args);
    return spec;
  }

  /**
   * Adds to {@code spec}, in this order, which is the order help lists them: {@link Mixin}s,
   * options ({@link OptionSpec}) and positional parameters ({@link PositionalParamSpec}).
   */
  static void add(CommandSpec spec, Object... args) {
    for (Object arg : args) {
      if (arg instanceof Mixin mixin) {
        mixin.addTo(spec);
      } else if (arg instanceof OptionSpec option) {
        spec.addOption(option);
      } else {
        spec.addPositional((PositionalParamSpec) arg);
      }
    }
  }

  /**
   * {@code -h, --help} and {@code -V, --version}, last, as picocli adds them for {@code
   * mixinStandardHelpOptions}.
   */
  static void helpOptions(CommandSpec spec) {
    CommandSpec m = made(CommandSpec.create());
    m.addOption(
        flag(new String[] {"-h", "--help"}, "helpRequested")
            .usageHelp(true)
            .descriptionKey("mixinStandardHelpOptions.help")
            .description("Show this help message and exit.")
            .build());
    m.addOption(
        flag(new String[] {"-V", "--version"}, "versionRequested")
            .versionHelp(true)
            .descriptionKey("mixinStandardHelpOptions.version")
            .description("Print version information and exit.")
            .build());
    spec.addMixin("mixinStandardHelpOptions", m);
  }

  /** An option that takes a value of {@code type}, shown as {@code label} in the help. */
  static OptionSpec.Builder option(
      String name, String label, Class<?> type, String... description) {
    return option(new String[] {name}, label, type, description);
  }

  /** An option with several names that takes a value of {@code type}. */
  static OptionSpec.Builder option(
      String[] names, String label, Class<?> type, String... description) {
    return OptionSpec.builder(names)
        .paramLabel(label)
        .descriptionKey("")
        .prompt("")
        .type(type)
        .description(description);
  }

  /** An option that may be repeated, each value a string, collected in a list (empty if none). */
  static OptionSpec.Builder list(String name, String label, String... description) {
    return option(name, label, List.class, description)
        .auxiliaryTypes(String.class)
        .initialValue(new ArrayList<String>());
  }

  /** An option without a value: false unless given. */
  static OptionSpec flag(String name, String field, String description) {
    return flag(new String[] {name}, field, description);
  }

  /** A flag of several names, the short one first. */
  static OptionSpec flag(String[] names, String field, String description) {
    return flag(names, field).description(description).build();
  }

  /**
   * {@code field} names the flag in its parameter label, as picocli does for an annotated field.
   */
  private static OptionSpec.Builder flag(String[] names, String field) {
    return OptionSpec.builder(names)
        .paramLabel("<" + field + ">")
        .descriptionKey("")
        .prompt("")
        .type(boolean.class)
        .initialValue(false);
  }

  /** {@code --format FORMAT}, one of the constants of {@code formats}; text unless given. */
  static OptionSpec format(Class<? extends Enum<?>> formats) {
    return option(
            "--format",
            "FORMAT",
            formats,
            "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .defaultValue("text")
        .build();
  }

  /** {@code --as-of DATE}, a strict {@code YYYY-MM-DD} date; {@code description} says its use. */
  static OptionSpec asOf(String description) {
    return option("--as-of", "DATE", LocalDate.class, description)
        .converters(new DateConverter())
        .build();
  }

  /**
   * A required positional parameter of {@code type}, at {@code index} (or null: after the others);
   * an optional one sets {@code arity("0..1").required(false)}, as picocli does for an annotated
   * field whose arity may be 0.
   */
  static PositionalParamSpec.Builder parameter(
      String index, String label, Class<?> type, String description) {
    PositionalParamSpec.Builder b =
        PositionalParamSpec.builder()
            .descriptionKey("")
            .prompt("")
            .paramLabel(label)
            .description(description)
            .type(type)
            .required(true);
    return index == null ? b : b.index(index);
  }
}
