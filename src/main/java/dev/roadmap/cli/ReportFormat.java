package dev.roadmap.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One report that {@code validate} writes: a format and where to, as given by {@code --format
 * FORMAT[=FILE]}. Without a file the report goes to standard output.
 *
 * @param format the format
 * @param file where to write it, or null for standard output
 */
record ReportFormat(Kind format, Path file) {
  enum Kind {
    AUTO,
    TEXT,
    JSON,
    SARIF,
    GITHUB,
    JUNIT,
    CHECKSTYLE;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final String NAMES =
      Arrays.stream(Kind.values()).map(Kind::toString).collect(Collectors.joining(", "));

  /** Parses {@code FORMAT} or {@code FORMAT=FILE}. */
  static ReportFormat parse(String spec) {
    int eq = spec.indexOf('=');
    String name = eq < 0 ? spec : spec.substring(0, eq);
    Kind kind =
        Arrays.stream(Kind.values())
            .filter(k -> k.toString().equalsIgnoreCase(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new UserException(
                        ExitCodes.USAGE,
                        "--format '" + name + "' is not one of " + NAMES + didYouMean(name)));
    if (eq >= 0 && spec.length() == eq + 1) {
      throw new UserException(ExitCodes.USAGE, "--format " + spec + " names no file after '='");
    }
    return new ReportFormat(kind, eq < 0 ? null : Path.of(spec.substring(eq + 1)));
  }

  /** A second line "did you mean 'x'?" when a format's name is close to {@code name}, else "". */
  private static String didYouMean(String name) {
    String hint =
        dev.roadmap.diag.Suggestions.didYouMean(
            name.toLowerCase(Locale.ROOT),
            Arrays.stream(Kind.values()).map(Kind::toString).toList());
    return hint == null ? "" : "\n" + hint;
  }

  /** What {@code auto} means here: annotations on GitHub Actions, else text. */
  ReportFormat resolve(Env env) {
    if (format != Kind.AUTO) {
      return this;
    }
    return new ReportFormat(
        "true".equals(env.get("GITHUB_ACTIONS")) ? Kind.GITHUB : Kind.TEXT, file);
  }
}
