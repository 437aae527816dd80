package dev.roadmap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command under {@code roadmap}: it builds picocli's model of itself, {@link #spec}, in its
 * constructor, and {@link #call} runs it once picocli has parsed the arguments into that model,
 * returning the exit code.
 */
abstract class Subcommand implements Callable<Integer> {
  /** The model of this command. */
  final CommandSpec spec;

  /** A command named {@code name}, with the description its help shows. */
  Subcommand(String name, String... description) {
    spec = Specs.command(this, name, description);
  }

  /**
   * Adds the command's mixins, options and parameters, in the order help lists them ({@link
   * Specs#add}), then {@code -h} and {@code -V}: the last step of building its model.
   */
  final void arguments(Object... args) {
    Specs.add(spec, args);
    Specs.helpOptions(spec);
  }

  /** Standard output, as picocli has it. */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * The command as the user invoked it: {@code roadmap}, or {@code ./roadmap} ({@link Invocation}).
   */
  final String program() {
    return spec.root().name();
  }

  /** Standard error, as picocli has it. */
  final PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
