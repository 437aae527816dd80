package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Diagnostics as JSON in a versioned envelope ({@code "version": 1}). Fields are written in a fixed
 * order; the layout is documented in docs/format.md.
 */
public final class DiagnosticJsonRenderer {
  /** Version of the envelope; raised only when a field changes meaning or disappears. */
  public static final int VERSION = 1;

  private static final JsonFactory JSON = new JsonFactory();

  private DiagnosticJsonRenderer() {}

  public static String render(List<FileReport> reports) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.setPrettyPrinter(pretty());
      g.writeStartObject();
      g.writeNumberField("version", VERSION);
      g.writeStringField("tool", "roadmap");
      g.writeArrayFieldStart("files");
      for (FileReport r : reports) {
        g.writeStartObject();
        g.writeStringField("path", r.file());
        g.writeNumberField("errors", r.count(Severity.ERROR));
        g.writeNumberField("warnings", r.count(Severity.WARNING));
        g.writeNumberField("notes", r.count(Severity.INFO));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("diagnostics");
      for (FileReport r : reports) {
        for (Diagnostic d : r.diagnostics()) {
          write(g, d);
        }
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("files", reports.size());
      g.writeNumberField("errors", reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum());
      g.writeNumberField(
          "warnings", reports.stream().mapToLong(r -> r.count(Severity.WARNING)).sum());
      g.writeNumberField("notes", reports.stream().mapToLong(r -> r.count(Severity.INFO)).sum());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString() + "\n";
  }

  private static void write(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", d.code().id());
    g.writeStringField("severity", d.severity().label());
    g.writeStringField("file", d.span().file());
    if (d.span().isKnown()) {
      g.writeNumberField("line", d.span().line());
      g.writeNumberField("column", d.span().column());
      g.writeNumberField("endLine", d.span().endLine());
      g.writeNumberField("endColumn", d.span().endColumn());
    }
    g.writeStringField("message", d.message());
    if (d.hint() != null) {
      g.writeStringField("hint", d.hint());
    }
    g.writeEndObject();
  }

  public static DefaultPrettyPrinter pretty() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withObjectIndenter(indent)
        .withArrayIndenter(indent)
        .withSeparators(
            com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(
                    com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
  }
}
