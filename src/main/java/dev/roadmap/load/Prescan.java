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
    int line = 1;
    int column = 1;
    int lineLength = 0;
    // A line may hold a whole flow-style roadmap; four times the longest value is generous.
    long maxLine = Math.max(4L * limits.maxScalarLength(), 1 << 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
        lineLength = 0;
        continue;
      }
      if (++lineLength > maxLine) {
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
      boolean allowed =
          c == '\t'
              || c == '\r'
              || (c >= 0x20 && c < 0x7F)
              || c == 0x85
              || (c > 0x9F && c != 0xFFFE && c != 0xFFFF);
      if (!allowed) {
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
      column++;
    }
    return true;
  }
}
