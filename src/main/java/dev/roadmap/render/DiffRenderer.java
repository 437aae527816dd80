package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.plan.RoadmapDiff;
import dev.roadmap.plan.Schedule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RoadmapDiff} as text for a terminal, as GitHub-flavoured Markdown for a pull request
 * comment, and as JSON in a versioned envelope. Deterministic: the diff's order, no timestamps.
 */
public final class DiffRenderer {
  /** Version of the JSON envelope; raised only when a field changes meaning or disappears. */
  public static final int VERSION = 1;

  private DiffRenderer() {}

  // ---------------------------------------------------------------- summary

  /**
   * One line that says what changed, for example "3 milestones moved, 1 transfer later by 45 days";
   * "no changes" when nothing did.
   */
  public static String summary(RoadmapDiff d) {
    List<String> parts = new ArrayList<>();
    if (!d.moved().isEmpty()) {
      parts.add(Plural.of(d.moved().size(), "milestone") + " moved");
    }
    List<Long> later = new ArrayList<>();
    List<Long> earlier = new ArrayList<>();
    int otherTransfers = 0;
    for (RoadmapDiff.MissionTransfer t : d.missionTransfers()) {
      if (t.finishDays() != null && t.finishDays() > 0) {
        later.add(t.finishDays());
      } else if (t.finishDays() != null && t.finishDays() < 0) {
        earlier.add(-t.finishDays());
      } else {
        otherTransfers++;
      }
    }
    transfers(parts, later, "later");
    transfers(parts, earlier, "earlier");
    if (otherTransfers > 0) {
      parts.add(Plural.of(otherTransfers, "transfer") + " changed");
    }
    count(parts, d.added().size(), "milestone", "added");
    count(parts, d.removed().size(), "milestone", "removed");
    count(parts, d.retitled().size(), "milestone", "retitled");
    count(parts, d.dependenciesAdded().size(), "prerequisite", "added");
    count(parts, d.dependenciesRemoved().size(), "prerequisite", "removed");
    count(parts, d.phaseChanges().size(), "milestone", "changed phase");
    if (!d.statusChanges().isEmpty()) {
      parts.add(Plural.of(d.statusChanges().size(), "status change"));
    }
    if (!d.otherChanges().isEmpty()) {
      parts.add(Plural.of(d.otherChanges().size(), "other change"));
    }
    count(parts, d.phasesAdded().size(), "phase", "added");
    count(parts, d.phasesRemoved().size(), "phase", "removed");
    count(parts, d.phasesChanged().size(), "phase", "changed");
    return parts.isEmpty() ? "no changes" : String.join(", ", parts);
  }

  private static void transfers(List<String> parts, List<Long> days, String direction) {
    if (days.isEmpty()) {
      return;
    }
    long max = days.stream().mapToLong(Long::longValue).max().orElse(0);
    parts.add(
        Plural.of(days.size(), "transfer")
            + " "
            + direction
            + " by "
            + (days.size() == 1 ? "" : "up to ")
            + Plural.of(max, "day"));
  }

  private static void count(List<String> parts, int n, String word, String what) {
    if (n > 0) {
      parts.add(Plural.of(n, word) + " " + what);
    }
  }

  // ---------------------------------------------------------------- text

  public static String text(RoadmapDiff d) {
    return text(d, Style.PLAIN);
  }

