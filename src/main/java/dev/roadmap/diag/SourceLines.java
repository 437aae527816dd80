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
    if (number < 1) {
      return null;
    }
    if (number < line) {
      int k = Math.min((number - 1) / EVERY, marked - 1);
      line = k * EVERY + 1;
      start = marks[k];
      nextReturn = text.indexOf('\r', start);
    }
    while (line < number) {
      int b = lineBreak(start);
      if (b < 0) {
        return null;
      }
      advance(b + (text.startsWith("\r\n", b) ? 2 : 1));
    }
    int b = lineBreak(start);
    return text.substring(start, b < 0 ? text.length() : b);
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
