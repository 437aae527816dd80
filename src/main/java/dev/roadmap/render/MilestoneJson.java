package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Precision;
import dev.roadmap.plan.Deadlines;
import dev.roadmap.plan.Schedule;
import java.io.IOException;
import java.time.LocalDate;

/** The JSON of a scheduled milestone, as the schedule export and the diff write it. */
final class MilestoneJson {
  private MilestoneJson() {}

  /**
   * The fields every JSON view of a scheduled milestone starts with: id, title, phase, kind,
   * mission, status, start, endExclusive (the day after the last) and finish (the last day) as
   * days, the precision the roadmap gives them ({@code day}, {@code month} or {@code year}; a start
   * and a finish written at different precisions add {@code finishPrecision}), and their basis:
   * {@code agreed} when the roadmap pins them, {@code computed} when the scheduler does.
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
    g.writeStringField("endExclusive", e.dates().end().toString());
    g.writeStringField("finish", e.dates().finish().toString());
    g.writeStringField("precision", e.startPrecision().key());
    if (e.finishPrecision() != e.startPrecision()) {
      g.writeStringField("finishPrecision", e.finishPrecision().key());
    }
    g.writeStringField("basis", e.pinned() ? "agreed" : "computed");
  }

  /**
   * A milestone's {@code notBefore} and {@code deadline}, when it has them: each {@code {"date":
   * "2005-08", "day": "2005-08-31", "precision": "month"}}, the date as written and the day the
   * scheduler uses; the deadline adds {@code missedByDays} (0 when met).
   */
  static void bounds(JsonGenerator g, Schedule.Entry e) throws IOException {
    Milestone m = e.milestone();
    if (m.notBefore() != null) {
      g.writeObjectFieldStart("notBefore");
      date(g, m.notBefore(), m.precision(MilestoneField.NOT_BEFORE));
      g.writeEndObject();
    }
    deadline(g, e);
  }

  /** A milestone's {@code deadline}, when it has one, as {@link #bounds} writes it. */
  static void deadline(JsonGenerator g, Schedule.Entry e) throws IOException {
    Milestone m = e.milestone();
    if (m.deadline() != null) {
      g.writeObjectFieldStart("deadline");
      date(g, m.deadline(), m.precision(MilestoneField.DEADLINE));
      g.writeNumberField("missedByDays", Deadlines.missedBy(e));
      g.writeEndObject();
    }
  }

  private static void date(JsonGenerator g, LocalDate d, Precision p) throws IOException {
    g.writeStringField("date", p.format(d));
    g.writeStringField("day", d.toString());
    g.writeStringField("precision", p.key());
  }
}