  public static String text(RoadmapDiff d, Style style) {
    StringBuilder b = new StringBuilder();
    b.append(d.oldFile()).append(" -> ").append(d.newFile()).append('\n');
    b.append(style.bold(summary(d))).append('\n');
    if (d.isEmpty()) {
      return b.toString();
    }
    boolean dates = false;
    if (!d.missionTransfers().isEmpty()) {
      dates = true;
      heading(b, style, "Transfers:");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"mission", "transfer", "was", "now", "finish"});
      for (RoadmapDiff.MissionTransfer t : d.missionTransfers()) {
        rows.add(
            new String[] {
              t.mission(),
              transferIds(t),
              t.old() == null ? " (none)" : day(t.old()),
              t.neu() == null ? " (none)" : day(t.neu()),
              t.finishDays() == null ? "" : delta(t.finishDays()) + direction(t.finishDays())
            });
      }
      TextTable.append(b, rows);
    }
    if (!d.moved().isEmpty()) {
      dates = true;
      heading(b, style, "Moved:");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"milestone", "was", "now", "start", "finish", "note"});
      for (RoadmapDiff.Moved m : d.moved()) {
        rows.add(
            new String[] {
              m.id(),
              textDates(m.old()),
              textDates(m.neu()),
              delta(m.startDays()),
              delta(m.finishDays()),
              note(m)
            });
      }
      TextTable.append(b, rows);
    }
    if (!d.added().isEmpty()) {
      dates = true;
      heading(b, style, "Added:");
      entries(b, d.added());
    }
    if (!d.removed().isEmpty()) {
      dates = true;
      heading(b, style, "Removed:");
      entries(b, d.removed());
    }
    if (!d.retitled().isEmpty()) {
      heading(b, style, "Retitled:");
      for (RoadmapDiff.Retitled r : d.retitled()) {
        b.append("  ").append(r.id()).append('\n');
        b.append("    was: ").append(oneLine(orNone(r.oldTitle()))).append('\n');
        b.append("    now: ").append(oneLine(orNone(r.newTitle()))).append('\n');
      }
    }
    if (!d.dependenciesRemoved().isEmpty() || !d.dependenciesAdded().isEmpty()) {
      heading(b, style, "Prerequisites:");
      for (RoadmapDiff.DependencyChange c : d.dependenciesRemoved()) {
        b.append("  - ").append(requires(c)).append('\n');
      }
      for (RoadmapDiff.DependencyChange c : d.dependenciesAdded()) {
        b.append("  + ").append(requires(c)).append('\n');
      }
    }
    List<String[]> fields = fields(d);
    if (!fields.isEmpty()) {
      heading(b, style, "Changed:");
      List<String[]> rows = new ArrayList<>();
      for (String[] f : fields) {
        rows.add(new String[] {f[0], f[1], oneLine(orNone(f[2])), "->", oneLine(orNone(f[3]))});
      }
      TextTable.append(b, rows);
    }
    if (!d.phasesAdded().isEmpty()
        || !d.phasesRemoved().isEmpty()
        || !d.phasesChanged().isEmpty()) {
      heading(b, style, "Phases:");
      for (Phase p : d.phasesAdded()) {
        b.append("  + ").append(p.id()).append(phaseText(p)).append('\n');
      }
      for (Phase p : d.phasesRemoved()) {
        b.append("  - ").append(p.id()).append(phaseText(p)).append('\n');
      }
      for (RoadmapDiff.PhaseWindowChange c : d.phasesChanged()) {
        if (c.renamed()) {
          b.append("  ")
              .append(c.id())
              .append(": name ")
              .append(oneLine(orNone(c.old().name())))
              .append(" -> ")
              .append(oneLine(orNone(c.neu().name())))
              .append('\n');
        }
        if (c.windowChanged()) {
          b.append("  ")
              .append(c.id())
              .append(": window ")
              .append(window(c.old()))
              .append(" -> ")
              .append(window(c.neu()))
              .append(windowDeltas(c))
              .append('\n');
        }
      }
    }
    if (dates) {
      b.append('\n').append(style.dim("~ computed date")).append('\n');
    }
    return b.toString();
  }

  private static void heading(StringBuilder b, Style style, String title) {
    b.append('\n').append(style.bold(title)).append('\n');
  }

  private static void entries(StringBuilder b, List<Schedule.Entry> list) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"milestone", "dates", "phase", "kind", "status", "title"});
    for (Schedule.Entry e : list) {
      Milestone m = e.milestone();
      rows.add(
          new String[] {
            m.id(),
            textDates(e),
            m.phase() == null ? "" : m.phase().id(),
            m.kind().key(),
            m.status().key(),
            oneLine(orEmpty(m.title()))
          });
    }
    TextTable.append(b, rows);
  }

  /** Dates as the timeline shows them: {@code ~} marks computed ones, a space pinned ones. */
  private static String textDates(Schedule.Entry e) {
    return (e.pinned() ? " " : "~") + e.dates().display();
  }

  private static String day(Schedule.Entry e) {
    return (e.pinned() ? " " : "~") + e.dates().finish();
  }

  private static String transferIds(RoadmapDiff.MissionTransfer t) {
    if (t.old() != null && t.neu() != null) {
      String o = t.old().milestone().id();
      String n = t.neu().milestone().id();
      return o.equals(n) ? n : o + " -> " + n;
    }
    return t.neu() != null ? t.neu().milestone().id() : t.old().milestone().id();
  }

  private static String direction(long days) {
    return days > 0 ? " later" : days < 0 ? " earlier" : "";
  }

  /** What makes a moved milestone matter: its mission's transfer, its deadline, its pinning. */
  private static String note(RoadmapDiff.Moved m) {
    List<String> notes = new ArrayList<>();
    Milestone n = m.neu().milestone();
    if (m.watched() && n.kind() == Kind.TRANSFER && n.mission() != null) {
      notes.add("transfer of " + n.mission().id());
    }
    if (n.deadline() != null && n.status().isLive()) {
      long spare = ChronoUnit.DAYS.between(m.neu().dates().finish(), n.deadline());
      notes.add(
          "deadline "
              + n.deadline()
              + (spare >= 0 ? ", " + Plural.of(spare, "day") + " to spare" : ", missed"));
    }
    if (m.old().pinned() != m.neu().pinned()) {
      notes.add(m.neu().pinned() ? "now pinned" : "now computed");
    }
    return String.join("; ", notes);
  }

  private static String requires(RoadmapDiff.DependencyChange c) {
    return c.milestone() + " requires " + c.prerequisite() + link(c);
  }

  /** " (start-to-start, lag +14d)"; nothing for a plain finish-to-start link. */
  private static String link(RoadmapDiff.DependencyChange c) {
    if (c.type() == DependencyType.FINISH_TO_START && c.lagDays() == 0) {
      return "";
    }
    StringBuilder b = new StringBuilder(" (").append(c.type().key());
    if (c.lagDays() != 0) {
      b.append(", lag ").append(delta(c.lagDays()));
    }
    return b.append(')').toString();
  }

  /** Phase, status and other field changes as rows {milestone, field, was, now}. */
  private static List<String[]> fields(RoadmapDiff d) {
    List<String[]> out = new ArrayList<>();
    for (RoadmapDiff.PhaseChange c : d.phaseChanges()) {
      out.add(new String[] {c.milestone(), "phase", c.oldPhase(), c.newPhase()});
    }
    for (RoadmapDiff.StatusChange c : d.statusChanges()) {
      out.add(new String[] {c.milestone(), "status", c.oldStatus().key(), c.newStatus().key()});
    }
    for (RoadmapDiff.FieldChange c : d.otherChanges()) {
      out.add(new String[] {c.milestone(), c.field(), c.oldValue(), c.newValue()});
    }
    return out;
  }

  private static String phaseText(Phase p) {
    return ": " + (p.name() == null ? "" : oneLine(p.name()) + ", ") + window(p);
  }

  /** "2004-01-01..2004-12-31", "from 2004-01-01", "until 2004-12-31" or "no window". */
  private static String window(Phase p) {
    if (p.start() != null && p.end() != null) {
      return p.start() + ".." + p.end();
    }
    if (p.start() != null) {
      return "from " + p.start();
    }
    if (p.end() != null) {
      return "until " + p.end();
    }
    return "no window";
  }

  /** " (start +92d, end +181d)": how each bound of a window that has one on both sides moved. */
  private static String windowDeltas(RoadmapDiff.PhaseWindowChange c) {
    List<String> parts = new ArrayList<>();
    bound(parts, "start", c.old().start(), c.neu().start());
    bound(parts, "end", c.old().end(), c.neu().end());
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static void bound(List<String> parts, String name, LocalDate o, LocalDate n) {
    if (o != null && n != null && !o.equals(n)) {
      parts.add(name + " " + delta(ChronoUnit.DAYS.between(o, n)));
    }
  }

  /** "+45d", "-3d" or "0d". */
  static String delta(long days) {
    return (days > 0 ? "+" : "") + days + "d";
  }

  private static String orNone(String s) {
    return s == null ? "(none)" : s;
  }

  /** Line breaks folded into spaces, so that a title stays on its row. */
  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  // ---------------------------------------------------------------- markdown

  /**
   * The diff as a pull request comment: a heading, the summary in bold, then a GFM table per kind
   * of change. Deltas are written {@code +45d} / {@code -3d}; a later finish is in bold, and a
   * transfer or deadline milestone that finishes later is flagged with a warning sign.
   */
  public static String markdown(RoadmapDiff d) {
    StringBuilder b = new StringBuilder();
    b.append("### Roadmap diff: ")
        .append(codeSpan(d.oldFile()))
        .append(" → ")
        .append(codeSpan(d.newFile()))
        .append("\n\n");
    b.append("**").append(Markdown.text(summary(d))).append("**\n");
    if (d.isEmpty()) {
      return b.toString();
    }
    boolean dates = false;
    if (!d.missionTransfers().isEmpty()) {
      dates = true;
      mdHeading(b, "Transfers", "mission", "transfer", "was", "now", "finish");
      for (RoadmapDiff.MissionTransfer t : d.missionTransfers()) {
        String ids =
            t.old() != null
                    && t.neu() != null
                    && !t.old().milestone().id().equals(t.neu().milestone().id())
                ? code(t.old().milestone().id()) + " → " + code(t.neu().milestone().id())
                : code((t.neu() != null ? t.neu() : t.old()).milestone().id());
        row(
            b,
            code(t.mission()),
            ids,
            t.old() == null ? "none" : mdDay(t.old()),
            t.neu() == null ? "none" : mdDay(t.neu()),
            t.finishDays() == null
                ? ""
                : mdDelta(t.finishDays())
                    + direction(t.finishDays())
                    + (t.finishDays() > 0 ? " ⚠️" : ""));
      }
    }
    if (!d.moved().isEmpty()) {
      dates = true;
      mdHeading(b, "Moved", "milestone", "was", "now", "start", "finish", "note");
      for (RoadmapDiff.Moved m : d.moved()) {
        String note = Markdown.text(note(m));
        if (m.watched() && m.finishDays() > 0) {
          note = "⚠️ " + note;
        }
        row(
            b,
            named(m.neu().milestone()),
            mdDates(m.old()),
            mdDates(m.neu()),
            delta(m.startDays()),
            mdDelta(m.finishDays()),
            note);
      }
    }
    if (!d.added().isEmpty()) {
      dates = true;
      mdEntries(b, "Added", d.added());
    }
    if (!d.removed().isEmpty()) {
      dates = true;
      mdEntries(b, "Removed", d.removed());
    }
    if (!d.retitled().isEmpty()) {
      mdHeading(b, "Retitled", "milestone", "was", "now");
      for (RoadmapDiff.Retitled r : d.retitled()) {
        row(b, code(r.id()), Markdown.text(r.oldTitle()), Markdown.text(r.newTitle()));
      }
    }
    if (!d.dependenciesRemoved().isEmpty() || !d.dependenciesAdded().isEmpty()) {
      mdHeading(b, "Prerequisites", "milestone", "prerequisite", "link", "change");
      for (RoadmapDiff.DependencyChange c : d.dependenciesRemoved()) {
        row(b, code(c.milestone()), code(c.prerequisite()), mdLink(c), "removed");
      }
      for (RoadmapDiff.DependencyChange c : d.dependenciesAdded()) {
        row(b, code(c.milestone()), code(c.prerequisite()), mdLink(c), "added");
      }
    }
    List<String[]> fields = fields(d);
    if (!fields.isEmpty()) {
      mdHeading(b, "Changed", "milestone", "field", "was", "now");
      for (String[] f : fields) {
        row(b, code(f[0]), f[1], mdValue(f[2]), mdValue(f[3]));
      }
    }
    if (!d.phasesAdded().isEmpty()
        || !d.phasesRemoved().isEmpty()
        || !d.phasesChanged().isEmpty()) {
      mdHeading(b, "Phases", "phase", "change", "was", "now");
      for (Phase p : d.phasesAdded()) {
        row(b, code(p.id()), "added", "", mdPhase(p));
      }
      for (Phase p : d.phasesRemoved()) {
        row(b, code(p.id()), "removed", mdPhase(p), "");
      }
      for (RoadmapDiff.PhaseWindowChange c : d.phasesChanged()) {
        if (c.renamed()) {
          row(b, code(c.id()), "name", mdValue(c.old().name()), mdValue(c.neu().name()));
        }
        if (c.windowChanged()) {
          row(
              b,
              code(c.id()),
              "window" + Markdown.text(windowDeltas(c)),
              mdWindow(c.old()),
              mdWindow(c.neu()));
        }
      }
    }
    if (dates) {
      b.append(
          "\nDates in *italics* are computed by the scheduler; the others are pinned in the"
              + " roadmap.\n");
    }
    return b.toString();
  }

  private static void mdHeading(StringBuilder b, String title, String... columns) {
    b.append("\n#### ").append(title).append("\n\n|");
    for (String c : columns) {
      b.append(' ').append(c).append(" |");
    }
    b.append("\n|");
    for (int i = 0; i < columns.length; i++) {
      b.append(" --- |");
    }
    b.append('\n');
  }

  private static void row(StringBuilder b, String... cells) {
    b.append('|');
    for (String c : cells) {
      b.append(' ').append(c).append(c.isEmpty() ? "|" : " |");
    }
    b.append('\n');
  }

  private static void mdEntries(StringBuilder b, String title, List<Schedule.Entry> list) {
    mdHeading(b, title, "milestone", "dates", "phase", "kind", "status");
    for (Schedule.Entry e : list) {
      Milestone m = e.milestone();
      row(
          b,
          named(m),
          mdDates(e),
          m.phase() == null ? "" : code(m.phase().id()),
          m.kind().key(),
          m.status().key());
    }
  }

  /** "Title (`id`)", as the exported Markdown names a milestone. */
  private static String named(Milestone m) {
    return m.title() == null || m.title().isEmpty()
        ? code(m.id())
        : Markdown.text(m.title()) + " (" + code(m.id()) + ")";
  }

  private static String mdDates(Schedule.Entry e) {
    String d = e.dates().display().replace("..", " to ");
    return e.pinned() ? d : "*" + d + "*";
  }

  private static String mdDay(Schedule.Entry e) {
    String d = e.dates().finish().toString();
    return e.pinned() ? d : "*" + d + "*";
  }

  /** A later finish in bold. */
  private static String mdDelta(long days) {
    return days > 0 ? "**" + delta(days) + "**" : delta(days);
  }

  private static String mdLink(RoadmapDiff.DependencyChange c) {
    return c.type().key() + (c.lagDays() == 0 ? "" : ", lag " + delta(c.lagDays()));
  }

  private static String mdValue(String s) {
    return s == null ? "none" : Markdown.text(s);
  }

  private static String mdPhase(Phase p) {
    return (p.name() == null ? "" : Markdown.text(p.name()) + ", ") + mdWindow(p);
  }

  private static String mdWindow(Phase p) {
    return window(p).replace("..", " to ");
  }

  /** An id in a code span (ids cannot hold a backtick or a pipe). */
  private static String code(String id) {
    return "`" + id + "`";
  }

  /** A file name in a code span, or escaped text when it holds a backtick. */
  private static String codeSpan(String s) {
    return s.indexOf('`') < 0 ? "`" + s + "`" : Markdown.text(s);
  }

  // ---------------------------------------------------------------- json

  /**
   * The diff as JSON in a versioned envelope ({@code "version": 1}); fields in a fixed order, lists
   * in the diff's order. Dates as in the export: {@code start}, {@code end} (exclusive), {@code
   * finish} (inclusive); deltas in days.
   */
  public static String json(RoadmapDiff d) {
    return JsonEnvelope.write(VERSION, g -> jsonFields(g, d));
  }

  private static void jsonFields(JsonGenerator g, RoadmapDiff d) throws IOException {
    g.writeStringField("old", d.oldFile());
    g.writeStringField("new", d.newFile());
    g.writeBooleanField("changed", !d.isEmpty());
    g.writeStringField("summary", summary(d));
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
    g.writeBooleanField("pinned", e.pinned());
    g.writeEndObject();
  }

  private static void dates(JsonGenerator g, Schedule.Entry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("start", e.dates().start().toString());
    g.writeStringField("end", e.dates().end().toString());
    g.writeStringField("finish", e.dates().finish().toString());
    g.writeBooleanField("pinned", e.pinned());
    g.writeEndObject();
  }

  private static void jsonEntries(JsonGenerator g, String name, List<Schedule.Entry> list)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Schedule.Entry e : list) {
      g.writeStartObject();
      ScheduleJsonRenderer.milestoneFields(g, e);
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
