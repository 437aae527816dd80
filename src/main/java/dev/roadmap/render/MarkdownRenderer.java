package dev.roadmap.render;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.MissionStates;
import dev.roadmap.plan.Schedule;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The schedule as GitHub-flavoured Markdown: a title and summary, the Mermaid gantt chart, the
 * mission table, and a table per phase. Deterministic: no timestamps, file and schedule order.
 */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  public static String render(Schedule s) {
    Roadmap r = s.roadmap();
    StringBuilder b = new StringBuilder();
    b.append("# ").append(Markdown.text(MermaidRenderer.title(s))).append("\n\n");
    b.append("<!-- Exported by `roadmap export --format markdown` from ")
        .append(r.file())
        .append(". Do not edit: export again. -->\n\n");
    b.append(summary(s)).append("\n\n");
    b.append(
        "Dates in *italics* are computed by the scheduler from prerequisites and lags; the"
            + " others are pinned in the roadmap. Milestones on the critical path are in **bold**."
            + "\n\n");
    b.append("```mermaid\n").append(MermaidRenderer.render(s)).append("```\n");
    missions(s, b);
    int number = 0;
    java.util.Map<String, List<Schedule.Entry>> byPhase = MermaidRenderer.byPhase(s);
    for (Phase p : r.phases()) {
      number++;
      phase(p, byPhase.getOrDefault(p.id(), List.of()), number, b);
    }
    return b.toString();
  }

  static String summary(Schedule s) {
    Roadmap r = s.roadmap();
    StringBuilder b = new StringBuilder("Start ").append(r.start());
    if (r.asOf() != null) {
      b.append(", as of ").append(r.asOf());
    }
    b.append(": ")
        .append(Plural.of(s.milestones().size(), "milestone"))
        .append(" in ")
        .append(Plural.of(r.phases().size(), "phase"));
    if (!r.missions().isEmpty() && r.asOf() != null) {
      var states = MissionStates.on(s, r.asOf());
      b.append(", ")
          .append(MissionStates.transferred(states))
          .append(" of ")
          .append(Plural.of(states.size(), "mission"))
          .append(" transferred");
    }
    b.append("; finish ").append(finish(s)).append('.');
    return b.toString();
  }

  private static String finish(Schedule s) {
    return s.milestones().values().stream()
        .filter(e -> e.milestone().status().isLive())
        .map(e -> e.dates().finish())
        .max(java.time.LocalDate::compareTo)
        .map(Object::toString)
        .orElse(s.roadmap().start().toString());
  }

  private static void missions(Schedule s, StringBuilder b) {
    Roadmap r = s.roadmap();
    if (r.missions().isEmpty()) {
      return;
    }
    b.append("\n## Missions\n\n");
    b.append("| mission | from → to | transfer | date | status |\n");
    b.append("| --- | --- | --- | --- | --- |\n");
    var states = MissionStates.on(s, r.asOf() != null ? r.asOf() : s.finish());
    for (MissionStates.State st : states) {
      var m = st.mission();
      b.append("| ")
          .append(named(m.name(), m.id()))
          .append(" | ")
          .append(m.from() == null ? "" : code(m.from().id()))
          .append(" → ")
          .append(m.to() == null ? "" : code(m.to().id()))
          .append(" | ");
      if (st.transfer() == null) {
        b.append("none | | |\n");
        continue;
      }
      b.append(code(st.transfer().milestone().id()))
          .append(" | ")
          .append(date(st.transfer()))
          .append(" | ")
          .append(st.transfer().milestone().status().key())
          .append(" |\n");
    }
  }

  private static void phase(Phase p, List<Schedule.Entry> entries, int number, StringBuilder b) {
    b.append("\n## Phase ")
        .append(number)
        .append(": ")
        .append(Markdown.text(p.name() == null ? p.id() : p.name()));
    b.append("\n\n`").append(p.id()).append('`');
    if (p.start() != null && p.end() != null) {
      b.append(", ").append(p.start()).append(" to ").append(p.end());
    } else if (p.start() != null) {
      b.append(", from ").append(p.start());
    } else if (p.end() != null) {
      b.append(", until ").append(p.end());
    }
    b.append(".\n\n");
    if (entries.isEmpty()) {
      b.append("No milestones.\n");
      return;
    }
    b.append("| date | milestone | kind | mission | status | prerequisites |\n");
    b.append("| --- | --- | --- | --- | --- | --- |\n");
    for (Schedule.Entry e : entries) {
      Milestone m = e.milestone();
      String name = named(m.title(), m.id());
      b.append("| ")
          .append(date(e))
          .append(" | ")
          .append(e.critical() ? "**" + name + "**" : name)
          .append(" | ")
          .append(m.kind().key())
          .append(" | ")
          .append(m.mission() == null ? "" : code(m.mission().id()))
          .append(" | ")
          .append(m.status().key())
          .append(" | ")
          .append(
              m.requires().stream()
                  .map(MarkdownRenderer::prerequisite)
                  .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
  }

  private static String prerequisite(Dependency d) {
    String s = code(d.targetId());
    String type =
        switch (d.type()) {
          case FINISH_TO_START -> "";
          case START_TO_START -> "SS";
          case FINISH_TO_FINISH -> "FF";
        };
    String lag = d.lagDays() == 0 ? "" : lag(d.lagDays());
    String extra = (type + " " + lag).strip();
    return extra.isEmpty() ? s : s + " (" + extra + ")";
  }

  /** A signed lag in weeks when it is whole weeks, else in days: "+37w", "-3d". */
  static String lag(int days) {
    String sign = days > 0 ? "+" : "";
    return days % 7 == 0 ? sign + days / 7 + "w" : sign + days + "d";
  }

  private static String date(Schedule.Entry e) {
    String d = e.dates().display().replace("..", " to ");
    return e.pinned() ? d : "*" + d + "*";
  }

  private static String named(String name, String id) {
    return name == null || name.isEmpty() ? code(id) : Markdown.text(name) + " (" + code(id) + ")";
  }

  private static String code(String id) {
    return "`" + id + "`";
  }
}
