package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;
import java.util.List;
import java.util.Locale;

/**
 * Checks the text before the parser sees it: a character YAML does not allow (C0 and C1 controls
 * other than tab and line breaks, DEL, U+FFFE, U+FFFF) is reported at its position, and a line
 * longer than any value may be stops the reading (the parser's cost grows faster than the length of
 * a line).
 */
final class Prescan {
  private Prescan() {}

  /** True when the text may be parsed; else one diagnostic says why not. */
  static boolean check(String file, String text, Limits limits, List<Diagnostic> diagnostics) {
    // A line may hold a whole flow-style roadmap; four times the longest value is generous.
    return check(file, text, Math.max(4L * limits.maxScalarLength(), 1 << 16), diagnostics);
  }

  /**
   * The scan, with the longest line allowed. The text is copied a chunk at a time into a char
   * array, where the common case, a printable ASCII character, is one comparison (a million
   * milestones: 240 MB in about half the time of a {@link String#charAt} loop); any other character
   * is looked at as the rule says. The length of a line is checked where it could first have been
   * seen to be too long: at a line break, at any other character that is not printable ASCII, and
   * at the end of a chunk.
   */
  static boolean check(String file, String text, long maxLine, List<Diagnostic> diagnostics) {
    int n = text.length();
    char[] chunk = new char[Math.min(n, 1 << 13)];
    int line = 1;
    long lineLength = 0;
    for (int from = 0; from < n; from += chunk.length) {
      int length = Math.min(chunk.length, n - from);
      text.getChars(from, from + length, chunk, 0);
      for (int k = 0; k < length; k++) {
        char c = chunk[k];
        if (c >= 0x20 && c < 0x7F) {
          lineLength++;
          continue;
        }
        int i = from + k;
        boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
        if (lineBreak ? lineLength > maxLine : lineLength >= maxLine) {
          return tooLong(file, line, maxLine, diagnostics);
        }
        if (lineBreak) {
          line++;
          lineLength = 0;
          continue;
        }
        lineLength++;
        boolean allowed =
            c == '\t' || c == '\r' || c == 0x85 || (c > 0x9F && c != 0xFFFE && c != 0xFFFF);
        if (!allowed) {
          int column = (int) lineLength;
          diagnostics.add(
              Diagnostic.of(
                  Code.YAML_SYNTAX,
                  new Span(file, line, column, line, column + 1),
                  String.format(
                      Locale.ROOT,
                      "the control character U+%04X is not allowed in YAML text",
                      (int) c),
                  String.format(
                      Locale.ROOT,
                      "remove it, or write it as an escape such as \\u%04X inside double quotes",
                      (int) c)));
          return false;
        }
      }
      if (lineLength > maxLine) {
        return tooLong(file, line, maxLine, diagnostics);
      }
    }
    return true;
  }

  private static boolean tooLong(
      String file, int line, long maxLine, List<Diagnostic> diagnostics) {
    diagnostics.add(
        Diagnostic.of(
            Code.LIMIT_EXCEEDED,
            new Span(file, line, 1, line, 2),
            "line "
                + line
                + " is longer than the limit of "
                + maxLine
                + " characters; it is not read further",
            "raise the limit with --max-scalar-length if the file is genuine"));
    return false;
  }
}
