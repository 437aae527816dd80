package dev.roadmap.model;

/**
 * A key of one kind of mapping in the roadmap file, whose position {@link PositionTable} keeps.
 * Each kind of element has its own enum of fields, in the order the loader binds them.
 */
public interface Field {
  /** The key as written in the file ({@code not-before}). */
  String key();

  /** The field's number among its enum's constants. */
  int ordinal();
}
