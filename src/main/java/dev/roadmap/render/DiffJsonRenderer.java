package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.model.Phase;
import dev.roadmap.plan.RoadmapDiff;
import dev.roadmap.plan.Schedule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A {@link RoadmapDiff} as JSON in the versioned {@link JsonEnvelope}. Deterministic: the diff's
 * order, no timestamps.
 */
public final class DiffJsonRenderer {
  /** Version of the JSON envelope; raised only when a field changes meaning or disappears. */
  public static final int VERSION = 2;

  private DiffJsonRenderer() {}

  /**
   * The diff as JSON in a versioned envelope ({@code "version": 2}); fields in a fixed order, lists
   * in the diff's order. Dates as in the export: {@code start}, {@code endExclusive} (the day after
   * the last), {@code finish} (the last day); deltas in days.
   */
  public static String render(RoadmapDiff d) {
    return render(d, null, null);
  }

  /**
   * {@link #render(RoadmapDiff)} with the status date: {@code asOf}, NEW's, and {@code oldAsOf}
   * when OLD's differs.
   */
  public static String render(RoadmapDiff d, LocalDate oldAsOf, LocalDate newAsOf) {
    return JsonEnvelope.write(VERSION, g -> jsonFields(g, d, oldAsOf, newAsOf));
  }

  private static void jsonFields(
      JsonGenerator g, RoadmapDiff d, LocalDate oldAsOf, LocalDate newAsOf) throws IOException {
    g.writeStringField("old", d.oldFile());
    g.writeStringField("new", d.newFile());
    if (newAsOf != null) {
      g.writeStringField("asOf", newAsOf.toString());
    }
    if (oldAsOf != null && !oldAsOf.equals(newAsOf)) {
      g.writeStringField("oldAsOf", oldAsOf.toString());
    }
    g.writeBooleanField("changed", !d.isEmpty());
    g.writeStringField("summary", DiffWords.summary(d));
    g.writeArrayFieldStart("missionTransfers");
    for (RoadmapDiff.MissionTransfer t : d.missionTransfers()) {
      g.writeStartObject();
      g.writeStringField("mission", t.mission());
      transferSide(g, "old", t.old());
      transferSide(g, "new", t.neu());
      if (t.finishDays() == null) {
        g.writeNullField("finishDays");
      } else {
        g.writeNumberField("finishDays", t.finishDays());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("moved");
    for (RoadmapDiff.Moved m : d.moved()) {
      g.writeStartObject();
      g.writeStringField("id", m.id());
      g.writeFieldName("old");
      dates(g, m.old());
      g.writeFieldName("new");
      dates(g, m.neu());
      g.writeNumberField("startDays", m.startDays());
      g.writeNumberField("finishDays", m.finishDays());
      g.writeBooleanField("watched", m.watched());
      MilestoneJson.deadline(g, m.neu());
      g.writeEndObject();
    }
    g.writeEndArray();
    jsonEntries(g, "added", d.added());
    jsonEntries(g, "removed", d.removed());
    g.writeArrayFieldStart("retitled");
    for (RoadmapDiff.Retitled r : d.retitled()) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("old", r.oldTitle());
      g.writeStringField("new", r.newTitle());
      g.writeEndObject();
    }
    g.writeEndArray();
    jsonLinks(g, "dependenciesAdded", d.dependenciesAdded());
    jsonLinks(g, "dependenciesRemoved", d.dependenciesRemoved());
    g.writeArrayFieldStart("phaseChanges");
    for (RoadmapDiff.PhaseChange c : d.phaseChanges()) {
      change(g, c.milestone(), null, c.oldPhase(), c.newPhase());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("statusChanges");
    for (RoadmapDiff.StatusChange c : d.statusChanges()) {
      change(g, c.milestone(), null, c.oldStatus().key(), c.newStatus().key());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("otherChanges");
    for (RoadmapDiff.FieldChange c : d.otherChanges()) {
      change(g, c.milestone(), c.field(), c.oldValue(), c.newValue());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("phasesAdded");
    for (Phase p : d.phasesAdded()) {
      phase(g, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("phasesRemoved");
    for (Phase p : d.phasesRemoved()) {
      phase(g, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("phasesChanged");
    for (RoadmapDiff.PhaseWindowChange c : d.phasesChanged()) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeFieldName("old");
      phase(g, c.old());
      g.writeFieldName("new");
      phase(g, c.neu());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void transferSide(JsonGenerator g, String name, Schedule.Entry e)
      throws IOException {
    if (e == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeStringField("transfer", e.milestone().id());
    g.writeStringField("finish", e.dates().finish().toString());
    g.writeStringField("precision", e.finishPrecision().key());
    g.writeBooleanField("pinned", e.pinned());
    g.writeEndObject();
  }

  private static void dates(JsonGenerator g, Schedule.Entry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("start", e.dates().start().toString());
    g.writeStringField("endExclusive", e.dates().end().toString());
    g.writeStringField("finish", e.dates().finish().toString());
    g.writeStringField("precision", e.startPrecision().coarser(e.finishPrecision()).key());
    g.writeBooleanField("pinned", e.pinned());
    g.writeEndObject();
  }

  private static void jsonEntries(JsonGenerator g, String name, List<Schedule.Entry> list)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Schedule.Entry e : list) {
      g.writeStartObject();
      MilestoneJson.fields(g, e);
      g.writeBooleanField("pinned", e.pinned());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void jsonLinks(
      JsonGenerator g, String name, List<RoadmapDiff.DependencyChange> list) throws IOException {
    g.writeArrayFieldStart(name);
    for (RoadmapDiff.DependencyChange c : list) {
      g.writeStartObject();
      g.writeStringField("milestone", c.milestone());
      g.writeStringField("prerequisite", c.prerequisite());
      g.writeStringField("type", c.type().key());
      g.writeNumberField("lagDays", c.lagDays());
      if (c.lagMonths() != 0) {
        g.writeNumberField("lagMonths", c.lagMonths());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void change(JsonGenerator g, String id, String field, String o, String n)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("milestone", id);
    if (field != null) {
      g.writeStringField("field", field);
    }
    g.writeStringField("old", o);
    g.writeStringField("new", n);
    g.writeEndObject();
  }

  private static void phase(JsonGenerator g, Phase p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("name", p.name());
    g.writeStringField("start", p.start() == null ? null : p.start().toString());
    g.writeStringField("end", p.end() == null ? null : p.end().toString());
    g.writeEndObject();
  }
}
