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
