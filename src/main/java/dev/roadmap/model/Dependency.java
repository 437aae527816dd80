package dev.roadmap.model;

import java.util.Objects;

/**
 * A prerequisite of a milestone.
 *
 * <p>A value like a record of {@code (target, type, lagDays, span)}, but the numbers of its span
 * and of its target's are kept in the dependency itself, and {@link #span()} and {@link #target()}
 * make their values when asked for: one object per link instead of three (see {@link Ref}).
 */
public final class Dependency {
  private final String targetId;
  private final String targetFile;
  private final int targetLine;
  private final int targetColumn;
  private final int targetEndLine;
  private final int targetEndColumn;
  private final DependencyType type;
  private final int lagDays;
  private final String file;
  private final int line;
  private final int column;
  private final int endLine;
  private final int endColumn;

  /**
   * @param target the prerequisite milestone
   * @param type how the two are linked
   * @param lagDays signed lag in days; negative is a lead
   * @param span position of the whole entry in {@code requires}
   */
  public Dependency(Ref target, DependencyType type, int lagDays, Span span) {
    Objects.requireNonNull(target, "target");
    this.type = Objects.requireNonNull(type, "type");
    this.lagDays = lagDays;
    Objects.requireNonNull(span, "span");
    this.file = span.file();
    this.line = span.line();
    this.column = span.column();
    this.endLine = span.endLine();
    this.endColumn = span.endColumn();
    this.targetId = target.id();
    this.targetFile = target.file().equals(file) ? file : target.file();
    this.targetLine = target.line();
    this.targetColumn = target.column();
    this.targetEndLine = target.endLine();
    this.targetEndColumn = target.endColumn();
  }

  /** The prerequisite milestone. */
  public Ref target() {
    return new Ref(targetId, targetFile, targetLine, targetColumn, targetEndLine, targetEndColumn);
  }

  /** The id of the prerequisite milestone: {@code target().id()}. */
  public String targetId() {
    return targetId;
  }

  /** How the two are linked. */
  public DependencyType type() {
    return type;
  }

  /** Signed lag in days; negative is a lead. */
  public int lagDays() {
    return lagDays;
  }

  /** Position of the whole entry in {@code requires}. */
  public Span span() {
    return new Span(file, line, column, endLine, endColumn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dependency d
        && target().equals(d.target())
        && type == d.type
        && lagDays == d.lagDays
        && file.equals(d.file)
        && line == d.line
        && column == d.column
        && endLine == d.endLine
        && endColumn == d.endColumn;
  }

  @Override
  public int hashCode() {
    return Objects.hash(target(), type, lagDays, span());
  }

  @Override
  public String toString() {
    return "Dependency[target="
        + target()
        + ", type="
        + type
        + ", lagDays="
        + lagDays
        + ", span="
        + span()
        + "]";
  }
}
