package dev.roadmap.load;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A literal or folded block scalar ({@code notes: |} or {@code >}, with {@code -} or {@code +} to
 * strip or keep its last line breaks) as {@link LineEventSource} reads it: the value and marks that
 * SnakeYAML's scanner gives it, by the same steps. Left to SnakeYAML ({@link YamlLine.Outside}): an
 * indentation indicator, an empty scalar (no line of it follows, or a header at the text's end), a
 * first line less indented than a blank line before it, a blank line with more spaces than the
 * scalar's indentation, a tab, and a scalar that ends the text without a line break.
 */
final class BlockScalar {
  private BlockScalar() {}

  /**
   * A block scalar read.
   *
   * @param event its event
   * @param next where the line after it starts (the text's length at its end)
   */
  record Read(ScalarEvent event, int next) {}

  /**
   * The block scalar whose indicator is at {@code b} on the current line of {@code in}, which
   * stands in a collection indented {@code parent} columns; {@code in} is left on its last line.
   */
  static Read read(YamlLine in, int b, int parent) {
    String text = in.text;
    int i = b + 1;
    int chomp = 0; // -1 strip, 0 clip, 1 keep
    if (i < in.end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      chomp = text.charAt(i++) == '+' ? 1 : -1;
    }
    int s = in.spaces(i);
    if (s < in.end) {
      if (text.charAt(s) != '#' || s == i) {
        throw YamlLine.OUTSIDE; // an indentation indicator, or not a comment
      }
      in.comment(s);
    }
    if (in.end == text.length()) {
      throw YamlLine.OUTSIDE;
    }
    Mark start = in.mark(b);
    // The blank lines before the first line of text, and that line's indentation.
    StringBuilder breaks = new StringBuilder();
    int at = in.end + 1;
    Mark end = next(in, at);
    int blankIndent = 0;
    int first = -1;
    while (at < text.length()) {
      int e = lineEnd(text, at);
      int sp = spaces(text, at, e);
      if (at + sp < e) {
        first = sp;
        break;
      }
      if (e == text.length()) {
        throw YamlLine.OUTSIDE;
      }
      blankIndent = Math.max(blankIndent, sp);
      in.next(at);
      breaks.append('\n');
      at = e + 1;
      end = next(in, at);
    }
    // SnakeYAML's: the deepest of those lines' indentations, at least one more than the parent's.
    int indent = Math.max(Math.max(1, parent + 1), Math.max(blankIndent, first));
    if (first != indent) {
      throw YamlLine.OUTSIDE; // an empty scalar (the text ends, or the next line is not in it)
    }
    StringBuilder value = new StringBuilder();
    while (true) {
      value.append(breaks);
      breaks.setLength(0);
      int e = lineEnd(text, at);
      if (e == text.length()) {
        throw YamlLine.OUTSIDE;
      }
      int from = at + indent;
      boolean leadingNonSpace = text.charAt(from) != ' ';
      for (int k = from; k < e; k++) {
        char c = text.charAt(k);
        if (c < ' ' || c >= 0x7F) {
          YamlLine.special(c);
        }
      }
      value.append(text, from, e);
      in.next(at);
      at = e + 1;
      end = next(in, at);
      // The blank lines after it.
      while (at < text.length()) {
        int be = lineEnd(text, at);
        int sp = spaces(text, at, be);
        if (at + sp < be) {
          break;
        }
        if (sp > indent || be == text.length()) {
          throw YamlLine.OUTSIDE;
        }
        in.next(at);
        breaks.append('\n');
        at = be + 1;
        end = next(in, at);
      }
      if (at >= text.length() || spaces(text, at, lineEnd(text, at)) < indent) {
        break;
      }
      if (text.charAt(b) == '>' && leadingNonSpace && text.charAt(at + indent) != ' ') {
        if (breaks.isEmpty()) {
          value.append(' ');
        }
      } else {
        value.append('\n');
      }
    }
    if (chomp >= 0) {
      value.append('\n'); // the last line's break
    }
    if (chomp > 0) {
      value.append(breaks);
    }
    DumperOptions.ScalarStyle style =
        text.charAt(b) == '|'
            ? DumperOptions.ScalarStyle.LITERAL
            : DumperOptions.ScalarStyle.FOLDED;
    return new Read(
        new ScalarEvent(null, null, LineEventSource.QUOTED, value.toString(), start, end, style),
        at);
  }

  /** The mark at {@code at}, the start of the line after the current one (or the text's end). */
  private static Mark next(YamlLine in, int at) {
    return YamlLine.mark(at, in.number + 1, 0);
  }

  private static int lineEnd(String text, int at) {
    int nl = text.indexOf('\n', at);
    return nl < 0 ? text.length() : nl;
  }

  private static int spaces(String text, int at, int end) {
    int p = at;
    while (p < end && text.charAt(p) == ' ') {
      p++;
    }
    return p - at;
  }
}
