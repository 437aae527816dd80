package dev.roadmap.cli;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import dev.roadmap.load.TextDecoder;
import java.util.List;

/**
 * The findings of a text or of a file's bytes, as {@code validate} reports them with inline
 * suppressions and unused ones reported: for the tests of every package.
 */
public final class Findings {
  private Findings() {}

  /** The findings of a text. */
  public static List<Diagnostic> of(String name, String text) {
    return of(new Sources.Source(name, text));
  }

  /** The findings of a file's bytes, decoded as the command line decodes them. */
  public static List<Diagnostic> of(String name, byte[] bytes) {
    return of(name, bytes, List.of());
  }

  /** The findings of a file's bytes, with {@code --enable} naming {@code enabled}. */
  public static List<Diagnostic> of(String name, byte[] bytes, List<String> enabled) {
    TextDecoder.Result d = TextDecoder.decode(name, bytes);
    return of(
        d.text() != null
            ? new Sources.Source(name, d.text())
            : new Sources.Source(name, "", d.diagnostic()),
        enabled);
  }

  private static List<Diagnostic> of(Sources.Source source) {
    return of(source, List.of());
  }

  private static List<Diagnostic> of(Sources.Source source, List<String> enabled) {
    return Analysis.of(
            source, null, new Suppressions.Options(true, true, List.of(), enabled), Limits.DEFAULT)
        .report()
        .diagnostics();
  }
}
