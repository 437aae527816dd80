package dev.roadmap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A phase of the roadmap. Phases are ordered as declared in the file.
 *
 * @param id unique id among phases
 * @param name human name, or null
 * @param start first day of the optional window, or null
 * @param end last day (inclusive) of the optional window, or null
 */
public record Phase(String id, String name, LocalDate start, LocalDate end) {
  public Phase {
    Objects.requireNonNull(id, "id");
  }
}
