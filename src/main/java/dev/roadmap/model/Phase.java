package dev.roadmap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A phase of the roadmap. Phases are ordered as declared in the file.
 *
 * @param id unique id among phases
 * @param name human name
 * @param start first day of the optional window, or null
 * @param end last day (inclusive) of the optional window, or null
 * @param span position of the id value
 * @param startSpan position of the start value, or {@link Span#NONE}
 * @param endSpan position of the end value, or {@link Span#NONE}
 */
public record Phase(
    String id,
    String name,
    LocalDate start,
    LocalDate end,
    Span span,
    Span startSpan,
    Span endSpan) {
  public Phase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(startSpan, "startSpan");
    Objects.requireNonNull(endSpan, "endSpan");
  }
}
