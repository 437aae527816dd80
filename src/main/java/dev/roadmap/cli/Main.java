package dev.roadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;

/** The entry point: wires picocli to the commands, and maps every outcome to an exit code. */
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
    },
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
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

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
    CommandLine cl = new CommandLine(new Main(), new Factory(env));
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
