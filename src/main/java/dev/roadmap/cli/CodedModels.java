package dev.roadmap.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The root and {@code validate} commands as picocli's model built in code, for the run that names
 * {@code validate} first: CI runs it thousands of times a day, and building the model from the
 * annotations cost about 38 of its 130 milliseconds (reflection over every member, and a dynamic
 * proxy class per annotation type, which the class-data archive cannot keep).
 *
 * <p>The annotations of {@link RootCommand}, {@link ValidateCommand}, {@link Common} and {@link
 * LimitOptions} stay the source of the model: help, completion and the man pages read them.
 * CodedModelsTest checks that this model has every attribute of theirs, in the same order, and
 * LazyCommandsTest that runs give the same output both ways.
 */
final class CodedModels {
  private CodedModels() {}

  /** The root alone, as {@code new CommandLine(new Main.Single(), factory)} builds it. */
  static CommandLine root(CommandLine.IFactory factory) {
    return new CommandLine(rootSpec(factory), factory);
  }

  /** The root with {@code validate} as its only command, as {@code Main.commandLine} builds it. */
  static CommandLine validate(CommandLine.IFactory factory) {
    CommandSpec rootSpec = rootSpec(factory);

    ValidateCommand cmd;
    try {
      cmd = factory.create(ValidateCommand.class);
    } catch (Exception e) {
      throw new CommandLine.InitializationException("cannot create the validate command", e);
    }
    CommandSpec spec = CommandSpec.wrapWithoutInspection(cmd, factory);
    spec.name("validate");
    spec.versionProvider(new Main.Version());
    UsageMessageSpec v = spec.usageMessage();
    v.description(
        "Check roadmap files and report every problem.",
        "Each finding has file:line:col, a snippet, a hint and a stable code (RMnnn).",
        "Directories are searched for *.yaml and *.yml files; '-' reads standard input.");
    v.sortOptions(false);
    v.exitCodeListHeading("%nExit codes:%n");
    v.exitCodeList(
        UsageMessageSpec.keyValuesMap(
            "0:no findings at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:usage error (bad option or argument)",
            "3:a file cannot be read or written (or a directory holds no roadmap)",
            "4:internal error (a bug; --debug prints the stack trace)"));
    cmd.spec = spec;
    cmd.common = new Common();
    spec.addMixin("common", common(cmd.common, factory));
    cmd.limits = new LimitOptions();
    spec.addMixin("limits", limits(cmd.limits, factory));
    spec.addPositional(
        PositionalParamSpec.builder()
            .arity("1..*")
            .required(true)
            .descriptionKey("")
            .prompt("")
            .paramLabel("PATH")
            .description("Files, directories, or '-'.")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .setter(new Binding<List<String>>(() -> cmd.paths, x -> cmd.paths = x))
            .getter(new Binding<List<String>>(() -> cmd.paths, x -> cmd.paths = x))
            .build());
    Binding<List<String>> formats = new Binding<>(() -> cmd.formats, x -> cmd.formats = x);
    spec.addOption(
        option("--format", "FORMAT", formats, List.class, String.class)
            .defaultValue("auto")
            .description(
                "Report format: auto, text, json, sarif, github, junit, checkstyle (default: auto:"
                    + " GitHub annotations when GITHUB_ACTIONS=true, else text).",
                "FORMAT=FILE writes that report to FILE; repeat --format for several reports.")
            .build());
    spec.addOption(
        option(
                "--rules-uri",
                "URI",
                new Binding<String>(() -> cmd.rulesUri, x -> cmd.rulesUri = x),
                String.class)
            .description("Base URI of docs/rules.md, for the helpUri of each rule in SARIF.")
            .build());
    spec.addOption(
        option(
                "--fail-on",
                "LEVEL",
                new Binding<ValidateCommand.FailOn>(() -> cmd.failOn, x -> cmd.failOn = x),
                ValidateCommand.FailOn.class)
            .defaultValue("error")
            .description(
                "Exit 1 on findings of this severity or worse: ${COMPLETION-CANDIDATES}"
                    + " (default: ${DEFAULT-VALUE}).")
            .build());
    spec.addOption(
        option(
                "--as-of",
                "DATE",
                new Binding<LocalDate>(() -> cmd.asOf, x -> cmd.asOf = x),
                LocalDate.class)
            .description(
                "Status date (YYYY-MM-DD) for the overdue check; default: the file's as-of.")
            .build());
    spec.addOption(
        option(
                new String[] {"-j", "--jobs"},
                "N",
                new Binding<Integer>(() -> cmd.jobs, x -> cmd.jobs = x),
                int.class)
            .description("Check this many files at once (default: the number of processors).")
            .build());
    spec.addOption(
        option(
                "--disable",
                "CODE",
                new Binding<List<String>>(() -> cmd.disabled, x -> cmd.disabled = x),
                List.class,
                String.class)
            .splitRegex(",")
            .description("Drop findings of these codes or families (RM207, RM4xx).")
            .build());
    spec.addOption(
        option(
                "--enable",
                "CODE",
                new Binding<List<String>>(() -> cmd.enabled, x -> cmd.enabled = x),
                List.class,
                String.class)
            .splitRegex(",")
            .description("Keep findings of these codes even when --disable names their family.")
            .build());
    spec.addOption(
        flag(
                new String[] {"--no-inline-config"},
                "noInlineConfig",
                new Binding<Boolean>(() -> cmd.noInlineConfig, x -> cmd.noInlineConfig = x))
            .description("Ignore '# roadmap: disable-line' and 'disable-next-line' comments.")
            .build());
    spec.addOption(
        flag(
                new String[] {"--report-unused-disables"},
                "reportUnused",
                new Binding<Boolean>(() -> cmd.reportUnused, x -> cmd.reportUnused = x))
            .description("Report suppression comments that silence nothing (RM111).")
            .build());
    spec.addOption(
        option(
                "--baseline",
                "FILE",
                new Binding<Path>(() -> cmd.baseline, x -> cmd.baseline = x),
                Path.class)
            .description("Fail only on findings this baseline does not hold; report stale entries.")
            .build());
    spec.addOption(
        option(
                "--write-baseline",
                "FILE",
                new Binding<Path>(() -> cmd.writeBaseline, x -> cmd.writeBaseline = x),
                Path.class)
            .description("Record the current findings as the baseline in FILE, and exit 0.")
            .build());
    standardHelp(spec);

    return new CommandLine(rootSpec, factory)
        .addSubcommand("validate", new CommandLine(spec, factory));
  }

