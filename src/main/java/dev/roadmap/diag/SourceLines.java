package dev.roadmap.diag;

import java.util.Arrays;

/**
 * The lines of a source text, cut out only when asked for. Lines end at {@code \r\n}, {@code \r} or
 * {@code \n}, as {@code text.split("\r\n|\r|\n", -1)} would cut them, without a String per line of
 * a huge file.
 *
 * <p>The text is read only as far as the lines asked for, from where the last one was found:
 * findings come sorted by line, so the lines of all of a file's findings take one pass, made with
 * {@link String#indexOf(int, int)}, which the JIT compiles to a vector search. A marker is kept
 * every {@value #EVERY} lines, so asking for an earlier line starts near it; there is no array of
 * every line's start (a million milestones: 12 million lines, 48 MB).
 */
public final class SourceLines {
  private static final int EVERY = 1024;

  private final String text;

  /** {@code marks[k]}: where line {@code k * EVERY + 1} starts; {@code marked} of them known. */
  private int[] marks = new int[16];

  private int marked = 1;

  /** A line whose start is known, and that start. */
  private int line = 1;

  private int start;

  /** Where the line at {@link #start} ends, or -1 when not yet found. */
  private int end = -1;

  /** The first {@code \r} at or after {@link #start}, or -1; found again when passed. */
  private int nextReturn;

  private SourceLines(String text) {
    this.text = text;
    this.nextReturn = text.indexOf('\r');
  }

  public static SourceLines of(String text) {
    return new SourceLines(text);
  }

  /** Line {@code number}, counted from 1, without its line break; null past the last line. */
  public String line(int number) {
    return locate(number) ? text.substring(start, end()) : null;
  }

  /** The length of line {@code number} (as {@link #line}), or -1 past the last line. */
  public int length(int number) {
    return locate(number) ? end() - start : -1;
  }

  /**
   * Characters {@code from} (inclusive) to {@code to} (exclusive) of line {@code number}, counted
   * from 0 and cut to the line: a window of a very long line without copying all of it; null past
   * the last line.
   */
  public String part(int number, int from, int to) {
    if (!locate(number)) {
      return null;
    }
    int n = end() - start;
    int a = Math.max(0, Math.min(from, n));
    int b = Math.max(a, Math.min(to, n));
    return text.substring(start + a, start + b);
  }

  /** Moves to line {@code number}; false when there is no such line. */
  private boolean locate(int number) {
    if (number < 1) {
      return false;
    }
    if (number < line) {
      int k = Math.min((number - 1) / EVERY, marked - 1);
      line = k * EVERY + 1;
      start = marks[k];
      end = -1;
      nextReturn = text.indexOf('\r', start);
    }
    while (line < number) {
      int b = end();
      if (b == text.length()) {
        return false; // no break after this line: it is the last
      }
      advance(b + (text.startsWith("\r\n", b) ? 2 : 1));
    }
    return true;
  }

  /** Where the line at {@link #start} ends (its break, or the end of the text), found once. */
  private int end() {
    if (end < 0) {
      int b = lineBreak(start);
      end = b < 0 ? text.length() : b;
    }
    return end;
  }

  /** The line, counted from 1, that holds the character at {@code offset}. */
  public int lineAt(int offset) {
    if (offset < start) {
      int k = marked - 1;
      while (marks[k] > offset) {
        k--;
      }
      line = k * EVERY + 1;
      start = marks[k];
      end = -1;
      nextReturn = text.indexOf('\r', start);
    }
    for (int b = lineBreak(start); b >= 0 && b < offset; b = lineBreak(start)) {
      int next = b + (text.startsWith("\r\n", b) ? 2 : 1);
      if (next > offset) {
        break; // offset is the \n of a \r\n
      }
      advance(next);
    }
    return line;
  }

  private void advance(int next) {
    start = next;
    end = -1;
    line++;
    if ((line - 1) % EVERY == 0 && (line - 1) / EVERY == marked) {
      if (marked == marks.length) {
        marks = Arrays.copyOf(marks, 2 * marked);
      }
      marks[marked++] = start;
    }
  }

  /** The first line break at or after {@code from}, or -1. */
  private int lineBreak(int from) {
    if (nextReturn >= 0 && nextReturn < from) {
      nextReturn = text.indexOf('\r', from);
    }
    int n = text.indexOf('\n', from);
    if (nextReturn >= 0 && (n < 0 || nextReturn < n)) {
      return nextReturn;
    }
    return n;
  }
}
