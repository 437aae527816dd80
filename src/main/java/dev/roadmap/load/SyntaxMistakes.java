package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A syntax error of SnakeYAML's told as what the writer did, at the line and column of the mistake,
 * with the fix, in the words of the format: no token names ({@code <block end>}), no "while
 * scanning". The parser often stops a line or many lines after the mistake (a missing space after
 * ':' is found on the next line, an unclosed quote at the end of the file), so the text around its
 * marks is read again here to find the mistake itself.
 *
 * <p>Made only once the parser has failed: the reading of a valid file never gets here. The
 * mistakes told apart, each with its fixture {@code RM100-syntax-*.yaml} and a section in
 * docs/rules.md: a quote or a bracket left open, a tab (for indentation, or after ':'), a character
 * that cannot start a value, no space after ':', a ':' inside a value, and a key or list item
 * indented too little or too much. Anything else is still told without the parser's vocabulary.
 */
final class SyntaxMistakes {
  private final String file;
  private final String text;

  SyntaxMistakes(String file, String text) {
    this.file = file;
    this.text = text;
  }

  /** The mistake behind {@code e}, in plain words. */
  Diagnostic explain(MarkedYAMLException e) {
    String problem = String.valueOf(e.getProblem());
    String context = String.valueOf(e.getContext());
    Mark at = e.getProblemMark();
    Mark from = e.getContextMark();
    int line = at.getLine() + 1;
    int column = at.getColumn() + 1;
    int fromLine = from == null ? line : from.getLine() + 1;

    if (problem.contains("\\t") || problem.contains("(TAB)")) {
      return tab(line, column);
    }
    if (context.contains("quoted scalar") && from != null) {
      return openQuote(fromLine, from.getColumn() + 1, "the end of the file");
    }
    Diagnostic quote = openQuoteBetween(Math.min(fromLine, line), line);
    if (quote != null) {
      return quote;
    }
    if ((context.contains("flow sequence") || context.contains("flow mapping")) && from != null) {
      return openBracket(problem, from, line, column);
    }
    if (problem.contains("cannot start any token")) {
      return stray(line, column);
    }
    if (problem.contains("could not find expected ':'") && from != null) {
      Diagnostic d = noSpace(fromLine);
      if (d != null) {
        return d;
      }
      return error(
          fromLine,
          firstColumn(fromLine),
          "this line is not 'key: value', and is not indented to continue the value above",
          "write it as 'key: value', or indent it more than the key above to continue its value");
    }
    if (problem.contains("mapping values are not allowed")) {
      Diagnostic d = colonInValue(line, column);
      return d != null ? d : tooDeep(line);
    }
    if (problem.contains("expected <block end>")) {
      return misaligned(line);
    }
    return error(line, column, "YAML cannot read this: " + words(problem), null);
  }

  // The mistakes.

  private Diagnostic tab(int line, int column) {
    String l = line(line);
    String before = l.substring(0, Math.min(column - 1, l.length()));
    if (before.isBlank()) {
      return error(
          line,
          column,
          "this line is indented with a tab; YAML indents with spaces only",
          "replace the tab with spaces" + alignedWith(line));
    }
    String trimmed = before.stripTrailing();
    if (trimmed.endsWith(":") || trimmed.endsWith("-")) {
      String what =
          trimmed.endsWith(":") ? "'" + trimmed.strip() + "' from its value" : "'-' from its item";
      return error(
          line,
          column,
          "a tab separates "
              + what
              + "; YAML 1.2 allows a tab there, but roadmap reads YAML 1.1, which does not",
          "write a space instead of the tab");
    }
    return error(line, column, "a tab here; YAML allows tabs only inside quotes", "use spaces");
  }

  private Diagnostic openQuote(int line, int column, String until) {
    char q = charAt(line, column);
    String name = q == '\'' ? "single quote" : "quote";
    return error(
        line,
        column,
        "the " + name + " opened here is not closed on its line, so YAML reads on to " + until,
        "end the value with " + q + " on the same line");
  }

  /** A value on a line from {@code from} to before {@code to} that opens a quote left open. */
  private Diagnostic openQuoteBetween(int from, int to) {
    for (int n = Math.max(1, from); n < to; n++) {
      int col = unclosedQuote(line(n));
      if (col > 0) {
        return openQuote(n, col, "line " + to);
      }
    }
    return null;
  }

  private Diagnostic openBracket(String problem, Mark from, int line, int column) {
    int fromLine = from.getLine() + 1;
    int fromColumn = from.getColumn() + 1;
    char open = charAt(fromLine, fromColumn);
    char close = open == '{' ? '}' : ']';
    String what = open == '{' ? "mapping" : "list";
    char got = line == fromLine ? charAt(line, column) : ' ';
    if ((got == ']' || got == '}') && got != close) {
      return error(
          line,
          column,
          "'" + got + "' closes the '" + open + "' opened at column " + fromColumn,
          "close the " + what + " with '" + close + "' before '" + got + "'");
    }
    return error(
        fromLine,
        fromColumn,
        "the '" + open + "' opened here is not closed on its line",
        "end the " + what + " with '" + close + "', as in: requires: [a, b]");
  }

