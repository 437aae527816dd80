package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Source;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.Schedule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The schedule as JSON in a versioned envelope: every milestone with {@code start}, {@code
 * endExclusive} (the day after the last), {@code finish} (the last day), whether it is pinned, its
 * slack, whether it is critical and its driving prerequisite, its free-text {@code source} or the
 * ids it {@code cites}; before the milestones the roadmap's authorities, groups, missions and
 * phases ({@link ElementsJson}), and after them its {@code sources}, each list when it has any.
 * Fields in a fixed order; milestones and sources in file order.
 */
public final class ScheduleJsonRenderer {
  /** Version of the envelope; raised only when a field changes meaning or disappears. */
  public static final int VERSION = 2;

  private ScheduleJsonRenderer() {}

  public static String render(Schedule s) {
    return render(s, List.of());
  }

  /**
   * The schedule, and the roadmap's findings in a field {@code findings} (written only when there
   * are any, each as {@code validate --format json} writes it).
   */
  public static String render(Schedule s, List<Diagnostic> findings) {
    return render(s, findings, DetailFilter.NONE);
  }

  /**
   * As {@link #render(Schedule, List)}, with only the milestones {@code filter} lets through, and
   * the filter in a field {@code filter} ({@code {"owner": [...], "label": [...]}}, each list only
   * when given) after the title. The rest is the whole roadmap's: its finish, its sources, its
   * findings, and each milestone's prerequisites, which may name milestones left out.
   */
  public static String render(Schedule s, List<Diagnostic> findings, DetailFilter filter) {
    return JsonEnvelope.write(
        VERSION,
        g -> {
          fields(g, s, filter);
          if (!findings.isEmpty()) {
            Findings.json(g, findings);
          }
        });
  }

  private static void fields(JsonGenerator g, Schedule s, DetailFilter filter) throws IOException {
    g.writeStringField("title", ScheduleFacts.title(s));
    FilterText.json(g, filter);
    g.writeStringField("start", s.roadmap().start().toString());
    g.writeStringField("startPrecision", s.roadmap().startPrecision().key());
    if (s.roadmap().asOf() != null) {
      g.writeStringField("asOf", s.roadmap().asOf().toString());
    }
    g.writeStringField("endExclusive", s.finish().toString());
    Schedule.Entry last = ScheduleFacts.finishEntry(s);
    if (last != null) {
      g.writeStringField("finishBasis", last.pinned() ? "agreed" : "computed");
    }
    ExtensionJson.write(g, s.roadmap().extensions());
    ElementsJson.write(g, s.roadmap());
    g.writeArrayFieldStart("milestones");
    for (Schedule.Entry e : s.milestones().values()) {
      if (filter.test(e.milestone())) {
        write(g, s, e);
      }
    }
    g.writeEndArray();
    sources(g, s);
  }

  /**
   * The lag of a link in days: as written, or for a lag in calendar months the days it spans on
   * this schedule (from the prerequisite's end, or its start for start-to-start).
   */
  private static long lagDays(Schedule s, Dependency d) {
    if (d.lagMonths() == 0) {
      return d.lagDays();
    }
    Schedule.Entry p = s.milestones().get(d.target());
    if (p == null) {
      return 0;
    }
    LocalDate from =
        d.type() == DependencyType.START_TO_START ? p.dates().start() : p.dates().end();
    return ChronoUnit.DAYS.between(from, d.shift(from));
  }

  private static void write(JsonGenerator g, Schedule s, Schedule.Entry e) throws IOException {
    Milestone m = e.milestone();
    g.writeStartObject();
    MilestoneJson.fields(g, e);
    g.writeNumberField("durationDays", e.dates().days());
    if (m.durationMonths() != null) {
      g.writeNumberField("durationMonths", m.durationMonths());
    }
    g.writeBooleanField("pinned", e.pinned());
    g.writeNumberField("slackDays", e.slackDays());
    g.writeBooleanField("critical", e.critical());
    g.writeStringField("drivenBy", ScheduleFacts.driver(e));
    MilestoneJson.bounds(g, e);
    g.writeArrayFieldStart("requires");
    for (Dependency d : m.requires()) {
      g.writeStartObject();
      g.writeStringField("id", d.target());
      g.writeStringField("type", d.type().key());
      g.writeNumberField("lagDays", lagDays(s, d));
      if (d.lagMonths() != 0) {
        g.writeNumberField("lagMonths", d.lagMonths());
      }
      ExtensionJson.write(g, d.extensions());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (m.source() != null) {
      g.writeStringField("source", m.source());
    }
    if (!m.cites().isEmpty()) {
      g.writeArrayFieldStart("cites");
      for (String id : m.cites()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    DetailsJson.write(g, m.details());
    g.writeEndObject();
  }

  /** The roadmap's sources, in file order; only when it lists any. */
  private static void sources(JsonGenerator g, Schedule s) throws IOException {
    if (s.roadmap().sources().isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("sources");
    for (Source src : s.roadmap().sources()) {
      g.writeStartObject();
      g.writeStringField("id", src.id());
      ElementsJson.optional(g, "title", src.title());
      ElementsJson.optional(g, "publisher", src.publisher());
      if (src.date() != null) {
        g.writeStringField("date", src.dateText());
        g.writeStringField("datePrecision", src.datePrecision().key());
      }
      ElementsJson.optional(g, "url", src.url());
      ExtensionJson.write(g, src.extensions());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
