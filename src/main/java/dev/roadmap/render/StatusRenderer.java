package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.model.Status;
import dev.roadmap.plan.MissionStates;
import dev.roadmap.plan.Schedule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The state of a roadmap on a date: who holds each mission, how many are transferred, what is
 * overdue and what comes next.
 */
public final class StatusRenderer {
  /** Version of the JSON envelope; raised only when a field changes meaning or disappears. */
  public static final int VERSION = 1;

  /** How many upcoming milestones "next" lists. */
  static final int NEXT = 5;

  private StatusRenderer() {}

  /**
   * The facts shown.
   *
   * @param date the status date
   * @param missions each mission's state
   * @param overdue live milestones not done whose pinned finish is before the date
   * @param next the first other milestones not done, by date
   */
  record Report(
      LocalDate date,
      List<MissionStates.State> missions,
      List<Schedule.Entry> overdue,
      List<Schedule.Entry> next) {}

  static Report report(Schedule s, LocalDate date) {
    List<Schedule.Entry> open =
        s.milestones().values().stream()
            .filter(e -> e.milestone().status().isLive() && e.milestone().status() != Status.DONE)
            .sorted(
                Comparator.comparing((Schedule.Entry e) -> e.dates().start())
                    .thenComparing(e -> e.dates().end()))
            .toList();
    // Overdue as RM501 means it: a pinned date that passed. A computed date in the past says the
    // roadmap does not date the milestone, not that it is late: it stays among the next ones.
    List<Schedule.Entry> overdue =
        open.stream().filter(e -> e.pinned() && e.latestFinish().isBefore(date)).toList();
    List<Schedule.Entry> next =
        open.stream().filter(e -> !overdue.contains(e)).limit(NEXT).toList();
    return new Report(date, MissionStates.on(s, date), overdue, next);
  }

  public static String text(Schedule s, LocalDate date, Style style) {
    Report r = report(s, date);
    StringBuilder b = new StringBuilder();
    b.append(style.bold(ScheduleFacts.title(s))).append(", as of ").append(date).append('\n');
    if (!r.missions().isEmpty()) {
      b.append(MissionStates.transferred(r.missions()))
          .append(" of ")
          .append(Plural.of(r.missions().size(), "mission"))
          .append(" transferred\n\n");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"mission", "held by", "transfer", "date", "status"});
      for (MissionStates.State st : r.missions()) {
        rows.add(
            new String[] {
              st.mission().id(),
              st.holder() == null ? "?" : st.holder(),
              st.transfer() == null ? "(none)" : st.transfer().milestone().id(),
              st.transfer() == null ? "" : day(st.transfer()),
              st.transfer() == null ? "" : st.transfer().milestone().status().key()
            });
      }
      TextTable.append(b, rows);
    }
    b.append('\n');
    List<String[]> overdue = new ArrayList<>();
    for (Schedule.Entry e : r.overdue()) {
      overdue.add(
          new String[] {
            day(e),
            e.milestone().id(),
            e.milestone().status().key(),
            Plural.of(ChronoUnit.DAYS.between(e.latestFinish(), date), "day") + " late"
          });
    }
    section(b, style, "Overdue:", overdue, " none\n");
    List<String[]> next = new ArrayList<>();
    for (Schedule.Entry e : r.next()) {
      next.add(
          new String[] {
            day(e),
            e.milestone().id(),
            e.milestone().title() == null ? "" : Printable.of(e.milestone().title())
          });
    }
    section(b, style, "Next:", next, " nothing planned\n");
    b.append(style.dim("~ computed date")).append('\n');
    return b.toString();
  }

  /** A heading, then the rows as a table, or {@code none} after the heading when there are none. */
  private static void section(
      StringBuilder b, Style style, String heading, List<String[]> rows, String none) {
    b.append(style.bold(heading));
    if (rows.isEmpty()) {
      b.append(none);
    } else {
      b.append('\n');
      TextTable.append(b, rows);
    }
  }

  public static String json(Schedule s, LocalDate date) {
    Report r = report(s, date);
    return JsonEnvelope.write(VERSION, g -> fields(g, s, r));
  }

  private static void fields(JsonGenerator g, Schedule s, Report r) throws IOException {
    LocalDate date = r.date();
    g.writeStringField("title", ScheduleFacts.title(s));
    g.writeStringField("asOf", date.toString());
    g.writeNumberField("transferred", MissionStates.transferred(r.missions()));
    g.writeNumberField("missionCount", r.missions().size());
    g.writeArrayFieldStart("missions");
    for (MissionStates.State st : r.missions()) {
      g.writeStartObject();
      g.writeStringField("id", st.mission().id());
      g.writeStringField("from", st.mission().from() == null ? null : st.mission().from());
      g.writeStringField("to", st.mission().to() == null ? null : st.mission().to());
      g.writeStringField("heldBy", st.holder());
      g.writeBooleanField("transferred", st.transferred());
      if (st.transfer() != null) {
        g.writeStringField("transfer", st.transfer().milestone().id());
        g.writeStringField("transferDate", st.transfer().dates().finish().toString());
        g.writeBooleanField("transferDatePinned", st.transfer().pinned());
        g.writeStringField("transferStatus", st.transfer().milestone().status().key());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    entries(g, "overdue", r.overdue());
    entries(g, "next", r.next());
  }

  private static void entries(JsonGenerator g, String name, List<Schedule.Entry> list)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Schedule.Entry e : list) {
      g.writeStartObject();
      g.writeStringField("id", e.milestone().id());
      g.writeStringField("status", e.milestone().status().key());
      g.writeStringField("start", e.dates().start().toString());
      g.writeStringField("finish", e.dates().finish().toString());
      g.writeBooleanField("pinned", e.pinned());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The finish day of an entry, with {@code ~} when computed. */
  static String day(Schedule.Entry e) {
    return (e.pinned() ? "" : "~") + e.finishText();
  }
}