  private Diagnostic stray(int line, int column) {
    char c = charAt(line, column);
    String l = line(line);
    String before = l.substring(0, column - 1);
    String rest = l.substring(column - 1).strip();
    return error(
        line,
        column,
        "a value cannot start with '" + c + "' in YAML",
        "put the value in quotes: "
            + before.strip()
            + (before.isBlank() ? "" : " ")
            + "\""
            + rest.replace("\"", "\\\"")
            + "\"");
  }

  /** {@code key:value} on {@code line}: no space after the ':'. */
  private Diagnostic noSpace(int line) {
    String l = line(line);
    int start = firstColumn(line) - 1;
    for (int i = start; i < l.length() - 1; i++) {
      char c = l.charAt(i);
      if (c == '#' || c == '"' || c == '\'') {
        return null;
      }
      if (c == ':' && l.charAt(i + 1) != ' ') {
        String key = l.substring(start, i).replaceFirst("^- ", "");
        String value = l.substring(i + 1);
        return error(
            line,
            i + 1,
            "no space after ':' in '"
                + key
                + ":"
                + shorten(value)
                + "', so YAML reads it as one word, not a key and its value",
            "write '" + key + ": " + shorten(value) + "'");
      }
    }
    return null;
  }

  /** A ':' and a space inside a plain value (the second ':' on the line, at {@code column}). */
  private Diagnostic colonInValue(int line, int column) {
    String l = line(line);
    int start = firstColumn(line) - 1;
    int first = l.indexOf(": ", start);
    if (first < 0 || first >= column - 1) {
      return null;
    }
    String key = l.substring(start, first).replaceFirst("^- ", "");
    String value = l.substring(first + 2).strip();
    return error(
        line,
        column,
        "the value of '" + key + "' holds ': ', which YAML reads as the start of another key",
        "put the value in quotes: " + key + ": \"" + value.replace("\"", "\\\"") + "\"");
  }

  /** A key indented more than the key above it: YAML reads it as more of that key's value. */
  private Diagnostic tooDeep(int line) {
    int above = previousContent(line);
    int indent = firstColumn(line) - 1;
    String key = keyOf(line);
    if (above < 1) {
      return error(line, firstColumn(line), "a ':' that YAML cannot read here", null);
    }
    int aboveKey = keyColumn(above) - 1;
    return error(
        line,
        firstColumn(line),
        key
            + " is indented "
            + spaces(indent)
            + ", more than '"
            + keyText(above)
            + "' on line "
            + above
            + " ("
            + aboveKey
            + "), so YAML reads it as more of the value of '"
            + keyText(above)
            + "'",
        indentLike(key, above, aboveKey));
  }

  /** The fix of a key indented unlike the key on line {@code above}, at column {@code aboveKey}. */
  private String indentLike(String key, int above, int aboveKey) {
    return "indent "
        + (key.equals("this line") ? "it" : key)
        + " by "
        + spaces(aboveKey)
        + ", like '"
        + keyText(above)
        + "' on line "
        + above;
  }

  /** A key or list item whose indentation matches nothing open above it. */
  private Diagnostic misaligned(int line) {
    int indent = firstColumn(line) - 1;
    boolean item = line(line).strip().startsWith("- ") || line(line).strip().equals("-");
    int above = previousContent(line);
    if (above < 1) {
      return error(line, indent + 1, "this line is not indented as YAML expects here", null);
    }
    if (item) {
      int sibling = previousItem(line);
      int at = sibling < 1 ? keyColumn(above) - 1 : firstColumn(sibling) - 1;
      return error(
          line,
          indent + 1,
          "this list item is indented "
              + spaces(indent)
              + ", but the items of the list above it are at "
              + at
              + (sibling < 1 ? "" : " (line " + sibling + ")"),
          "indent '- ' by " + spaces(at));
    }
    int aboveKey = keyColumn(above) - 1;
    String key = keyOf(line);
    if (line(above).strip().startsWith("-") && firstColumn(above) - 1 == indent) {
      return error(
          line,
          indent + 1,
          key
              + " is lined up with the list item on line "
              + above
              + ", where YAML expects another item ('- ')",
          "start it with '- ' to make it an item, or indent it less to end the list");
    }
    return error(
        line,
        indent + 1,
        key
            + " is indented "
            + spaces(indent)
            + ", but '"
            + keyText(above)
            + "' above it is at "
            + aboveKey
            + ": the keys of one mapping must line up",
        indentLike(key, above, aboveKey));
  }

  // Reading the text around the marks.

  private Diagnostic error(int line, int column, String message, String hint) {
    return Diagnostic.of(
        Code.YAML_SYNTAX, new Span(file, line, column, line, column + 1), message, hint);
  }

