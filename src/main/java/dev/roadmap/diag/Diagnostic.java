package dev.roadmap.diag;

import dev.roadmap.model.Span;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about a roadmap.
 *
 * @param code the stable code
 * @param severity how serious it is
 * @param span where it is; {@link Span#isKnown()} is false when only the file is known
 * @param message one sentence naming the ids involved
 * @param hint how to fix it, or null
 */
public record Diagnostic(Code code, Severity severity, Span span, String message, String hint) {

  /** Order of output: by file, line, column, then code and message. */
  public static final Comparator<Diagnostic> ORDER = Diagnostic::compareForOutput;

  // Written out rather than chained from Comparator.comparing, whose lambdas the JVM spins at run
  // time on every start.
  private static int compareForOutput(Diagnostic a, Diagnostic b) {
    int c = a.span.compareTo(b.span);
    if (c == 0) {
      c = a.code.id().compareTo(b.code.id());
    }
    return c != 0 ? c : a.message.compareTo(b.message);
  }

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
  }

  /** A finding with the code's own severity. */
  public static Diagnostic of(Code code, Span span, String message, String hint) {
    return new Diagnostic(code, code.severity(), span, message, hint);
  }

  /** A finding with the code's own severity and no hint. */
  public static Diagnostic of(Code code, Span span, String message) {
    return of(code, span, message, null);
  }
}
