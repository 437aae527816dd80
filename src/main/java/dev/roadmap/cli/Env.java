package dev.roadmap.cli;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line reads from its surroundings, injected so that tests can set it.
 *
 * @param variables environment variables
 * @param stdin standard input, for the path {@code -}
 * @param terminal true when standard output is a terminal
 * @param clock the clock that says what day today is: the status date of a roadmap that gives none
 *     ({@link AsOf})
 */
public record Env(Map<String, String> variables, InputStream stdin, boolean terminal, Clock clock) {
  public Env {
    variables = Map.copyOf(variables);
    Objects.requireNonNull(clock, "clock");
  }

  /** With the system clock. */
  public Env(Map<String, String> variables, InputStream stdin, boolean terminal) {
    this(variables, stdin, terminal, Clock.systemDefaultZone());
  }

  /** The real process environment. */
  static Env system() {
    return new Env(System.getenv(), System.in, System.console() != null);
  }

  String get(String name) {
    return variables.get(name);
  }

  /** Today, by {@link #clock}. */
  LocalDate today() {
    return LocalDate.now(clock);
  }
}
