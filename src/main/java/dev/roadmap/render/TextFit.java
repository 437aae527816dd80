package dev.roadmap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Text made to fit a terminal's width: a title cut with an ellipsis, words wrapped. Widths count
 * code points; a width of 0 or less means no limit. An id is never cut: a word longer than the
 * width stays whole on its own line.
 */
final class TextFit {
  static final String ELLIPSIS = "\u2026";

  /** The fewest columns of a title worth keeping on the line of its other columns. */
  static final int MIN_TITLE = 12;

  private TextFit() {}

  /** The length of {@code s} in code points. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** {@code s} cut to {@code max} code points, its last an ellipsis when cut; no limit at 0. */
  static String cut(String s, int max) {
    if (max <= 0 || length(s) <= max) {
      return s;
    }
    if (max == 1) {
      return ELLIPSIS;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + ELLIPSIS;
  }

  /**
   * {@code text} wrapped at spaces into lines of at most {@code width}, each after {@code indent}
   * (counted in the width); one line when {@code width} is 0 or less.
   */
  static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    if (width <= 0 || length(indent) + length(text) <= width) {
      lines.add(indent + text);
      return lines;
    }
    StringBuilder line = new StringBuilder(indent);
    int used = length(indent);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        if (!empty) {
          line.append(' ');
          used++;
        }
        continue;
      }
      int n = length(word);
      if (!empty && used + 1 + n > width) {
        lines.add(line.toString().stripTrailing());
        line = new StringBuilder(indent);
        used = length(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        used++;
      }
      line.append(word);
      used += n;
      empty = false;
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }

  /** Appends each line of {@link #wrap} and a line end after each. */
  static void appendWrapped(StringBuilder out, String text, int width, String indent) {
    for (String line : wrap(text, width, indent)) {
      out.append(line).append('\n');
    }
  }

  /**
   * The items joined by {@code sep} in lines of at most {@code width}, an item broken only when it
   * is longer than a line by itself.
   */
  static List<String> pack(List<String> items, String sep, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String item : items) {
      if (line.length() > 0
          && width > 0
          && length(line.toString()) + length(sep) + length(item) > width) {
        lines.addAll(wrap(line.toString(), width, ""));
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(sep);
      }
      line.append(item);
    }
    if (line.length() > 0) {
      lines.addAll(wrap(line.toString(), width, ""));
    }
    return lines;
  }
}
