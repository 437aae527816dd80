package dev.roadmap.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What the command line reads from its surroundings, injected so that tests can set it.
 *
 * @param variables environment variables
 * @param stdin standard input, for the path {@code -}
 * @param terminal true when standard output is a terminal
 */
public record Env(Map<String, String> variables, InputStream stdin, boolean terminal) {
  public Env {
    variables = Map.copyOf(variables);
  }

  /** The real process environment. */
  static Env system() {
    return new Env(System.getenv(), System.in, System.console() != null);
  }

  String get(String name) {
    return variables.get(name);
  }
}
