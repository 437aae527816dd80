package dev.roadmap.render;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Source;
import dev.roadmap.model.Status;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Why a milestone is dated as it is: the chain of driving prerequisites from the first link (a pin
 * or a project-level constraint) to the milestone, with the link type and lag at each step and the
 * duration of each milestone, and under each milestone the sources it cites.
 */
public final class ExplainRenderer {
  private ExplainRenderer() {}

  public static String render(Schedule s, String id, Style style) {
    return render(s, id, null, style, Map.of());
  }

  /**
   * The chain, with the status date and the milestone's status as of it ({@link Standing}) in the
   * header, and the codes of the findings of each milestone of the chain that has any.
   *
   * @param asOf the status date, or null
   * @param findings the codes of the findings of each milestone that has any, by id
   */
  /** "zero length", "30 days", or "3 months: 92 days" for a duration in calendar months. */
  private static String length(Schedule.Entry e) {
    if (e.dates().isZeroLength()) {
      return "zero length";
    }
    Integer months = e.milestone().durationMonths();
    String days = e.dates().days() + " days";
    return months == null ? days : Plural.of(months, "month") + ": " + days;
  }

  public static String render(
      Schedule s, String id, LocalDate asOf, Style style, Map<String, List<String>> findings) {
    List<Schedule.Entry> chain = s.drivingChain(id);
    Schedule.Entry target = chain.get(chain.size() - 1);
    StringBuilder b = new StringBuilder();
    b.append(style.bold("'" + id + "' is dated " + target.display()))
        .append(target.pinned() ? " (pinned)" : " (computed)");
    if (asOf != null) {
      Standing standing = Standing.of(target, asOf, s.roadmap().asOf());
      b.append("; as of ").append(asOf).append(": ").append(standing.key());
      if (standing == Standing.BEHIND) {
        b.append(" (its computed finish ")
            .append(target.finishText())
            .append(" has passed, and the file does not record it done)");
      } else if (standing == Standing.DUE) {
        b.append(" (its date came after the file's as-of ")
            .append(s.roadmap().asOf())
            .append(": the file cannot say whether it happened)");
      }
    }
    b.append('\n');
    int w = chain.stream().mapToInt(e -> e.display().length()).max().orElse(10);
    Citations citations = Citations.of(s.roadmap());
    for (int i = 0; i < chain.size(); i++) {
      Schedule.Entry e = chain.get(i);
      if (i == 0) {
        b.append("  because ").append(origin(s, e)).append(":\n");
      } else {
        Dependency d = e.driver().dependency();
        b.append("      | ").append(d.type().key());
        if (d.hasLag()) {
          b.append(", lag ").append(LinkText.lag(d));
        }
        b.append(": not before ").append(e.driver().date()).append('\n');
      }
      String dates = e.display();
      b.append("  ")
          .append(e.pinned() ? " " : "~")
          .append(dates)
          .append(" ".repeat(w - dates.length()))
          .append("  ")
          .append(e.milestone().id())
          .append("  (")
          .append(length(e))
          .append(e.pinned() ? ", pinned" : "")
          .append(")");
      Findings.appendMark(b, findings, e.milestone().id(), style);
      b.append('\n');
      sources(b, citations, e.milestone());
    }
    boolean done =
        asOf == null
            ? target.milestone().status() == Status.DONE
            : Standing.of(target, asOf, s.roadmap().asOf()) == Standing.DONE;
    if (done) {
      // Slack is what a milestone still to come can slip: a milestone done has none to speak of.
      if (target.pinned()) {
        b.append("done: finished ").append(target.finishText()).append('\n');
      } else {
        // The scheduler's date is no record of when it happened: a general must not read it so.
        b.append("done, but its finish ~")
            .append(target.finishText())
            .append(" is the scheduler's, not a recorded date: pin the day it happened\n");
      }
    } else if (!target.milestone().status().isLive()) {
      b.append(target.milestone().status().key()).append(": not scheduled against\n");
    } else {
      b.append("slack ")
          .append(Plural.of(target.slackDays(), "day"))
          .append(target.critical() ? ": on the critical path" : "")
          .append('\n');
    }
    String bounds = ScheduleFacts.constraints(target);
    if (!bounds.isEmpty()) {
      b.append(bounds).append('\n');
    }
    return b.toString();
  }

  /**
   * The sources a milestone of the chain cites, on a line of their own: each id with what the
   * sources list says of it, or its free-text {@code source}; nothing when it has neither.
   */
  private static void sources(StringBuilder b, Citations citations, Milestone m) {
    List<String> named = new ArrayList<>();
    for (String id : new LinkedHashSet<>(m.cites())) {
      Source src = citations.get(id);
      named.add(src == null ? id + " (not defined)" : id + " " + Citations.describe(src));
    }
    if (!named.isEmpty()) {
      b.append("        sources: ").append(Printable.of(String.join("; ", named))).append('\n');
    } else if (m.source() != null && !m.source().isBlank()) {
      b.append("        source: ").append(Printable.of(m.source())).append('\n');
    }
  }

  private static String origin(Schedule s, Schedule.Entry e) {
    return switch (e.driver().kind()) {
      case PINNED -> "the roadmap pins '" + e.milestone().id() + "'";
      case NOT_BEFORE ->
          "'"
              + e.milestone().id()
              + "' is not before "
              + e.milestone()
                  .precision(dev.roadmap.model.MilestoneField.NOT_BEFORE)
                  .format(e.driver().date());
      case PHASE_START -> "its phase '" + e.milestone().phase() + "' opens " + phaseStart(s, e);
      case PROJECT_START -> "the project starts " + ScheduleFacts.startText(s.roadmap());
      case PREREQUISITE -> "'" + e.milestone().id() + "' follows its prerequisite";
    };
  }

  /** The opening day of the milestone's phase, at the precision the file writes it. */
  private static String phaseStart(Schedule s, Schedule.Entry e) {
    for (dev.roadmap.model.Phase p : s.roadmap().phases()) {
      if (p.id().equals(e.milestone().phase())) {
        return p.startPrecision().format(e.driver().date());
      }
    }
    return e.driver().date().toString();
  }
}
