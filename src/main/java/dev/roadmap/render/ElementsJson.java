package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.model.Mission;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Precision;
import dev.roadmap.model.Roadmap;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The roadmap's authorities, mission groups, missions and phases in JSON, each list in file order
 * and only when the roadmap has any: every element with its id, the fields it gives, and its {@code
 * x-} keys.
 */
final class ElementsJson {
  private ElementsJson() {}

  @FunctionalInterface
  private interface Element<T> {
    void fields(JsonGenerator g, T t) throws IOException;
  }

  static void write(JsonGenerator g, Roadmap r) throws IOException {
    list(
        g,
        "authorities",
        r.authorities(),
        (w, a) -> {
          w.writeStringField("id", a.id());
          optional(w, "name", a.name());
          ExtensionJson.write(w, a.extensions());
        });
    list(
        g,
        "groups",
        r.groups(),
        (w, m) -> {
          w.writeStringField("id", m.id());
          optional(w, "name", m.name());
          ExtensionJson.write(w, m.extensions());
        });
    list(g, "missions", r.missions(), ElementsJson::mission);
    list(g, "phases", r.phases(), ElementsJson::phase);
  }

  private static void mission(JsonGenerator g, Mission m) throws IOException {
    g.writeStringField("id", m.id());
    optional(g, "name", m.name());
    optional(g, "from", m.from());
    optional(g, "to", m.to());
    optional(g, "group", m.group());
    ExtensionJson.write(g, m.extensions());
  }

  private static void phase(JsonGenerator g, Phase p) throws IOException {
    g.writeStringField("id", p.id());
    optional(g, "name", p.name());
    date(g, "start", p.start(), p.startPrecision());
    date(g, "end", p.end(), p.endPrecision());
    ExtensionJson.write(g, p.extensions());
  }

  /** A date as written ({@code 2004}, {@code 2004-08}, {@code 2004-08-01}) and its precision. */
  private static void date(JsonGenerator g, String name, LocalDate d, Precision p)
      throws IOException {
    if (d != null) {
      g.writeStringField(name, p.format(d));
      g.writeStringField(name + "Precision", p.key());
    }
  }

  /** {@code "name": value}, or nothing when the value is null. */
  static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static <T> void list(JsonGenerator g, String name, List<T> items, Element<T> element)
      throws IOException {
    if (items.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T t : items) {
      g.writeStartObject();
      element.fields(g, t);
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
