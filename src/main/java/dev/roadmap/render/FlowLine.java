package dev.roadmap.render;

import java.util.function.UnaryOperator;

/**
 * A line of a terminal view built piece by piece: a piece that does not fit in the width goes on a
 * new line after the indent, and a piece too long even there is wrapped at its spaces. Counts
 * columns of the plain text, so that colour does not change where a line breaks.
 */
final class FlowLine {
  /** The indent of a piece too long for the usual one. */
  private static final String NEAR = "    ";

  private final StringBuilder out;
  private final int width;
  private final String indent;
  private int used;

  /** A line begun in {@code out} with {@code start} ({@code used} columns already). */
  FlowLine(StringBuilder out, int width, String indent, int used) {
    this.out = out;
    this.width = width;
    this.indent = indent;
    this.used = used;
  }

  /** Appends {@code plain}, coloured by {@code colour}, after {@code sep} or on a new line. */
  FlowLine add(String sep, String plain, UnaryOperator<String> colour) {
    int n = TextFit.length(plain);
    if (width <= 0 || used + TextFit.length(sep) + n <= width) {
      out.append(sep).append(colour.apply(plain));
      used += TextFit.length(sep) + n;
      return this;
    }
    // A piece too long for the indent, an id say, goes nearer the margin rather than past the edge.
    String at = indent;
    if (TextFit.length(indent) + n > width && NEAR.length() + n <= width) {
      at = NEAR;
    }
    // A line that holds nothing but its indent is not left blank: the piece starts there.
    boolean blank = blank();
    for (String line : TextFit.wrap(plain, width - TextFit.length(at), "")) {
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
      if (!blank) {
        out.append('\n');
      }
      blank = false;
      out.append(at).append(colour.apply(line));
      used = TextFit.length(at) + TextFit.length(line);
    }
    return this;
  }

  /** Whether the line being written holds only spaces so far. */
  private boolean blank() {
    int i = out.length();
    while (i > 0 && out.charAt(i - 1) == ' ') {
      i--;
    }
    return i == 0 || out.charAt(i - 1) == '\n';
  }

  /** Appends {@code plain} after {@code sep}, or nothing when it is empty. */
  FlowLine addIfAny(String sep, String plain, UnaryOperator<String> colour) {
    return plain.isEmpty() ? this : add(sep, plain, colour);
  }

  /** Ends the line. */
  void end() {
    out.append('\n');
  }
}
