package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The envelope of every JSON document roadmap writes: one object that opens with {@code "version":
 * N} (raised only when a field changes meaning or disappears) and {@code "tool": "roadmap"}, then
 * the document's own fields in the order written. Indented by two spaces, {@code ": "} between a
 * name and its value, {@code \n} line ends and a final newline.
 */
public final class JsonEnvelope {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonEnvelope() {}

  /** Writes the fields of a document, inside its object. */
  @FunctionalInterface
  public interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  /** A document of this version: the envelope's fields, then {@code fields}. */
  public static String write(int version, Fields fields) {
    return document(
        g -> {
          g.writeStartObject();
          g.writeNumberField("version", version);
          g.writeStringField("tool", "roadmap");
          fields.write(g);
          g.writeEndObject();
        });
  }

  /**
   * A document laid out as the envelope is but without its fields, for a format whose top level a
   * schema fixes (SARIF): {@code body} writes the whole value.
   */
  static String document(Fields body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.setPrettyPrinter(pretty());
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static DefaultPrettyPrinter pretty() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withObjectIndenter(indent)
        .withArrayIndenter(indent)
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
  }
}
