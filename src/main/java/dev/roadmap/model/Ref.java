package dev.roadmap.model;

import java.util.Objects;

/**
 * A reference by id to another element of the roadmap, with the position where it is written.
 *
 * <p>A value like a record of {@code (id, span)}, but the span's numbers are kept in the reference
 * itself and {@link #span()} makes the Span when asked for: a million milestones hold millions of
 * references, and one object each instead of two is that much less for the collector to copy.
 */
public final class Ref {
  private final String id;
  private final String file;
  private final int line;
  private final int column;
  private final int endLine;
  private final int endColumn;

  /**
   * @param id the id as written
   * @param span where the reference is written
   */
  public Ref(String id, Span span) {
    this.id = Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    this.file = span.file();
    this.line = span.line();
    this.column = span.column();
    this.endLine = span.endLine();
    this.endColumn = span.endColumn();
  }

  /** A reference from numbers kept elsewhere (a milestone keeps its phase's in itself). */
  Ref(String id, String file, int line, int column, int endLine, int endColumn) {
    this.id = id;
    this.file = file;
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
  }

  String file() {
    return file;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  int endLine() {
    return endLine;
  }

  int endColumn() {
    return endColumn;
  }

  /** The id as written. */
  public String id() {
    return id;
  }

  /** Where the reference is written. */
  public Span span() {
    return new Span(file, line, column, endLine, endColumn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ref r
        && id.equals(r.id)
        && file.equals(r.file)
        && line == r.line
        && column == r.column
        && endLine == r.endLine
        && endColumn == r.endColumn;
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + span().hashCode();
  }

  @Override
  public String toString() {
    return "Ref[id=" + id + ", span=" + span() + "]";
  }
}
