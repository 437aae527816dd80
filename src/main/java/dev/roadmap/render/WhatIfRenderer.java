package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.plan.RoadmapDiff;
import dev.roadmap.plan.WhatIf;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a what-if as text, Markdown or JSON: the changes asked for, the diff of the
 * schedule they make (as {@code roadmap diff} shows it), and the findings about dates they newly
 * cause.
 */
public final class WhatIfRenderer {
  /** Version of the JSON envelope; raised only when a field changes meaning or disappears. */
  public static final int VERSION = 2;

  private static final String NOTHING_BREAKS = "Nothing breaks: no new finding.\n";

  private WhatIfRenderer() {}

  /** "a slips +30d, b is pinned to 2005-01-01". */
  static String describe(List<WhatIf.Change> changes) {
    List<String> parts = new ArrayList<>();
    for (WhatIf.Change c : changes) {
      if (c instanceof WhatIf.Slip s) {
        parts.add(s.id() + " slips " + (s.days() >= 0 ? "+" : "") + s.days() + "d");
      } else if (c instanceof WhatIf.Pin p) {
        parts.add(p.id() + " is pinned to " + p.date());
      }
    }
    return String.join(", ", parts);
  }

  /**
   * The what-if for a terminal: the question, the diff, then what breaks.
   *
   * @param changes the slips and pins asked for
   * @param diff the schedule after them against the schedule before
   * @param breaks findings about dates that the changes newly cause
   */
  public static String text(
      List<WhatIf.Change> changes, RoadmapDiff diff, List<Diagnostic> breaks) {
    return text(changes, diff, breaks, null);
  }

  /** {@link #text(List, RoadmapDiff, List)} as of {@code asOf}, named in the diff's header. */
  public static String text(
      List<WhatIf.Change> changes, RoadmapDiff diff, List<Diagnostic> breaks, LocalDate asOf) {
    StringBuilder b = new StringBuilder("What if " + describe(changes) + "?\n\n");
    b.append(DiffTextRenderer.render(diff, Style.PLAIN, asOf, asOf));
    b.append('\n');
    if (breaks.isEmpty()) {
      b.append(NOTHING_BREAKS);
    } else {
      b.append("Breaks (").append(breaks.size()).append("):\n");
      for (Diagnostic d : breaks) {
        var s = d.span();
        String where = s.file() + ":" + s.line() + ":" + s.column();
        b.append("  ").append(Findings.line(where, d)).append('\n');
      }
    }
    return b.toString();
  }

  /** As {@link #text}, for a pull request comment. */
  public static String markdown(
      List<WhatIf.Change> changes, RoadmapDiff diff, List<Diagnostic> breaks) {
    return markdown(changes, diff, breaks, null);
  }

  /** As {@link #text(List, RoadmapDiff, List, LocalDate)}, for a pull request comment. */
  public static String markdown(
      List<WhatIf.Change> changes, RoadmapDiff diff, List<Diagnostic> breaks, LocalDate asOf) {
    StringBuilder b = new StringBuilder("## What if " + describe(changes) + "?\n\n");
    b.append(DiffMarkdownRenderer.render(diff, asOf, asOf));
    b.append("\n### Breaks\n\n");
    if (breaks.isEmpty()) {
      b.append(NOTHING_BREAKS);
    } else {
      b.append("| location | code | finding |\n| --- | --- | --- |\n");
      for (Diagnostic d : breaks) {
        b.append("| ")
            .append(d.span().file())
            .append(':')
            .append(d.span().line())
            .append(" | ")
            .append(d.code().id())
            .append(" | ")
            .append(d.message().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    return b.toString();
  }

  /** As {@link #text}, in the {@link JsonEnvelope}; the diff as {@code roadmap diff} writes it. */
  public static String json(
      List<WhatIf.Change> changes, RoadmapDiff diff, List<Diagnostic> breaks) {
    return json(changes, diff, breaks, null);
  }

  /** As {@link #text(List, RoadmapDiff, List, LocalDate)}, with {@code asOf} (when known). */
  public static String json(
      List<WhatIf.Change> changes, RoadmapDiff diff, List<Diagnostic> breaks, LocalDate asOf) {
    return JsonEnvelope.write(VERSION, g -> fields(g, changes, diff, breaks, asOf));
  }

  private static void fields(
      JsonGenerator g,
      List<WhatIf.Change> changes,
      RoadmapDiff diff,
      List<Diagnostic> breaks,
      LocalDate asOf)
      throws IOException {
    if (asOf != null) {
      g.writeStringField("asOf", asOf.toString());
    }
    g.writeArrayFieldStart("changes");
    for (WhatIf.Change c : changes) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      if (c instanceof WhatIf.Slip s) {
        g.writeNumberField("slipDays", s.days());
      } else if (c instanceof WhatIf.Pin p) {
        g.writeStringField("pin", p.date().toString());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("breaks");
    for (Diagnostic d : breaks) {
      g.writeStartObject();
      g.writeStringField("code", d.code().id());
      g.writeStringField("file", d.span().file());
      g.writeNumberField("line", d.span().line());
      g.writeNumberField("column", d.span().column());
      g.writeStringField("message", d.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("diff");
    g.writeRawValue(DiffJsonRenderer.render(diff, asOf, asOf).strip());
  }
}
