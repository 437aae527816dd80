package dev.roadmap.cli;

/** The exit codes, the same for every command; listed in {@code --help} and README.md. */
public final class ExitCodes {
  /** Success; warnings allowed. */
  public static final int OK = 0;

  /** The roadmap has findings at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;

  /** Usage error: a bad option or argument. */
  public static final int USAGE = 2;

  /** A file cannot be read or written. */
  public static final int IO = 3;

  /** Internal error: a bug. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
