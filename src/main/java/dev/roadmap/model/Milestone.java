package dev.roadmap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A milestone, task or gate of the roadmap. Date fields are null when absent.
 *
 * @param id unique id among milestones
 * @param title human title
 * @param phase the phase it belongs to (null only when the file omits it)
 * @param kind what it stands for
 * @param mission the mission it concerns, or null
 * @param date pins a zero-length milestone to a day
 * @param start pins the first day
 * @param end pins the last day (inclusive)
 * @param durationDays length in days, or null
 * @param notBefore soft earliest start, or null
 * @param deadline latest allowed finish (inclusive), or null
 * @param requires prerequisites in file order
 * @param status progress
 * @param source citation, or null
 * @param span position of the id value
 * @param fields position of each key's value, by key ({@code date}, {@code status}, ...)
 */
public record Milestone(
    String id,
    String title,
    Ref phase,
    Kind kind,
    Ref mission,
    LocalDate date,
    LocalDate start,
    LocalDate end,
    Integer durationDays,
    LocalDate notBefore,
    LocalDate deadline,
    List<Dependency> requires,
    Status status,
    String source,
    Span span,
    Map<String, Span> fields) {

  public Milestone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(span, "span");
    requires = List.copyOf(requires);
    // Unmodifiable like Map.copyOf, in a fraction of the memory (a roadmap may hold a million).
    fields = FieldSpans.copyOf(fields);
  }

  /** Where the value of {@code key} is written, or the milestone's id if the key is absent. */
  public Span spanOf(String key) {
    return fields.getOrDefault(key, span);
  }

  /** True when the file fixes its dates ({@code date}, or {@code start} or {@code end}). */
  public boolean isPinned() {
    return date != null || start != null || end != null;
  }
}
