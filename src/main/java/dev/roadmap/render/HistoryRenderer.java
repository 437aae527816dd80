package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.plan.History;
import java.io.IOException;
import java.util.List;

/**
 * A {@link History} as terminal text, as GitHub-flavoured Markdown for a pull request comment, and
 * as JSON in the versioned {@link JsonEnvelope}. Each moved milestone gets its dates, one line or
 * row for its first revision and one for each revision that moved it, and its total slip; a
 * computed date is marked {@code ~} (in italics in Markdown). Deterministic: revision order, then
 * the order the milestones first appear.
 */
public final class HistoryRenderer {
  /** Version of the JSON document; raised only when a field changes meaning or disappears. */
  public static final int VERSION = 1;

  private HistoryRenderer() {}

  // ---------------------------------------------------------------------------------------------
  // Text

  /** The history for a terminal, its lines fitted to {@code width} (0: no limit). */
  public static String text(History h, Style style, int width) {
    StringBuilder b = new StringBuilder();
    b.append(style.bold(Printable.of(h.path()))).append(": ").append(summary(h)).append('\n');
    skippedText(h, b, width);
    for (History.Track t : h.tracks()) {
      b.append('\n');
      String title = t.title() == null ? "" : Printable.of(Html.oneLine(t.title()));
      String head = Printable.of(t.id());
      int room = width <= 0 ? 0 : width - TextFit.length(head) - 2;
      b.append(style.bold(head));
      if (!title.isEmpty() && (width <= 0 || room >= TextFit.MIN_TITLE)) {
        b.append("  ").append(TextFit.cut(title, room));
      }
      b.append('\n');
      b.append("  ").append(slip(t)).append('\n');
      int commitW = 0;
      int dateW = 0;
      int daysW = 0;
      for (History.Point p : t.points()) {
        commitW = Math.max(commitW, h.revisions().get(p.revision()).shortCommit().length());
        dateW = Math.max(dateW, TextFit.length(date(p)));
        daysW = Math.max(daysW, days(p).length());
      }
      for (History.Point p : t.points()) {
        History.Revision r = h.revisions().get(p.revision());
        String cells =
            "  "
                + r.day()
                + "  "
                + pad(r.shortCommit(), commitW)
                + "  "
                + pad(date(p), dateW)
                + "  "
                + " ".repeat(daysW - days(p).length())
                + days(p);
        String subject = Printable.of(r.subject());
        int left = width <= 0 ? 0 : width - TextFit.length(cells) - 2;
        b.append(p.days() > 0 ? style.yellow(cells) : cells);
        if (!subject.isEmpty() && (width <= 0 || left >= TextFit.MIN_TITLE)) {
          b.append("  ").append(TextFit.cut(subject, left));
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  private static void skippedText(History h, StringBuilder b, int width) {
    List<History.Revision> skipped = h.skipped();
    if (skipped.isEmpty()) {
      return;
    }
    b.append("skipped ").append(Plural.of(skipped.size(), "revision")).append(":\n");
    for (History.Revision r : skipped) {
      String reason = Printable.of(Html.oneLine(r.skipped()));
      b.append(TextFit.cut("  " + r.day() + "  " + r.shortCommit() + "  " + reason, width));
      b.append('\n');
    }
  }

  /** "3 revisions, 2007-06-28 to 2014-10-23; 1 milestone moved". */
  static String summary(History h) {
    List<History.Revision> rs = h.revisions();
    if (rs.isEmpty()) {
      return "no revision in the range";
    }
    StringBuilder s = new StringBuilder(Plural.of(rs.size(), "revision"));
    s.append(", ").append(rs.get(0).day());
    if (rs.size() > 1) {
      s.append(" to ").append(rs.get(rs.size() - 1).day());
    }
    if (!h.skipped().isEmpty()) {
      s.append(" (").append(h.skipped().size()).append(" skipped)");
    }
    long moved = h.movedCount();
    s.append("; ")
        .append(moved == 0 ? "no milestone" : Plural.of(moved, "milestone"))
        .append(" moved");
    return s.toString();
  }

  /** "slipped +1323d: 2012-04-17 -> 2015-12-01", or "did not move: 2012-04-17". */
  static String slip(History.Track t) {
    if (!t.moved()) {
      return "did not move: " + dated(t.first());
    }
    long d = t.slipDays();
    String word = d > 0 ? "slipped " : d < 0 ? "moved earlier " : "moved and came back ";
    return word
        + DiffWords.delta(d)
        + " in all: "
        + dated(t.first())
        + " -> "
        + dated(t.last())
        + ", moved by "
        + Plural.of(t.points().stream().filter(p -> p.days() != 0).count(), "revision");
  }

  private static String dated(History.Dated d) {
    return (d.pinned() ? "" : "~") + d.text();
  }

  private static String date(History.Point p) {
    return p.dated() == null ? "removed" : dated(p.dated());
  }

  private static String days(History.Point p) {
    return p.days() == 0 ? "" : DiffWords.delta(p.days());
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - TextFit.length(s)));
  }

  // ---------------------------------------------------------------------------------------------
  // Markdown

  /** The history as a pull request comment: a heading, the summary, then a table per milestone. */
  public static String markdown(History h) {
    StringBuilder b = new StringBuilder();
    b.append("### Milestone history: `").append(h.path().replace("`", "'")).append("`\n\n");
    b.append("**").append(Markdown.text(summary(h))).append("**\n");
    for (History.Track t : h.tracks()) {
      b.append("\n#### ")
          .append(Markdown.named(Html.oneLine(nz(t.title())), t.id()))
          .append("\n\n");
      b.append(Markdown.text(slip(t).replace(" -> ", " → "))).append("\n\n");
      b.append("| revision | commit | date | moved | subject |\n");
      b.append("| --- | --- | --- | ---: | --- |\n");
      for (History.Point p : t.points()) {
        History.Revision r = h.revisions().get(p.revision());
        String date =
            p.dated() == null
                ? "removed"
                : p.dated().pinned() ? p.dated().text() : "*~" + p.dated().text() + "*";
        b.append("| ")
            .append(r.day())
            .append(" | `")
            .append(r.shortCommit())
            .append("` | ")
            .append(date)
            .append(" | ")
            .append(p.days() > 0 ? "**" + days(p) + "**" : days(p))
            .append(" | ")
            .append(Markdown.text(r.subject()))
            .append(" |\n");
      }
    }
    List<History.Revision> skipped = h.skipped();
    if (!skipped.isEmpty()) {
      b.append("\n<details><summary>")
          .append(Plural.of(skipped.size(), "revision"))
          .append(" skipped</summary>\n\n");
      for (History.Revision r : skipped) {
        b.append("- `")
            .append(r.shortCommit())
            .append("` ")
            .append(r.day())
            .append(": ")
            .append(Markdown.text(r.skipped()))
            .append('\n');
      }
      b.append("\n</details>\n");
    }
    b.append("\n<sub>A date marked ~ is computed by the scheduler at that revision.</sub>\n");
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  // ---------------------------------------------------------------------------------------------
  // JSON

  /**
   * The history as JSON ({@code "version": 1}): the file, every revision (commit, date, subject,
   * path, and why it was skipped), and each milestone shown with its slip and its dates.
   */
  public static String json(History h) {
    return JsonEnvelope.write(VERSION, g -> jsonFields(g, h));
  }

  private static void jsonFields(JsonGenerator g, History h) throws IOException {
    g.writeStringField("file", h.path());
    g.writeStringField("summary", summary(h));
    g.writeArrayFieldStart("revisions");
    for (History.Revision r : h.revisions()) {
      g.writeStartObject();
      g.writeStringField("commit", r.commit());
      g.writeStringField("shortCommit", r.shortCommit());
      g.writeStringField("date", r.date().toString());
      g.writeStringField("subject", r.subject());
      g.writeStringField("path", r.path());
      g.writeStringField("skipped", r.skipped());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("milestones");
    for (History.Track t : h.tracks()) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeStringField("title", t.title());
      g.writeBooleanField("moved", t.moved());
      g.writeNumberField("slipDays", t.slipDays());
      g.writeArrayFieldStart("dates");
      for (History.Point p : t.points()) {
        g.writeStartObject();
        g.writeStringField("commit", h.revisions().get(p.revision()).commit());
        if (p.dated() == null) {
          g.writeBooleanField("removed", true);
        } else {
          g.writeStringField("date", p.dated().date().toString());
          g.writeStringField("precision", p.dated().precision().key());
          g.writeBooleanField("pinned", p.dated().pinned());
          g.writeNumberField("days", p.days());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
