package dev.roadmap.model;

import java.util.Objects;

/**
 * A range of source text: 1-based line and column of the first character, and of the character
 * after the last one (end exclusive). {@link #NONE} marks synthetic elements with no position.
 *
 * @param file the source name as given on the command line ({@code -} for standard input)
 * @param line first line, 1-based; 0 for {@link #NONE}
 * @param column first column, 1-based; 0 for {@link #NONE}
 * @param endLine line of the end position
 * @param endColumn column just past the last character
 */
public record Span(String file, int line, int column, int endLine, int endColumn)
    implements Comparable<Span> {

  public static final Span NONE = new Span("", 0, 0, 0, 0);

  public Span {
    Objects.requireNonNull(file, "file");
  }

  /** A span of the whole of {@code file}, used when only the file is known. */
  public static Span ofFile(String file) {
    return new Span(file, 0, 0, 0, 0);
  }

  public boolean isKnown() {
    return line > 0;
  }

  /** The span from the start of this one to the end of {@code other}. */
  public Span to(Span other) {
    return new Span(file, line, column, other.endLine, other.endColumn);
  }

  /**
   * By file, line, column, end line, end column. Written out rather than chained from {@code
   * Comparator.comparing}, whose lambdas the JVM spins at run time on every start.
   */
  @Override
  public int compareTo(Span o) {
    int c = file.compareTo(o.file);
    if (c == 0) {
      c = Integer.compare(line, o.line);
    }
    if (c == 0) {
      c = Integer.compare(column, o.column);
    }
    if (c == 0) {
      c = Integer.compare(endLine, o.endLine);
    }
    return c != 0 ? c : Integer.compare(endColumn, o.endColumn);
  }
}
