package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.Schedule;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the views and exports say that a filter by owner and label ({@link DetailFilter}) leaves
 * milestones out, so that no reader takes a part for the whole plan.
 */
final class FilterText {
  private FilterText() {}

  /** How many milestones of the schedule the filter lets through. */
  static long shown(Schedule s, DetailFilter f) {
    return s.milestones().values().stream().filter(e -> f.test(e.milestone())).count();
  }

  /**
   * {@link #sentence(DetailFilter, long, long)} of the schedule's milestones, or "" when there is
   * no filter.
   */
  static String sentence(Schedule s, DetailFilter f) {
    return f.isNone() ? "" : sentence(f, shown(s, f), s.milestones().size());
  }

  /** "owner 'usfk' or 'J5 plans' and label 'jsa'". */
  static String of(DetailFilter f) {
    StringBuilder b = new StringBuilder();
    if (!f.owners().isEmpty()) {
      b.append("owner ").append(values(f.owners()));
    }
    if (!f.labels().isEmpty()) {
      b.append(b.length() == 0 ? "" : " and ").append("label ").append(values(f.labels()));
    }
    return b.toString();
  }

  private static String values(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(" or "));
  }

  /** "milestones with owner 'usfk'", for a title. */
  static String title(DetailFilter f) {
    return "milestones with " + of(f);
  }

  /**
   * "Only the 2 milestones with owner 'usfk' are shown (of 54); the dates, the counts and the
   * finish are the whole roadmap's.", or when none passes, "No milestone of the 54 has owner 'x',
   * so none is shown; ...".
   */
  static String sentence(DetailFilter f, long shown, long of) {
    if (shown == 0) {
      return none(f, of, "shown", "the counts and the finish are the whole roadmap's.");
    }
    return "Only the "
        + milestones(shown)
        + " with "
        + of(f)
        + (shown == 1 ? " is" : " are")
        + " shown (of "
        + of
        + "); the dates, the counts and the finish are the whole roadmap's.";
  }

  /** "No milestone of the 54 has owner 'x', so none is {@code verb}; {@code rest}". */
  static String none(DetailFilter f, long of, String verb, String rest) {
    return "No milestone of the " + of + " has " + of(f) + ", so none is " + verb + "; " + rest;
  }

  /** "milestone" for one, else "N milestones": what follows "only the". */
  static String milestones(long shown) {
    return shown == 1 ? "milestone" : shown + " milestones";
  }

  /**
   * The field {@code "filter": {"owner": [...], "label": [...]}} (each list only when given), or
   * nothing when there is no filter.
   */
  static void json(JsonGenerator g, DetailFilter f) throws IOException {
    if (f.isNone()) {
      return;
    }
    g.writeObjectFieldStart("filter");
    list(g, "owner", f.owners());
    list(g, "label", f.labels());
    g.writeEndObject();
  }

  private static void list(JsonGenerator g, String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