  private static CommandSpec rootSpec(CommandLine.IFactory factory) {
    Main.Single root = new Main.Single();
    CommandSpec rootSpec = CommandSpec.wrapWithoutInspection(root, factory);
    rootSpec.name("roadmap");
    rootSpec.versionProvider(new Main.Version());
    UsageMessageSpec u = rootSpec.usageMessage();
    u.description(
        "Plans the transfer of military command between allies.",
        "Loads a roadmap (YAML), validates its ordering and prerequisites, schedules",
        "what is not pinned, and shows or exports the phased timeline.");
    u.synopsisSubcommandLabel("COMMAND");
    u.footer(
        "%nRun 'roadmap help COMMAND' for the options of a command.",
        "The file format: docs/format.md. The diagnostic codes: docs/rules.md, 'roadmap rules'.");
    u.exitCodeListHeading("%nExit codes:%n");
    u.exitCodeList(
        UsageMessageSpec.keyValuesMap(
            "0:success (warnings allowed)",
            "1:findings at or above --fail-on",
            "2:usage error (bad option or argument)",
            "3:a file cannot be read or written",
            "4:internal error (a bug; --debug prints the stack trace)"));
    standardHelp(rootSpec);
    root.spec = rootSpec;
    return rootSpec;
  }

  private static CommandSpec common(Common c, CommandLine.IFactory factory) {
    CommandSpec m = CommandSpec.wrapWithoutInspection(c, factory);
    m.addOption(
        option(
                "--color",
                "WHEN",
                new Binding<Common.ColorMode>(() -> c.color, x -> c.color = x),
                Common.ColorMode.class)
            .defaultValue("auto")
            .description(
                "Colour the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto"
                    + " means on a terminal, unless NO_COLOR is set).")
            .build());
    m.addOption(
        flag(
                new String[] {"--debug"},
                "debug",
                new Binding<Boolean>(() -> c.debug, x -> c.debug = x))
            .description("Print the stack trace of an internal error.")
            .build());
    return m;
  }

