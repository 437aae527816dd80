package dev.roadmap.load;

import org.yaml.snakeyaml.error.Mark;

/**
 * The line of a text that {@link LineEventSource} reads, and what it finds on it: keys, plain and
 * quoted scalars, spaces and comments, by SnakeYAML's rules for them. A line is left to SnakeYAML
 * ({@link Outside}) where it holds what those rules do not cover here: a tab, an escape, a
 * character that SnakeYAML reads otherwise than one to a column.
 */
final class YamlLine {
  private static final String NAME = "'reader'"; // SnakeYAML's name for a text from a Reader
  private static final int[] NO_BUFFER = {};

  /** Longer lines are left to SnakeYAML (which a stopped pump stops at once). */
  private static final int MAX_LINE = 8192;

  /** Longer keys are left to SnakeYAML, which allows a simple key 1,024 characters. */
  static final int MAX_KEY = 1000;

  /** Outside what {@link LineEventSource} reads: it stops and SnakeYAML takes over. */
  static final class Outside extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Outside() {
      super(null, null, false, false);
    }
  }

  static final Outside OUTSIDE = new Outside();

  final String text;

  /** The line's number (from 0), its first character and its end (its line break, or the end). */
  int number;

  int start;
  int end;

  /** The value of the last quoted scalar read. */
  String quoted;

  YamlLine(String text) {
    this.text = text;
  }

  /** Moves to the line that starts at {@code at}, the line after the current one. */
  void next(int at) {
    if (at > 0) {
      number++;
    }
    start = at;
    int nl = text.indexOf('\n', at);
    end = nl < 0 ? text.length() : nl;
    if (end - start > MAX_LINE) {
      throw OUTSIDE;
    }
  }

  /** SnakeYAML's mark of a position on this line. */
  Mark mark(int at) {
    return new Mark(NAME, at, number, at - start, NO_BUFFER, 0);
  }

  static Mark mark(int index, int line, int column) {
    return new Mark(NAME, index, line, column, NO_BUFFER, 0);
  }

  /**
   * The end of the plain key that starts at {@code p} (a plain scalar, then ": " or ":" at the
   * line's end), or -1 when none does.
   */
  int keyEnd(int p) {
    if (!plainStart(p)) {
      return -1;
    }
    int key = plain(p, false);
    int s = spaces(key);
    if (s == end || text.charAt(s) != ':') {
      return -1;
    }
    if (s - p > MAX_KEY) {
      throw OUTSIDE;
    }
    return s + 1 == end || text.charAt(s + 1) == ' ' ? key : -1;
  }

  /** Whether a plain scalar may start at {@code p} (the indicators are left to SnakeYAML). */
  boolean plainStart(int p) {
    char c = text.charAt(p);
    if (c == '-') {
      return p + 1 < end && Character.isLetterOrDigit(text.charAt(p + 1));
    }
    if (c < 0x7F) {
      return c > ' ' && "?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }
    special(c);
    return true;
  }

  /**
   * The end of the plain scalar at {@code p} (trailing spaces not included), which must start one.
   * In a block it ends at ": ", at " #" or at the line's end; in a flow collection also at {@code
   * ,?[]{}} and at any ':', which must be followed by a space.
   */
  int plain(int p, boolean flow) {
    if (!plainStart(p)) {
      throw OUTSIDE;
    }
    int i = p;
    int last = p;
    while (i < end) {
      char c = text.charAt(i);
      if (c == ' ') {
        int s = spaces(i);
        if (s == end || text.charAt(s) == '#') {
          return last;
        }
        if (text.charAt(s) == ':' && (s + 1 == end || text.charAt(s + 1) == ' ')) {
          return last;
        }
        i = s;
        continue;
      }
      if (c == ':') {
        if (i + 1 == end || text.charAt(i + 1) == ' ') {
          return last;
        }
        if (flow) {
          throw OUTSIDE;
        }
      } else if (flow && ",?[]{}".indexOf(c) >= 0) {
        return last;
      } else if (c < ' ' || c >= 0x7F) {
        special(c); // a tab or a return, among others
      }
      last = ++i;
    }
    return last;
  }

  /**
   * Characters that SnakeYAML reads otherwise than one to a column, or refuses: left to it. Called
   * for a character below a space or from DEL on.
   */
  static void special(char c) {
    if (c <= 0x9F
        || c == 0x2028
        || c == 0x2029
        || c == 0xFEFF
        || c >= 0xFFFE
        || Character.isSurrogate(c)) {
      throw OUTSIDE;
    }
  }

  /** The first position from {@code p} that is not a space. */
  int spaces(int p) {
    while (p < end && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  /** A comment from {@code p} to the line's end: only its characters are looked at. */
  void comment(int p) {
    for (int i = p; i < end; i++) {
      char c = text.charAt(i);
      if (c < ' ' ? c != '\t' : c >= 0x7F) {
        special(c);
      }
    }
  }

  /**
   * The end of the quoted scalar on one line at {@code q}, written without escapes (the position
   * after its closing quote); its value is then {@link #quoted}.
   */
  int quoted(int q) {
    char quote = text.charAt(q);
    StringBuilder doubled = null; // a single-quoted scalar with '' in it
    int from = q + 1;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == quote) {
        if (quote == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
          if (doubled == null) {
            doubled = new StringBuilder();
          }
          doubled.append(text, from, i + 1);
          from = ++i + 1;
          continue;
        }
        quoted = text.substring(from, i);
        if (doubled != null) {
          quoted = doubled.append(quoted).toString();
        }
        return i + 1;
      }
      if (c == '\\' && quote == '"') {
        throw OUTSIDE;
      }
      if (c < ' ' || c >= 0x7F) {
        special(c);
      }
    }
    throw OUTSIDE; // goes on to the next line
  }
}
