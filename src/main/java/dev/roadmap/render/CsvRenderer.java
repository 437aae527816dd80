package dev.roadmap.render;

import dev.roadmap.model.Details;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.plan.Deadlines;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.Schedule;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The schedule as CSV (RFC 4180): a header, then one record per milestone in file order; CRLF line
 * breaks as the RFC specifies; fields quoted when they hold a comma, quote or line break. {@code
 * start} and {@code finish} are the first and last scheduled days, {@code end_exclusive} the day
 * after the last; {@code dates} and {@code precision} say how precisely the file writes them
 * ({@code 2004-08}, {@code month}), and the last columns give the milestone's {@code not-before}
 * and deadline as written, the days by which the deadline is missed (0 when met), and the ids of
 * the sources it cites, separated by spaces, as {@code requires} lists its prerequisites. Then its
 * {@code owner} as written, its {@code labels} joined with {@code "; "}, its {@code links}, each as
 * {@code title <url>} (an address alone as {@code <url>}), joined with {@code "; "}, and its {@code
 * notes}, line breaks kept. A title, source, owner, label list, link list or note that a
 * spreadsheet would read as a formula starts with an apostrophe ({@link #text}).
 */
public final class CsvRenderer {
  static final List<String> HEADER =
      List.of(
          "id",
          "title",
          "phase",
          "kind",
          "mission",
          "status",
          "start",
          "finish",
          "end_exclusive",
          "duration_days",
          "pinned",
          "slack_days",
          "critical",
          "driven_by",
          "requires",
          "source",
          "dates",
          "precision",
          "not_before",
          "deadline",
          "deadline_missed_days",
          "cites",
          "owner",
          "labels",
          "links",
          "notes");

  private CsvRenderer() {}

  public static String render(Schedule s) {
    return render(s, DetailFilter.NONE);
  }

  /**
   * What a filtered CSV cannot say itself, for standard error: "the CSV holds only the milestones
   * with owner 'usfk' (3 of 44); CSV has no place to say so" ("the milestone" for one).
   */
  public static String partNote(Schedule s, DetailFilter filter) {
    long shown = FilterText.shown(s, filter);
    return "the CSV holds only the "
        + (shown == 1 ? "milestone with " + FilterText.of(filter) : FilterText.title(filter))
        + " ("
        + shown
        + " of "
        + s.milestones().size()
        + "); CSV has no place to say so";
  }

  /**
   * As {@link #render(Schedule)}, with only the records of the milestones {@code filter} lets
   * through (CSV has no place to say so: the file name or the command line must).
   */
  public static String render(Schedule s, DetailFilter filter) {
    StringBuilder b = new StringBuilder();
    record(b, HEADER);
    for (Schedule.Entry e : s.milestones().values()) {
      Milestone m = e.milestone();
      if (!filter.test(m)) {
        continue;
      }
      Details d = m.details();
      record(
          b,
          List.of(
              m.id(),
              text(m.title()),
              m.phase() == null ? "" : m.phase(),
              m.kind().key(),
              m.mission() == null ? "" : m.mission(),
              m.status().key(),
              e.dates().start().toString(),
              e.dates().finish().toString(),
              e.dates().end().toString(),
              Long.toString(e.dates().days()),
              Boolean.toString(e.pinned()),
              Long.toString(e.slackDays()),
              Boolean.toString(e.critical()),
              ScheduleFacts.driver(e),
              m.requires().stream().map(r -> r.target()).collect(Collectors.joining(" ")),
              text(m.source()),
              e.display(),
              e.startPrecision().coarser(e.finishPrecision()).key(),
              m.precision(MilestoneField.NOT_BEFORE).format(m.notBefore()),
              m.precision(MilestoneField.DEADLINE).format(m.deadline()),
              m.deadline() == null ? "" : Long.toString(Deadlines.missedBy(e)),
              String.join(" ", m.cites()),
              text(d.owner()),
              text(String.join("; ", d.labels())),
              text(d.links().stream().map(DetailsText::link).collect(Collectors.joining("; "))),
              text(d.notes())));
    }
    return b.toString();
  }

  private static void record(StringBuilder b, List<String> fields) {
    b.append(fields.stream().map(CsvRenderer::field).collect(Collectors.joining(",")));
    b.append("\r\n");
  }

  static String field(String f) {
    if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
      return "\"" + f.replace("\"", "\"\"") + "\"";
    }
    return f;
  }

  /**
   * Free text from the file (a title, a source), guarded against formula injection as OWASP
   * advises: a text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
   * carriage return gets a leading apostrophe, so that a spreadsheet shows it as text instead of
   * running it. The field is then quoted (by {@link #record}'s caller, {@link #field}) as usual.
   */
  static String text(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
