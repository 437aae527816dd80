package dev.roadmap.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The outcome of one in-process run of the command line.
 *
 * @param code exit code
 * @param out standard output
 * @param err standard error
 */
record Run(int code, String out, String err) {
  /**
   * The day every in-process run takes as today: a roadmap without as-of is read as of it. It is
   * before every date of the test files, so that none of them is overdue by the clock alone; a test
   * of the clock itself gives its own ({@code StatusCommandTest}).
   */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2000-01-01T12:00:00Z"), ZoneOffset.UTC);

  static Run of(String... args) {
    return with(Map.of(), "", false, args);
  }

  static Run with(Map<String, String> env, String stdin, boolean terminal, String... args) {
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return with(new Env(env, in, terminal, CLOCK), args);
  }

  static Run with(Env env, String... args) {
    return collect((out, err) -> Main.run(args, out, err, env));
  }

  /**
   * As {@link #with(Env, String...)}, but with every command built, as when the arguments name
   * none.
   */
  static Run wholeTree(Env env, String... args) {
    return collect((out, err) -> Main.execute(Main.tree(env), args, out, err, env));
  }

  private static Run collect(java.util.function.ToIntBiFunction<PrintWriter, PrintWriter> run) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = run.applyAsInt(new PrintWriter(o), new PrintWriter(e));
    return new Run(code, o.toString(), e.toString());
  }
}
