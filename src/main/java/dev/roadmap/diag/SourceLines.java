package dev.roadmap.diag;

import java.util.Arrays;

/**
 * The lines of a source text, found once: an array of where each line starts, each line cut out
 * only when asked for. Lines end at {@code \r\n}, {@code \r} or {@code \n}, as {@code
 * text.split("\r\n|\r|\n", -1)} would cut them, without a String per line of a huge file.
 */
public final class SourceLines {
  private final String text;
  private final int[] starts;
  private final int count;

  private SourceLines(String text) {
    this.text = text;
    int[] s = new int[16];
    int n = 0;
    s[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    starts = s;
    count = n;
  }

  public static SourceLines of(String text) {
    return new SourceLines(text);
  }

  /** How many lines: one more than the line breaks. */
  public int count() {
    return count;
  }

  /** Line {@code number}, counted from 1, without its line break. */
  public String line(int number) {
    int from = starts[number - 1];
    if (number == count) {
      return text.substring(from);
    }
    int to = starts[number] - 1; // the last character of the line break
    if (text.charAt(to) == '\n' && to > from && text.charAt(to - 1) == '\r') {
      to--;
    }
    return text.substring(from, to);
  }
}
