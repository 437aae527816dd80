package dev.roadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;

/**
 * The entry point: wires picocli to the commands, and maps every outcome to an exit code.
 *
 * <p>This class is the whole command tree ({@link RootCommand} has the root command's attributes,
 * this annotation adds the subcommands): help, completion, the man pages and unknown commands use
 * it. A run that names one of roadmap's own commands first builds only that command ({@link
 * #LAZY}): picocli's model of a command costs reflection at every start, and the other commands are
 * not needed. The output is the same either way (LazyCommandsTest checks it).
 */
@Command(
    subcommands = {
      ValidateCommand.class,
      TimelineCommand.class,
      StatusCommand.class,
      ExplainCommand.class,
      ExportCommand.class,
      DiffCommand.class,
      RulesCommand.class,
      SchemaCommand.class,
      WhatIfCommand.class,
      InitCommand.class,
      AutoComplete.GenerateCompletion.class,
      CommandLine.HelpCommand.class
    })
public final class Main extends RootCommand {
  /**
   * The commands a run may name first and get alone, by name: the same classes as in the {@code
   * subcommands} above, less {@code generate-completion} and {@code help}, which need the tree.
   */
  static final Map<String, Class<?>> LAZY =
      Map.of(
          "validate", ValidateCommand.class,
          "timeline", TimelineCommand.class,
          "status", StatusCommand.class,
          "explain", ExplainCommand.class,
          "export", ExportCommand.class,
          "diff", DiffCommand.class,
          "rules", RulesCommand.class,
          "schema", SchemaCommand.class,
          "what-if", WhatIfCommand.class,
          "init", InitCommand.class);

  /** The root with no subcommands, to which {@link #commandLine} adds the one a run names. */
  static final class Single extends RootCommand {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err, Env.system());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line and returns its exit code; never throws. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Env env) {
    return run(args, out, err, env, false);
  }

  /**
   * Runs the command line; {@code wholeTree} builds every command even when the arguments name one
   * (the tests compare the two ways).
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Env env, boolean wholeTree) {
    Factory factory = new Factory(env);
    CommandLine cl = wholeTree ? new CommandLine(new Main(), factory) : commandLine(args, factory);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.time.LocalDate.class, new DateConverter());
    // Every command lists the exit codes in its --help (design.md section 6).
    var codes = cl.getCommandSpec().usageMessage().exitCodeList();
    for (CommandLine sub : cl.getSubcommands().values()) {
      var usage = sub.getCommandSpec().usageMessage();
      if (usage.exitCodeList().isEmpty()) {
        usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
      }
    }
    boolean plain = !env.terminal() || !Common.noColorUnset(env);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(plain ? Ansi.OFF : Ansi.ON));
    cl.setExitCodeExceptionMapper(
        t -> t instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UserException u) {
            commandLine.getErr().println("roadmap: " + u.getMessage());
            return u.exitCode();
          }
          boolean debug = Arrays.asList(args).contains("--debug");
          commandLine
              .getErr()
              .println(
                  "roadmap: internal error: "
                      + e
                      + (debug ? "" : " (this is a bug; rerun with --debug for the stack trace)"));
          if (debug) {
            e.printStackTrace(commandLine.getErr());
          }
          return ExitCodes.INTERNAL;
        });
    try {
      return cl.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands only Exceptions to the handler above: a StackOverflowError or an
      // OutOfMemoryError arrives here, and is an internal error (4), never "findings" (1).
      boolean debug = Arrays.asList(args).contains("--debug");
      err.println(
          "roadmap: internal error: "
              + e
              + (debug ? "" : " (this is a bug; rerun with --debug for the stack trace)"));
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INTERNAL;
    }
  }

  /**
   * The command tree for these arguments: the root and only the command named first when that is
   * one of {@link #LAZY}, the root alone for just {@code --version}; else (another option first, no
   * command, {@code help}, an unknown command) the whole tree, so that help, completion and
   * picocli's suggestions see every command.
   */
  static CommandLine commandLine(String[] args, CommandLine.IFactory factory) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return CodedModels.root(factory); // the version alone needs no command
    }
    if (args.length > 0 && args[0].equals("validate")) {
      return CodedModels.validate(factory); // the command CI runs: its model built in code
    }
    Class<?> only = args.length == 0 ? null : LAZY.get(args[0]);
    if (only == null) {
      return new CommandLine(new Main(), factory);
    }
    return new CommandLine(new Single(), factory).addSubcommand(args[0], only);
  }

  /** Creates commands with the environment injected. */
  private record Factory(Env env) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == ValidateCommand.class) {
        return cls.cast(new ValidateCommand(env));
      }
      if (cls == TimelineCommand.class) {
        return cls.cast(new TimelineCommand(env));
      }
      if (cls == StatusCommand.class) {
        return cls.cast(new StatusCommand(env, Clock.systemDefaultZone()));
      }
      if (cls == ExplainCommand.class) {
        return cls.cast(new ExplainCommand(env));
      }
      if (cls == WhatIfCommand.class) {
        return cls.cast(new WhatIfCommand(env));
      }
      if (cls == ExportCommand.class) {
        return cls.cast(new ExportCommand(env));
      }
      if (cls == DiffCommand.class) {
        return cls.cast(new DiffCommand(env));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"roadmap " + number()};
    }

    /** The version of this build, from the build's own resources. */
    static String number() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return p.getProperty("version", "0.0.0-dev");
    }
  }
}
