package dev.roadmap.cli;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

/**
 * What the command line reads from its surroundings, injected so that tests can set it.
 *
 * @param variables environment variables
 * @param stdin standard input, for the path {@code -}
 * @param terminal true when standard output is a terminal
 * @param clock the clock that says what day today is: the status date of a roadmap that gives none
 *     ({@link AsOf})
 * @param errTerminal true when standard error is a terminal (where {@link Progress} is drawn)
 */
public record Env(
    Map<String, String> variables,
    InputStream stdin,
    boolean terminal,
    Clock clock,
    boolean errTerminal) {
  public Env {
    variables = Map.copyOf(variables);
    Objects.requireNonNull(clock, "clock");
  }

  /** With standard error not a terminal. */
  public Env(Map<String, String> variables, InputStream stdin, boolean terminal, Clock clock) {
    this(variables, stdin, terminal, clock, false);
  }

  /** With the system clock. */
  public Env(Map<String, String> variables, InputStream stdin, boolean terminal) {
    this(variables, stdin, terminal, new SystemClock());
  }

  /** The real process environment. */
  static Env system() {
    return new Env(
        System.getenv(), System.in, System.console() != null, new SystemClock(), stderrIsTty());
  }

  /**
   * The system clock in the default time zone, looked up when first asked: the lookup loads the
   * zone rules (9 ms of a start-up), and a roadmap with its own {@code as-of} never asks.
   */
  static final class SystemClock extends Clock {
    private static final long DAY_MILLIS = 86_400_000L;

    private volatile ZoneId zone;

    /**
     * Today in the default time zone, by its offset from {@link TimeZone} now: java.time's zone of
     * the same name would load its rules a second time (4 ms of a start-up that asks the date).
     */
    LocalDate today() {
      return day(System.currentTimeMillis(), TimeZone.getDefault());
    }

    /** The day in {@code zone} at {@code millis} since the epoch. */
    static LocalDate day(long millis, TimeZone zone) {
      return LocalDate.ofEpochDay(Math.floorDiv(millis + zone.getOffset(millis), DAY_MILLIS));
    }

    @Override
    public ZoneId getZone() {
      ZoneId z = zone;
      if (z == null) {
        z = ZoneId.systemDefault();
        zone = z;
      }
      return z;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.system(zone);
    }

    @Override
    public Instant instant() {
      return Instant.now();
    }

    @Override
    public long millis() {
      return System.currentTimeMillis();
    }
  }

  /** This environment with standard error a terminal or not. */
  Env withErrTerminal(boolean errTerminal) {
    return new Env(variables, stdin, terminal, clock, errTerminal);
  }

  /**
   * Whether standard error is a terminal: as the launcher found it ({@code [ -t 2 ]}, passed as the
   * property {@code roadmap.stderr.tty}), else, on Linux, by where descriptor 2 leads. Java has no
   * call for it: {@code System.console()} speaks of standard input and output.
   */
  static boolean stderrIsTty() {
    String told = System.getProperty("roadmap.stderr.tty");
    if (told != null) {
      return told.equals("true");
    }
    try {
      String target =
          java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  String get(String name) {
    return variables.get(name);
  }

  /** Today, by {@link #clock}. */
  LocalDate today() {
    return clock instanceof SystemClock system ? system.today() : LocalDate.now(clock);
  }
}
