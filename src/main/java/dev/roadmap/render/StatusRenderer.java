package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.MissionGroup;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.MissionStates;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Standing;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
   * @param overdue live milestones not done whose pinned finish is before the date, while the file
   *     (as of its own as-of) says they were still not done ({@link Standing#OVERDUE})
   * @param due milestones whose pinned date came after the file's as-of: the file cannot say
   *     whether they happened ({@link Standing#DUE})
   * @param next the first other milestones not done on the date, by date
   */
  record Report(
      LocalDate date,
      List<MissionStates.State> missions,
      List<Schedule.Entry> overdue,
      List<Schedule.Entry> due,
      List<Schedule.Entry> next,
      Map<Schedule.Entry, Standing> standing) {}

  /**
   * One mission group on the date.
   *
   * @param id the group id, or null for the missions in no group
   * @param name its name (its id when it has none)
   * @param missions its missions' states
   * @param transferred how many are transferred
   * @param completed the day the last transfer finished when all are transferred, else null
   */
  record GroupCount(
      String id,
      String name,
      List<MissionStates.State> missions,
      long transferred,
      LocalDate completed) {}

  static Report report(Schedule s, LocalDate date) {
    return report(s, date, DetailFilter.NONE);
  }

  /** The report with only the milestones {@code filter} lets through in its lists. */
  static Report report(Schedule s, LocalDate date, DetailFilter filter) {
    LocalDate recorded = s.roadmap().asOf();
    Map<Schedule.Entry, Standing> standing = new HashMap<>();
    for (Schedule.Entry e : s.milestones().values()) {
      standing.put(e, Standing.of(e, date, recorded));
    }
    List<Schedule.Entry> open =
        s.milestones().values().stream()
            .filter(e -> standing.get(e).isOpen() && filter.test(e.milestone()))
            .sorted(
                Comparator.comparing((Schedule.Entry e) -> e.dates().start())
                    .thenComparing(e -> e.dates().end()))
            .toList();
    // Overdue as RM501 means it: a pinned date that passed. A computed date in the past misses no
    // date of the file: before the file's as-of it is behind (still among the next ones, marked
    // so); after it, due as a pinned one is.
    List<Schedule.Entry> overdue =
        open.stream().filter(e -> standing.get(e) == Standing.OVERDUE).toList();
    List<Schedule.Entry> due = open.stream().filter(e -> standing.get(e) == Standing.DUE).toList();
    List<Schedule.Entry> next =
        open.stream()
            .filter(e -> standing.get(e) != Standing.OVERDUE && standing.get(e) != Standing.DUE)
            .limit(NEXT)
            .toList();
    return new Report(date, MissionStates.on(s, date), overdue, due, next, standing);
  }

  /**
   * The count of each mission group, in file order, then the missions in no group (id null); a
   * roadmap without groups has one count, of every mission.
   */
  static List<GroupCount> groups(Roadmap r, List<MissionStates.State> states) {
    List<GroupCount> out = new ArrayList<>();
    for (MissionGroup g : r.groups()) {
      out.add(
          count(
              g.id(),
              g.name() == null ? g.id() : g.name(),
              states.stream().filter(st -> g.id().equals(st.mission().group())).toList()));
    }
    Set<String> known = new HashSet<>();
    r.groups().forEach(g -> known.add(g.id()));
    List<MissionStates.State> rest =
        states.stream()
            .filter(st -> st.mission().group() == null || !known.contains(st.mission().group()))
            .toList();
    if (out.isEmpty() || !rest.isEmpty()) {
      out.add(count(null, out.isEmpty() ? null : "Missions in no group", rest));
    }
    return out;
  }

  private static GroupCount count(String id, String name, List<MissionStates.State> states) {
    long n = MissionStates.transferred(states);
    LocalDate completed = null;
    if (!states.isEmpty() && n == states.size()) {
      completed =
          states.stream()
              .map(st -> st.transfer().dates().finish())
              .max(LocalDate::compareTo)
              .orElse(null);
    }
    return new GroupCount(id, name, states, n, completed);
  }

  /** "Ten military missions: 7 of 10 transferred", or "7 of 11 missions transferred" alone. */
  static String countLine(GroupCount g) {
    StringBuilder b = new StringBuilder();
    if (g.name() != null) {
      b.append(Printable.of(g.name())).append(": ");
      b.append(g.transferred()).append(" of ").append(g.missions().size());
    } else {
      b.append(g.transferred()).append(" of ").append(Plural.of(g.missions().size(), "mission"));
    }
    b.append(" transferred");
    if (g.completed() != null) {
      b.append(", complete since ").append(g.completed());
    }
    return b.toString();
  }

  public static String text(Schedule s, LocalDate date, Style style) {
    return text(s, date, style, Map.of());
  }

  /**
   * The state on {@code date}, with the codes of each milestone's findings after it.
   *
   * @param findings the codes of the findings of each milestone that has any, by id
   */
  public static String text(
      Schedule s, LocalDate date, Style style, Map<String, List<String>> findings) {
    return text(s, date, style, findings, 0);
  }

  /**
   * The state on {@code date} in lines of at most {@code width} columns (no limit at 0): titles cut
   * with an ellipsis, ids kept whole (a table of ids can be wider).
   */
  public static String text(
      Schedule s, LocalDate date, Style style, Map<String, List<String>> findings, int width) {
    return text(s, date, style, findings, width, DetailFilter.NONE);
  }

  /**
   * As {@link #text(Schedule, LocalDate, Style, Map, int)}, with only the milestones {@code filter}
   * lets through under Overdue, Due and Next, and a line after the title that says so (the missions
   * and their counts stay the whole roadmap's). When none passes, that line says so in place of the
   * lists.
   */
  public static String text(
      Schedule s,
      LocalDate date,
      Style style,
      Map<String, List<String>> findings,
      int width,
      DetailFilter filter) {
    Report r = report(s, date, filter);
    StringBuilder b = new StringBuilder();
    String asOf = ", as of " + date;
    b.append(style.bold(TextFit.cut(Printable.of(ScheduleFacts.title(s)), width - asOf.length())))
        .append(asOf)
        .append('\n');
    long shown = FilterText.shown(s, filter);
    if (!filter.isNone()) {
      TextFit.appendWrapped(b, Printable.of(filterLine(s, filter, shown)), width, "");
    }
    if (!r.missions().isEmpty()) {
      for (GroupCount g : groups(s.roadmap(), r.missions())) {
        TextFit.appendWrapped(b, countLine(g), width, "");
      }
      b.append('\n');
      List<String[]> rows = new ArrayList<>();
      List<String> marks = new ArrayList<>();
      rows.add(new String[] {"mission", "held by", "transfer", "date", "status"});
      marks.add("");
      for (MissionStates.State st : r.missions()) {
        rows.add(
            new String[] {
              st.mission().id(),
              st.holder() == null ? "?" : st.holder(),
              st.transfer() == null ? "(none)" : st.transfer().milestone().id(),
              st.transfer() == null ? "" : day(st.transfer()),
              st.transfer() == null ? "" : st.standing().key()
            });
        marks.add(st.transfer() == null ? "" : marks(findings, st.transfer()));
      }
      TextTable.append(b, rows, width, 2, marks);
    }
    b.append('\n');
    if (!filter.isNone() && shown == 0) {
      return b.toString();
    }
    List<String[]> overdue = new ArrayList<>();
    List<String> lateMarks = new ArrayList<>();
    for (Schedule.Entry e : r.overdue()) {
      overdue.add(
          new String[] {
            day(e),
            e.milestone().id(),
            e.milestone().status().key(),
            Plural.of(ChronoUnit.DAYS.between(e.latestFinish(), date), "day") + " late"
          });
      lateMarks.add(marks(findings, e));
    }
    b.append(style.bold("Overdue:"));
    if (overdue.isEmpty()) {
      b.append(" none\n");
    } else {
      b.append('\n');
      TextTable.append(b, overdue, width, 2, lateMarks);
    }
    if (!r.due().isEmpty()) {
      List<String[]> due = new ArrayList<>();
      List<String> tails = new ArrayList<>();
      for (Schedule.Entry e : r.due()) {
        due.add(new String[] {day(e), e.milestone().id(), title(e)});
        tails.add(bounds(e) + marks(findings, e));
      }
      heading(
          b,
          style,
          "Due since the file's as-of "
              + s.roadmap().asOf()
              + " (not recorded; the file cannot say whether they happened):",
          width);
      TextTable.append(b, due, width, 2, tails);
    }
    List<String[]> next = new ArrayList<>();
    List<String> tails = new ArrayList<>();
    for (Schedule.Entry e : r.next()) {
      tails.add(bounds(e) + marks(findings, e));
      next.add(
          new String[] {
            // Its days, not only its last: the next ones are in order of their first day.
            (e.pinned() ? "" : "~") + e.display(),
            e.milestone().id(),
            r.standing().get(e) == Standing.BEHIND ? Standing.BEHIND.key() : "",
            title(e)
          });
    }
    b.append(style.bold("Next:"));
    if (next.isEmpty()) {
      b.append(" nothing planned\n");
    } else {
      b.append('\n');
      TextTable.append(b, next, width, 2, tails);
    }
    b.append(style.dim("~ computed date")).append('\n');
    return b.toString();
  }

  /**
   * "Overdue, due and next list only the 2 milestones with owner 'usfk' (of 54); ...", or "No
   * milestone of the 54 has owner 'x', so none is listed; ...".
   */
  private static String filterLine(Schedule s, DetailFilter filter, long shown) {
    String whole = "the missions and the counts are the whole roadmap's.";
    long of = s.milestones().size();
    if (shown == 0) {
      return FilterText.none(filter, of, "listed", whole);
    }
    return "Overdue, due and next list only the "
        + FilterText.milestones(shown)
        + " with "
        + FilterText.of(filter)
        + " (of "
        + of
        + "); "
        + whole;
  }

  private static String title(Schedule.Entry e) {
    return e.milestone().title() == null ? "" : Printable.of(e.milestone().title());
  }

  /** " [deadline 2005-08-31, missed by 11 days]", as the timeline shows it, or "". */
  private static String bounds(Schedule.Entry e) {
    String b = ScheduleFacts.constraints(e);
    return b.isEmpty() ? "" : "  [" + b + "]";
  }

  private static String marks(Map<String, List<String>> findings, Schedule.Entry e) {
    String mark = Findings.mark(findings.get(e.milestone().id()));
    return mark.isEmpty() ? "" : "  " + mark;
  }

  /** A heading on its own line, wrapped to the width. */
  private static void heading(StringBuilder b, Style style, String heading, int width) {
    for (String line : TextFit.wrap(heading, width, "")) {
      b.append(style.bold(line)).append('\n');
    }
  }

  public static String json(Schedule s, LocalDate date) {
    return json(s, date, List.of());
  }

  /** The state on {@code date} as JSON, with the roadmap's findings. */
  public static String json(Schedule s, LocalDate date, List<Diagnostic> findings) {
    return json(s, date, findings, DetailFilter.NONE);
  }

  /**
   * The state on {@code date} as JSON, with only the milestones {@code filter} lets through under
   * {@code overdue}, {@code due} and {@code next}, and the filter in a field {@code filter} after
   * the title ({@code {"owner": [...], "label": [...]}}, each list only when given).
   */
  public static String json(
      Schedule s, LocalDate date, List<Diagnostic> findings, DetailFilter filter) {
    Report r = report(s, date, filter);
    return JsonEnvelope.write(VERSION, g -> fields(g, s, r, findings, filter));
  }

  private static void fields(
      JsonGenerator g, Schedule s, Report r, List<Diagnostic> findings, DetailFilter filter)
      throws IOException {
    LocalDate date = r.date();
    g.writeStringField("title", ScheduleFacts.title(s));
    FilterText.json(g, filter);
    g.writeStringField("asOf", date.toString());
    g.writeStringField(
        "recordedAsOf", s.roadmap().asOf() == null ? null : s.roadmap().asOf().toString());
    g.writeNumberField("transferred", MissionStates.transferred(r.missions()));
    g.writeNumberField("missionCount", r.missions().size());
    g.writeArrayFieldStart("groups");
    for (GroupCount c : groups(s.roadmap(), r.missions())) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("name", c.name());
      g.writeNumberField("transferred", c.transferred());
      g.writeNumberField("missionCount", c.missions().size());
      g.writeStringField("completed", c.completed() == null ? null : c.completed().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("missions");
    for (MissionStates.State st : r.missions()) {
      g.writeStartObject();
      g.writeStringField("id", st.mission().id());
      g.writeStringField("group", st.mission().group());
      g.writeStringField("from", st.mission().from() == null ? null : st.mission().from());
      g.writeStringField("to", st.mission().to() == null ? null : st.mission().to());
      g.writeStringField("heldBy", st.holder());
      g.writeBooleanField("transferred", st.transferred());
      if (st.transfer() != null) {
        g.writeStringField("transfer", st.transfer().milestone().id());
        g.writeStringField("transferDate", st.transfer().dates().finish().toString());
        g.writeStringField("transferDatePrecision", st.transfer().finishPrecision().key());
        g.writeBooleanField("transferDatePinned", st.transfer().pinned());
        g.writeStringField("transferStatus", st.standing().key());
        g.writeStringField("transferFileStatus", st.transfer().milestone().status().key());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    entries(g, "overdue", r.overdue(), r);
    entries(g, "due", r.due(), r);
    entries(g, "next", r.next(), r);
    Findings.json(g, findings);
  }

  private static void entries(JsonGenerator g, String name, List<Schedule.Entry> list, Report r)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Schedule.Entry e : list) {
      g.writeStartObject();
      g.writeStringField("id", e.milestone().id());
      g.writeStringField("status", r.standing().get(e).key());
      g.writeStringField("fileStatus", e.milestone().status().key());
      g.writeStringField("start", e.dates().start().toString());
      g.writeStringField("finish", e.dates().finish().toString());
      g.writeStringField("precision", e.startPrecision().key());
      if (e.finishPrecision() != e.startPrecision()) {
        g.writeStringField("finishPrecision", e.finishPrecision().key());
      }
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
