package dev.roadmap.cli;

/** A problem the user can fix, reported as one line and an exit code; never a stack trace. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  UserException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
