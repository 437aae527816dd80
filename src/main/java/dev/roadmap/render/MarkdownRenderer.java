package dev.roadmap.render;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Details;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Source;
import dev.roadmap.plan.Deadlines;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.MissionStates;
import dev.roadmap.plan.Schedule;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule as GitHub-flavoured Markdown: a title and summary, the Mermaid gantt chart, the
 * mission table, a table per phase of the plan's timeline, and the cited sources as footnotes. When
 * some milestone gives an owner, labels, links or notes, every phase table has three more columns:
 * {@code owner}, {@code labels} and {@code notes and links}. Deterministic: no timestamps, file and
 * schedule order.
 */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  public static String render(Schedule s) {
    return render(s, ViewFindings.NONE);
  }

  /**
   * The schedule with the roadmap's findings: each milestone that has any is marked {@code ! RM303}
   * after its name (in the chart too), and a section "Findings" at the end lists them all.
   */
  public static String render(Schedule s, ViewFindings findings) {
    return render(s, findings, DetailFilter.NONE);
  }

  /**
   * As {@link #render(Schedule, ViewFindings)}, with the milestones {@code filter} lets through
   * alone in the chart and the phase tables (a phase left with none is left out), and the summary
   * saying so. The missions and the findings are the whole roadmap's.
   */
  public static String render(Schedule s, ViewFindings findings, DetailFilter filter) {
    Roadmap r = s.roadmap();
    List<ScheduledPhase> phases = ScheduledPhase.of(s, filter);
    StringBuilder b = new StringBuilder();
    b.append("# ").append(Markdown.text(ScheduleFacts.title(s))).append("\n\n");
    b.append("<!-- Exported by `roadmap export --format markdown` from ")
        .append(r.file())
        .append(". Do not edit: export again. -->\n\n");
    b.append(ScheduleFacts.summary(s));
    if (!filter.isNone()) {
      b.append(' ').append(Markdown.text(FilterText.sentence(s, filter)));
    }
    b.append("\n\n");
    b.append(
        "Dates in *italics* are computed by the scheduler from prerequisites and lags, not"
            + " agreed; the others are pinned in the roadmap, as precisely as it writes them (a"
            + " day, a month or a year). Milestones on the critical path are in **bold**."
            + (findings.all().isEmpty()
                ? ""
                : " Milestones with findings are marked **!** with their codes (see Findings).")
            + "\n\n");
    b.append("```mermaid\n")
        .append(MermaidRenderer.render(s, phases, findings, filter))
        .append("```\n");
    missions(s, b);
    Citations citations = Citations.of(r);
    DetailsText details = DetailsText.of(r);
    for (ScheduledPhase p : phases) {
      phase(p, b, findings, citations, details);
    }
    findings(s, b, findings);
    footnotes(citations, b);
    return b.toString();
  }

  /**
   * The cited sources as GFM footnote definitions, last in the document: GitHub numbers them in the
   * order of their first reference and lists them at the end, each linked back to its references.
   */
  private static void footnotes(Citations citations, StringBuilder b) {
    if (citations.cited().isEmpty()) {
      return;
    }
    b.append('\n');
    for (Source src : citations.cited()) {
      b.append("[^").append(src.id()).append("]: ").append(Markdown.text(Citations.describe(src)));
      String url = Citations.link(src.url());
      b.append(url == null ? "" : ". <" + url + ">").append('\n');
    }
  }

  /** The footnote references of a milestone's cited sources: {@code [^s2][^s6]}. */
  private static String footnoteReferences(Citations citations, Milestone m) {
    StringBuilder b = new StringBuilder();
    for (Source src : citations.of(m)) {
      b.append("[^").append(src.id()).append(']');
    }
    return b.toString();
  }

  /** The findings, each on one line: severity, code, line and message, and the hint. */
  private static void findings(Schedule s, StringBuilder b, ViewFindings findings) {
    if (findings.all().isEmpty()) {
      return;
    }
    b.append("\n## Findings\n\n")
        .append(findings.count())
        .append(" as of ")
        .append(s.roadmap().asOf())
        .append("; `roadmap validate` shows each in full.\n\n");
    for (Diagnostic d : findings.all()) {
      b.append("- **").append(d.severity().label()).append("** ").append(d.code().id());
      if (d.span().isKnown()) {
        b.append(", line ").append(d.span().line());
      }
      b.append(": ").append(Markdown.text(d.message()));
      if (d.hint() != null && !d.hint().isEmpty()) {
        b.append(" (").append(Markdown.text(d.hint())).append(')');
      }
      b.append('\n');
    }
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
          .append(Markdown.named(m.name(), m.id()))
          .append(" | ")
          .append(m.from() == null ? "" : Markdown.code(m.from()))
          .append(" → ")
          .append(m.to() == null ? "" : Markdown.code(m.to()))
          .append(" | ");
      if (st.transfer() == null) {
        b.append("none | | |\n");
        continue;
      }
      b.append(Markdown.code(st.transfer().milestone().id()))
          .append(" | ")
          .append(Markdown.dates(st.transfer()))
          .append(" | ")
          .append(st.transfer().milestone().status().key())
          .append(" |\n");
    }
  }

  private static void phase(
      ScheduledPhase sp,
      StringBuilder b,
      ViewFindings findings,
      Citations citations,
      DetailsText details) {
    Phase p = sp.phase();
    b.append("\n## Phase ")
        .append(sp.number())
        .append(": ")
        .append(Markdown.text(PhaseText.name(p)));
    b.append("\n\n`").append(p.id()).append('`');
    String window = PhaseText.window(p);
    if (!window.isEmpty()) {
      b.append(", ").append(window);
    }
    b.append(".\n\n");
    if (sp.entries().isEmpty()) {
      b.append("No milestones.\n");
      return;
    }
    b.append("| date | milestone | kind | mission | status | prerequisites | constraints |")
        .append(details.any() ? " owner | labels | notes and links |\n" : "\n");
    b.append("| --- | --- | --- | --- | --- | --- | --- |")
        .append(details.any() ? " --- | --- | --- |\n" : "\n");
    for (Schedule.Entry e : sp.entries()) {
      Milestone m = e.milestone();
      String name = Markdown.named(m.title(), m.id());
      String mark = findings.mark(m.id());
      b.append("| ")
          .append(Markdown.dates(e))
          .append(" | ")
          .append(e.critical() ? "**" + name + "**" : name)
          .append(footnoteReferences(citations, m))
          .append(mark.isEmpty() ? "" : " **" + mark + "**")
          .append(" | ")
          .append(m.kind().key())
          .append(" | ")
          .append(m.mission() == null ? "" : Markdown.code(m.mission()))
          .append(" | ")
          .append(m.status().key())
          .append(" | ");
      String sep = "";
      for (Dependency d : m.requires()) {
        b.append(sep).append(prerequisite(d));
        sep = ", ";
      }
      String bounds = Markdown.text(ScheduleFacts.constraints(e));
      b.append(" | ")
          .append(Deadlines.missedBy(e) > 0 ? "**" + bounds + "**" : bounds)
          .append(" |");
      if (details.any()) {
        details(details, m.details(), b);
      }
      b.append('\n');
    }
  }

  /**
   * The owner (an authority's id as code), the labels and the notes and links of a milestone's row,
   * each cell escaped: a note's line breaks fold into spaces, and its pipes and HTML are text.
   */
  private static void details(DetailsText details, Details d, StringBuilder b) {
    b.append(' ');
    if (d.owner() != null) {
      b.append(
          details.isAuthority(d.owner()) ? Markdown.code(d.owner()) : Markdown.text(d.owner()));
    }
    b.append(" | ");
    b.append(String.join(", ", d.labels().stream().map(Markdown::text).toList()));
    b.append(" | ");
    List<String> parts = new ArrayList<>();
    if (d.notes() != null) {
      parts.add(Markdown.text(d.notes()));
    }
    d.links().forEach(l -> parts.add(Markdown.link(l)));
    b.append(String.join(" · ", parts)).append(" |");
  }

  private static String prerequisite(Dependency d) {
    String s = Markdown.code(d.target());
    String label = LinkText.label(d);
    return label.isEmpty() ? s : s + " (" + label + ")";
  }
}
