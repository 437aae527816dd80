package dev.roadmap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A milestone, task or gate of the roadmap. Date fields are null when absent.
 *
 * <p>A value like a record of the components below, with the record's accessors, equality and
 * string form. It is a class so that it can keep in itself what would otherwise be objects of their
 * own: the numbers of its id's span and of its phase reference, and the positions of its fields. A
 * million milestones then make a few million objects fewer for the collector to copy, and {@link
 * #span()}, {@link #phase()} and {@link #fields()} make their values when asked for.
 */
public final class Milestone {
  private final String id;

  /** The title, or null when it is a run of {@link #titleText} (or there is none). */
  private final String title;

  /** The text whose characters {@link #titleStart} to {@link #titleEnd} are the title, or null. */
  private final String titleText;

  private final int titleStart;
  private final int titleEnd;
  private final Kind kind;
  private final Ref mission;
  private final LocalDate date;
  private final LocalDate start;
  private final LocalDate end;
  private final Integer durationDays;
  private final LocalDate notBefore;
  private final LocalDate deadline;
  private final List<Dependency> requires;
  private final Status status;
  private final String source;

  /** The id's span: its file and numbers. */
  private final String file;

  private final int line;
  private final int column;
  private final int endLine;
  private final int endColumn;

  /** The phase reference's id (null when there is none), and its span in the id's file. */
  private final String phaseId;

  private final String phaseFile;
  private final int phaseLine;
  private final int phaseColumn;
  private final int phaseEndLine;
  private final int phaseEndColumn;

  /** The field positions as {@link FieldSpans} keeps them, or null when {@link #otherFields}. */
  private final String[] fieldKeys;

  private final int[] fieldPositions;

  private final int fieldOffset;

  /** The fields when they are not of one file (never from the loader), else null. */
  private final Map<String, Span> otherFields;

  /**
   * @param id unique id among milestones
   * @param title human title: a String, or a {@link TextRun} that the milestone keeps instead of a
   *     String of its own
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
  public Milestone(
      String id,
      CharSequence title,
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
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.status = Objects.requireNonNull(status, "status");
    Objects.requireNonNull(span, "span");
    if (title instanceof TextRun run) {
      this.title = null;
      this.titleText = run.text();
      this.titleStart = run.start();
      this.titleEnd = run.end();
    } else {
      this.title = title == null ? null : title.toString();
      this.titleText = null;
      this.titleStart = this.titleEnd = 0;
    }
    this.mission = mission;
    this.date = date;
    this.start = start;
    this.end = end;
    this.durationDays = durationDays;
    this.notBefore = notBefore;
    this.deadline = deadline;
    this.requires = List.copyOf(requires);
    this.source = source;
    this.file = span.file();
    this.line = span.line();
    this.column = span.column();
    this.endLine = span.endLine();
    this.endColumn = span.endColumn();
    if (phase == null) {
      phaseId = null;
      phaseFile = null;
      phaseLine = phaseColumn = phaseEndLine = phaseEndColumn = 0;
    } else {
      phaseId = phase.id();
      phaseFile = phase.file().equals(file) ? file : phase.file();
      phaseLine = phase.line();
      phaseColumn = phase.column();
      phaseEndLine = phase.endLine();
      phaseEndColumn = phase.endColumn();
    }
    // Unmodifiable like Map.copyOf, in a fraction of the memory (a roadmap may hold a million).
    Map<String, Span> copy = FieldSpans.copyOf(fields);
    if (copy instanceof FieldSpans f && f.file().equals(file)) {
      fieldKeys = f.keys();
      fieldPositions = f.positions();
      fieldOffset = f.offset();
      otherFields = null;
    } else {
      fieldKeys = null;
      fieldPositions = null;
      fieldOffset = 0;
      otherFields = copy;
    }
  }

  /** Unique id among milestones. */
  public String id() {
    return id;
  }

  /** Human title. */
  public String title() {
    return titleText != null ? titleText.substring(titleStart, titleEnd) : title;
  }

  /** The phase it belongs to (null only when the file omits it). */
  public Ref phase() {
    return phaseId == null
        ? null
        : new Ref(phaseId, phaseFile, phaseLine, phaseColumn, phaseEndLine, phaseEndColumn);
  }

  /** The id of its phase, or null: {@code phase().id()} without making the reference. */
  public String phaseId() {
    return phaseId;
  }

  /** What it stands for. */
  public Kind kind() {
    return kind;
  }

  /** The mission it concerns, or null. */
  public Ref mission() {
    return mission;
  }

  /** Pins a zero-length milestone to a day. */
  public LocalDate date() {
    return date;
  }

  /** Pins the first day. */
  public LocalDate start() {
    return start;
  }

  /** Pins the last day (inclusive). */
  public LocalDate end() {
    return end;
  }

  /** Length in days, or null. */
  public Integer durationDays() {
    return durationDays;
  }

  /** Soft earliest start, or null. */
  public LocalDate notBefore() {
    return notBefore;
  }

  /** Latest allowed finish (inclusive), or null. */
  public LocalDate deadline() {
    return deadline;
  }

  /** Prerequisites in file order. */
  public List<Dependency> requires() {
    return requires;
  }

  /** Progress. */
  public Status status() {
    return status;
  }

  /** Citation, or null. */
  public String source() {
    return source;
  }

  /** Position of the id value. */
  public Span span() {
    return new Span(file, line, column, endLine, endColumn);
  }

  /** Position of each key's value, by key ({@code date}, {@code status}, ...). */
  public Map<String, Span> fields() {
    return otherFields != null
        ? otherFields
        : new FieldSpans(fieldKeys, file, fieldPositions, fieldOffset);
  }

  /** Where the value of {@code key} is written, or the milestone's id if the key is absent. */
  public Span spanOf(String key) {
    if (otherFields != null) {
      return otherFields.getOrDefault(key, span());
    }
    Span s = FieldSpans.get(fieldKeys, file, fieldPositions, fieldOffset, key);
    return s != null ? s : span();
  }

  /** True when the file fixes its dates ({@code date}, or {@code start} or {@code end}). */
  public boolean isPinned() {
    return date != null || start != null || end != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Milestone m
        && id.equals(m.id)
        && Objects.equals(title(), m.title())
        && Objects.equals(phase(), m.phase())
        && kind == m.kind
        && Objects.equals(mission, m.mission)
        && Objects.equals(date, m.date)
        && Objects.equals(start, m.start)
        && Objects.equals(end, m.end)
        && Objects.equals(durationDays, m.durationDays)
        && Objects.equals(notBefore, m.notBefore)
        && Objects.equals(deadline, m.deadline)
        && requires.equals(m.requires)
        && status == m.status
        && Objects.equals(source, m.source)
        && span().equals(m.span())
        && fields().equals(m.fields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        title(),
        phase(),
        kind,
        mission,
        date,
        start,
        end,
        durationDays,
        notBefore,
        deadline,
        requires,
        status,
        source,
        span(),
        fields());
  }

  @Override
  public String toString() {
    return "Milestone[id="
        + id
        + ", title="
        + title()
        + ", phase="
        + phase()
        + ", kind="
        + kind
        + ", mission="
        + mission
        + ", date="
        + date
        + ", start="
        + start
        + ", end="
        + end
        + ", durationDays="
        + durationDays
        + ", notBefore="
        + notBefore
        + ", deadline="
        + deadline
        + ", requires="
        + requires
        + ", status="
        + status
        + ", source="
        + source
        + ", span="
        + span()
        + ", fields="
        + fields()
        + "]";
  }
}
