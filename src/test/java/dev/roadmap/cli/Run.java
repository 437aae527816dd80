package dev.roadmap.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The outcome of one in-process run of the command line.
 *
 * @param code exit code
 * @param out standard output
 * @param err standard error
 */
record Run(int code, String out, String err) {

  static Run of(String... args) {
    return with(Map.of(), "", false, args);
  }

  static Run with(Map<String, String> env, String stdin, boolean terminal, String... args) {
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return with(new Env(env, in, terminal), args);
  }

  static Run with(Env env, String... args) {
    return with(env, false, args);
  }

  /**
   * As {@link #with(Env, String...)}, but with every command built, as when the arguments name
   * none.
   */
  static Run wholeTree(Env env, String... args) {
    return with(env, true, args);
  }

  private static Run with(Env env, boolean wholeTree, String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e), env, wholeTree);
    return new Run(code, o.toString(), e.toString());
  }
}
