package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.model.Details;
import dev.roadmap.model.Link;
import java.io.IOException;

/**
 * A milestone's {@code owner}, {@code labels}, {@code links} and {@code notes} in JSON, each only
 * when given, then its {@code x-} keys.
 */
final class DetailsJson {
  private DetailsJson() {}

  static void write(JsonGenerator g, Details d) throws IOException {
    if (d == Details.NONE) {
      return;
    }
    if (d.owner() != null) {
      g.writeStringField("owner", d.owner());
    }
    if (!d.labels().isEmpty()) {
      g.writeArrayFieldStart("labels");
      for (String l : d.labels()) {
        g.writeString(l);
      }
      g.writeEndArray();
    }
    if (!d.links().isEmpty()) {
      g.writeArrayFieldStart("links");
      for (Link l : d.links()) {
        g.writeStartObject();
        if (l.title() != null) {
          g.writeStringField("title", l.title());
        }
        g.writeStringField("url", l.url());
        ExtensionJson.write(g, l.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (d.notes() != null) {
      g.writeStringField("notes", d.notes());
    }
    ExtensionJson.write(g, d.extensions());
  }
}
