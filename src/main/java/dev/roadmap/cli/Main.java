package dev.roadmap.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The entry point: builds the command tree, runs it, and maps every outcome to an exit code.
 *
 * <p>Each command builds picocli's model of itself in code ({@link Specs}). A run that names one of
 * roadmap's own commands first builds only that command and the root, and {@code --version} alone
 * only the root: the other commands are not needed. Help, completion, the man pages, no command and
 * unknown commands get the whole tree ({@link #tree}); the output is the same either way
 * (LazyCommandsTest checks it).
 */
public final class Main {
  /**
   * Roadmap's own commands, in the order help lists them: the tree less picocli's {@code
   * generate-completion} and {@code help}, which need the tree.
   */
  static final List<String> COMMANDS =
      List.of(
          "validate",
          "timeline",
          "status",
          "explain",
          "export",
          "diff",
          "history",
          "rules",
          "schema",
          "what-if",
          "init");

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = writer(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = writer(new FileOutputStream(FileDescriptor.err));
    int code = run(args, out, err, Env.system());
    out.flush();
    err.flush();
    if (Boolean.getBoolean(HALT)) {
      // Since JDK 21, System.exit first starts the JDK's logging to ask whether to log the exit:
      // 3-5 ms of a 200 ms run. After a run that returned, the shutdown hooks it would run have
      // nothing to do (AtomicFiles's deletes what an interrupted write left); the launchers ask
      // for this unless an agent or a recording may be given that writes at exit.
      System.out.flush();
      System.err.flush();
      Runtime.getRuntime().halt(code);
    }
    System.exit(code);
  }

  /**
   * The system property with which the launcher asks {@link #main} to end the JVM without its
   * shutdown sequence.
   */
  static final String HALT = "roadmap.halt";

  /**
   * A UTF-8 writer on a standard stream. A lone UTF-16 surrogate (from a {@code "\\ud800"} escape)
   * is written as U+FFFD, as in the files roadmap writes ({@link AtomicFiles}). The writer keeps
   * its errors for {@link PrintWriter#checkError()}, which {@link #execute} asks.
   */
  static PrintWriter writer(OutputStream stream) {
    CharsetEncoder utf8 =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(REPLACEMENT);
    PipeStream pipe = new PipeStream(stream);
    return new StdWriter(new OutputStreamWriter(pipe, utf8), pipe);
  }

  /** A writer on a standard stream that knows whether the reader of its pipe went away. */
  static final class StdWriter extends PrintWriter {
    private final PipeStream pipe;

    StdWriter(java.io.Writer out, PipeStream pipe) {
      super(out, true);
      this.pipe = pipe;
    }

    /** Whether a write failed because the reading end of a pipe was closed ({@code | head}). */
    boolean readerGone() {
      return pipe.readerGone;
    }
  }

  /** A stream that remembers a write that failed on a closed pipe (EPIPE, "Broken pipe"). */
  static final class PipeStream extends java.io.FilterOutputStream {
    volatile boolean readerGone;

    PipeStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      try {
        out.write(b, off, len);
      } catch (java.io.IOException e) {
        readerGone |= String.valueOf(e.getMessage()).contains("Broken pipe");
        throw e;
      }
    }
  }

  /** U+FFFD in UTF-8. */
  private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  /** Runs the command line and returns its exit code; never throws. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Env env) {
    return execute(commandLine(args, env), args, out, err, env);
  }

  /**
   * Runs {@code args} on the command tree {@code cl} (from {@link #commandLine} or {@link #tree}).
   */
  static int execute(CommandLine cl, String[] args, PrintWriter out, PrintWriter err, Env env) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // Every command lists the exit codes in its --help (design.md section 6).
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommandSpec().usageMessage().exitCodeList().isEmpty()) {
        Specs.exitCodes(sub.getCommandSpec(), Specs.BUILT_IN_EXIT_CODES);
      }
    }
    boolean plain = !env.terminal() || !Common.noColorUnset(env);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(plain ? Ansi.OFF : Ansi.ON));
    cl.setExitCodeExceptionMapper(
        t -> t instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UserException u) {
            if (u.exitCode() == ExitCodes.USAGE) {
              // As picocli's usage errors (UsageErrors): the command, the mistake, the help.
              String who = commandLine.getCommandSpec().qualifiedName();
              commandLine.getErr().println(who + ": " + u.getMessage());
              commandLine.getErr().println(UsageErrors.seeHelp(commandLine));
            } else {
              commandLine.getErr().println("roadmap: " + u.getMessage());
            }
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
      return checked(cl.execute(args), out, err);
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
   * {@code code}, or exit 3 when standard output could not be written (a full disk, a closed
   * stream, {@code > /dev/full}): what was asked for is lost, so the run fails, and says so.
   */
  private static int checked(int code, PrintWriter out, PrintWriter err) {
    if (!out.checkError()) {
      return code;
    }
    if (out instanceof StdWriter w && w.readerGone()) {
      // The reader took what it wanted and left (`| head`): as git and ripgrep, no complaint.
      return code;
    }
    err.println("roadmap: cannot write to standard output (a full disk, or a closed stream)");
    err.flush();
    return code == ExitCodes.INTERNAL ? code : ExitCodes.IO;
  }

  /**
   * The command tree for these arguments: the root and only the command named first when that is
   * one of {@link #COMMANDS}, the root alone for just {@code --version}; else (another option
   * first, no command, {@code help}, an unknown command) the whole tree, so that help, completion
   * and picocli's suggestions see every command.
   */
  static CommandLine commandLine(String[] args, Env env) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return new CommandLine(RootCommand.spec()); // the version alone needs no command
    }
    // Built without picocli's variables, which only help shows: the help factory expands them.
    CommandSpec only = args.length == 0 ? null : Specs.plain(() -> command(args[0], env));
    if (only == null) {
      return tree(env);
    }
    CommandLine cl =
        Specs.plain(
            () ->
                new CommandLine(RootCommand.spec(Invocation.name(env)))
                    .addSubcommand(args[0], only));
    cl.setHelpFactory(
        (spec, colors) -> {
          Specs.expandVariables(spec.root());
          return new CommandLine.Help(spec, colors);
        });
    return cl;
  }

  /** Every command, under the root. */
  static CommandLine tree(Env env) {
    CommandLine root = new CommandLine(RootCommand.spec(Invocation.name(env)));
    for (String name : COMMANDS) {
      root.addSubcommand(name, command(name, env));
    }
    // picocli marks it a help command, which lets it take any argument: it takes none.
    CommandSpec completion = CommandSpec.forAnnotatedObject(new AutoComplete.GenerateCompletion());
    completion.helpCommand(false);
    root.addSubcommand("generate-completion", completion);
    root.addSubcommand("help", new CommandLine.HelpCommand());
    return root;
  }

  /** The model of one of {@link #COMMANDS}, or null for another name. */
  private static CommandSpec command(String name, Env env) {
    Subcommand command =
        switch (name) {
          case "validate" -> new ValidateCommand(env);
          case "timeline" -> new TimelineCommand(env);
          case "status" -> new StatusCommand(env);
          case "explain" -> new ExplainCommand(env);
          case "export" -> new ExportCommand(env);
          case "diff" -> new DiffCommand(env);
          case "history" -> new HistoryCommand(env);
          case "rules" -> new RulesCommand();
          case "schema" -> new SchemaCommand();
          case "what-if" -> new WhatIfCommand(env);
          case "init" -> new InitCommand();
          default -> null;
        };
    return command == null ? null : command.spec;
  }

  /** The version and commit from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"roadmap " + number(), "commit " + commit()};
    }

    /** The version of this build, from the build's own resources. */
    static String number() {
      return properties().getProperty("version", "0.0.0-dev");
    }

    /**
     * The git commit the build was made from (its short id), or {@code unknown} for a build outside
     * a git checkout.
     */
    static String commit() {
      String commit = properties().getProperty("commit", "");
      return commit.isEmpty() || commit.startsWith("$") ? "unknown" : commit;
    }

    private static Properties properties() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return p;
    }
  }
}
