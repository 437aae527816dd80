package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.model.Extensions;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The {@code x-} keys of a mapping in JSON, each under its own key with its value as read. */
final class ExtensionJson {
  private ExtensionJson() {}

  /** Writes each key of {@code x} as a field of the object being written. */
  static void write(JsonGenerator g, Extensions x) throws IOException {
    for (Map.Entry<String, Object> e : x.values().entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof BigInteger n) {
      g.writeNumber(n);
    } else if (v instanceof BigDecimal n) {
      g.writeNumber(n);
    } else if (v instanceof List<?> items) {
      g.writeStartArray();
      for (Object i : items) {
        value(g, i);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeString(String.valueOf(v));
    }
  }
}