  /** Line {@code n} (1-based) without its line break; "" past the end. */
  String line(int n) {
    int start = 0;
    for (int i = 1; i < n; i++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        return "";
      }
      start = nl + 1;
    }
    int end = text.indexOf('\n', start);
    String l = end < 0 ? text.substring(start) : text.substring(start, end);
    return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
  }

  private char charAt(int line, int column) {
    String l = line(line);
    return column >= 1 && column <= l.length() ? l.charAt(column - 1) : ' ';
  }

  /** The column (1-based) of the first character of the line that is not a space or a tab. */
  private int firstColumn(int line) {
    String l = line(line);
    int i = 0;
    while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
      i++;
    }
    return i + 1;
  }

  /** The column of the line's key: after its '- ' when it starts a list item. */
  private int keyColumn(int line) {
    String l = line(line);
    int i = firstColumn(line) - 1;
    while (l.startsWith("- ", i)) {
      i += 2;
      while (i < l.length() && l.charAt(i) == ' ') {
        i++;
      }
    }
    return i + 1;
  }

  private String keyText(int line) {
    String l = line(line).substring(keyColumn(line) - 1);
    int colon = l.indexOf(':');
    return colon < 0 ? l.strip() : l.substring(0, colon).strip();
  }

  /** "'phase'" for a line with a key, else "this line". */
  private String keyOf(int line) {
    String l = line(line).strip();
    int colon = l.indexOf(':');
    return colon > 0
        ? "'" + l.substring(0, colon).replaceFirst("^- ", "").strip() + "'"
        : "this line";
  }

  /** The nearest line before {@code line} with content (not blank, not only a comment); 0: none. */
  private int previousContent(int line) {
    for (int n = line - 1; n >= 1; n--) {
      String l = line(n).strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        return n;
      }
    }
    return 0;
  }

  /** The nearest line before {@code line} that starts a list item at a deeper indentation. */
  private int previousItem(int line) {
    int indent = firstColumn(line) - 1;
    for (int n = line - 1; n >= 1; n--) {
      String l = line(n).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int at = firstColumn(n) - 1;
      if (l.startsWith("-") && at != indent) {
        return n;
      }
      if (at < indent) {
        return 0;
      }
    }
    return 0;
  }

  /** The column (1-based) of a quote that opens a value on {@code l} and is not closed; 0: none. */
  static int unclosedQuote(String l) {
    int i = 0;
    while (i < l.length()) {
      char c = l.charAt(i);
      if (c == '#' && (i == 0 || l.charAt(i - 1) == ' ')) {
        return 0;
      }
      boolean opens =
          (c == '"' || c == '\'')
              && (i == 0 || " [{,".indexOf(l.charAt(i - 1)) >= 0)
              && valueStart(l, i);
      if (!opens) {
        i++;
        continue;
      }
      int close = closing(l, i);
      if (close < 0) {
        return i + 1;
      }
      i = close + 1;
    }
    return 0;
  }

  /** Whether the quote at {@code i} starts a value: after '- ', ': ', '[', '{' or ',', or alone. */
  private static boolean valueStart(String l, int i) {
    String before = l.substring(0, i).stripTrailing();
    return before.isEmpty()
        || before.endsWith(":")
        || before.endsWith("-")
        || before.endsWith("[")
        || before.endsWith("{")
        || before.endsWith(",");
  }

  /** The index of the quote that closes the one at {@code open}, or -1. */
  private static int closing(String l, int open) {
    char q = l.charAt(open);
    for (int j = open + 1; j < l.length(); j++) {
      char c = l.charAt(j);
      if (q == '"' && c == '\\') {
        j++;
      } else if (c == q) {
        if (q == '\'' && j + 1 < l.length() && l.charAt(j + 1) == '\'') {
          j++;
        } else {
          return j;
        }
      }
    }
    return -1;
  }

  /** ", 4 spaces to line it up with 'title' on line 55", or "". */
  private String alignedWith(int line) {
    int above = previousContent(line);
    if (above < 1) {
      return "";
    }
    return " (" + spaces(keyColumn(above) - 1) + " line it up with '" + keyText(above) + "')";
  }

  private static String spaces(int n) {
    return n == 0 ? "0 spaces (at the start of the line)" : n + (n == 1 ? " space" : " spaces");
  }

  private static String shorten(String s) {
    String t = s.strip();
    return t.length() > 30 ? t.substring(0, 27) + "..." : t;
  }

  /** The parser's words for its tokens, in the format's words. */
  static String words(String problem) {
    return problem
        .replace("<block end>", "the end of the indented block")
        .replace("'<block mapping start>'", "a key")
        .replace("<block mapping start>", "a key")
        .replace("'<block sequence start>'", "a list item")
        .replace("<block sequence start>", "a list item")
        .replace("'<scalar>'", "a value")
        .replace("<scalar>", "a value")
        .replace("'<document start>'", "'---'")
        .replace("<document start>", "'---'")
        .replace("'<stream end>'", "the end of the file")
        .replace("'?'", "a key")
        .replace("the node content", "a value")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
