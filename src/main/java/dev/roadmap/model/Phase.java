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
 * @param startPrecision how precisely {@code start} is written (a coarse one holds its first day)
 * @param endPrecision how precisely {@code end} is written (a coarse one holds its last day)
 * @param extensions its {@code x-} keys
 */
public record Phase(
    String id,
    String name,
    LocalDate start,
    LocalDate end,
    Precision startPrecision,
    Precision endPrecision,
    Extensions extensions) {
  public Phase {
    Objects.requireNonNull(id, "id");
    startPrecision = startPrecision == null ? Precision.DAY : startPrecision;
    endPrecision = endPrecision == null ? Precision.DAY : endPrecision;
    extensions = extensions == null ? Extensions.NONE : extensions;
  }

  /** A phase with no {@code x-} keys. */
  public Phase(
      String id,
      String name,
      LocalDate start,
      LocalDate end,
      Precision startPrecision,
      Precision endPrecision) {
    this(id, name, start, end, startPrecision, endPrecision, Extensions.NONE);
  }

  /** A phase whose window is written in days. */
  public Phase(String id, String name, LocalDate start, LocalDate end) {
    this(id, name, start, end, Precision.DAY, Precision.DAY);
  }
}
