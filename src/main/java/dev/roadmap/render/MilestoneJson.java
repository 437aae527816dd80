package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.model.Milestone;
import dev.roadmap.plan.Schedule;
import java.io.IOException;

/** The JSON of a scheduled milestone, as the schedule export and the diff write it. */
final class MilestoneJson {
  private MilestoneJson() {}

  /**
   * The fields every JSON view of a scheduled milestone starts with: id, title, phase, kind,
   * mission, status, start, end (exclusive) and finish (inclusive).
   */
  static void fields(JsonGenerator g, Schedule.Entry e) throws IOException {
    Milestone m = e.milestone();
    g.writeStringField("id", m.id());
    g.writeStringField("title", m.title());
    g.writeStringField("phase", m.phase());
    g.writeStringField("kind", m.kind().key());
    g.writeStringField("mission", m.mission());
    g.writeStringField("status", m.status().key());
    g.writeStringField("start", e.dates().start().toString());
    g.writeStringField("end", e.dates().end().toString());
    g.writeStringField("finish", e.dates().finish().toString());
  }
}