  private static CommandSpec limits(LimitOptions l, CommandLine.IFactory factory) {
    CommandSpec m = CommandSpec.wrapWithoutInspection(l, factory);
    m.addOption(
        option(
                "--max-file-size",
                "SIZE",
                new Binding<Long>(() -> l.maxFileBytes, x -> l.maxFileBytes = x),
                long.class)
            .converters(new LimitOptions.SizeConverter())
            .description(
                "Largest file read, e.g. 64MiB, 500KiB or a number of bytes (default: 256MiB).")
            .build());
    m.addOption(
        option(
                "--max-depth",
                "N",
                new Binding<Integer>(() -> l.maxDepth, x -> l.maxDepth = x),
                int.class)
            .description("Deepest nesting of mappings and lists (default: ${DEFAULT-VALUE}).")
            .build());
    m.addOption(
        option(
                "--max-aliases",
                "N",
                new Binding<Integer>(() -> l.maxAliases, x -> l.maxAliases = x),
                int.class)
            .description("Most YAML aliases to mappings and lists (default: ${DEFAULT-VALUE}).")
            .build());
    m.addOption(
        option(
                "--max-scalar-length",
                "N",
                new Binding<Integer>(() -> l.maxScalarLength, x -> l.maxScalarLength = x),
                int.class)
            .description("Longest single value, in characters (default: ${DEFAULT-VALUE}).")
            .build());
    m.addOption(
        option(
                "--max-milestones",
                "N",
                new Binding<Integer>(() -> l.maxMilestones, x -> l.maxMilestones = x),
                int.class)
            .description("Most milestones in one file (default: ${DEFAULT-VALUE}).")
            .build());
    m.addOption(
        option(
                "--max-dependencies",
                "N",
                new Binding<Integer>(() -> l.maxDependencies, x -> l.maxDependencies = x),
                int.class)
            .description("Most prerequisite links in one file (default: ${DEFAULT-VALUE}).")
            .build());
    return m;
  }

  /** {@code mixinStandardHelpOptions = true}: -h and -V, last, as picocli adds them. */
  private static void standardHelp(CommandSpec spec) {
    CommandSpec m = CommandSpec.create();
    boolean[] requested = new boolean[2];
    m.addOption(
        flag(
                new String[] {"${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}"},
                "helpRequested",
                new Binding<Boolean>(() -> requested[0], x -> requested[0] = x))
            .usageHelp(true)
            .descriptionKey("mixinStandardHelpOptions.help")
            .description("Show this help message and exit.")
            .build());
    m.addOption(
        flag(
                new String[] {
                  "${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}"
                },
                "versionRequested",
                new Binding<Boolean>(() -> requested[1], x -> requested[1] = x))
            .versionHelp(true)
            .descriptionKey("mixinStandardHelpOptions.version")
            .description("Print version information and exit.")
            .build());
    spec.addMixin("mixinStandardHelpOptions", m);
  }

  private static OptionSpec.Builder option(
      String name, String label, Binding<?> binding, Class<?> type, Class<?>... aux) {
    return option(new String[] {name}, label, binding, type, aux);
  }

  private static OptionSpec.Builder option(
      String[] names, String label, Binding<?> binding, Class<?> type, Class<?>... aux) {
    OptionSpec.Builder b =
        OptionSpec.builder(names)
            .paramLabel(label)
            .descriptionKey("")
            .prompt("")
            .type(type)
            .setter(binding)
            .getter(binding)
            .initialValue(binding.get())
            .hasInitialValue(true);
    if (aux.length > 0) {
      b.auxiliaryTypes(aux);
    }
    return b;
  }

  /** A boolean option; {@code field} names it in the parameter label, as picocli does. */
  private static OptionSpec.Builder flag(String[] names, String field, Binding<Boolean> binding) {
    return OptionSpec.builder(names)
        .paramLabel("<" + field + ">")
        .descriptionKey("")
        .prompt("")
        .type(boolean.class)
        .setter(binding)
        .getter(binding)
        .initialValue(binding.get())
        .hasInitialValue(true);
  }

  /** A field of a command as picocli's getter and setter, through two lambdas: no reflection. */
  private static final class Binding<V> implements IGetter, ISetter {
    private final Supplier<V> get;
    private final Consumer<V> set;

    Binding(Supplier<V> get, Consumer<V> set) {
      this.get = get;
      this.set = set;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) get.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      T old = get();
      set.accept((V) value);
      return old;
    }
  }
}
