package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import java.io.IOException;
import java.util.List;

/**
 * Diagnostics as JSON in a versioned envelope ({@code "version": 1}). Fields are written in a fixed
 * order; the layout is documented in docs/format.md.
 */
public final class DiagnosticJsonRenderer {
  /** Version of the envelope; raised only when a field changes meaning or disappears. */
  public static final int VERSION = 1;

  private DiagnosticJsonRenderer() {}

  public static String render(List<FileReport> reports) {
    return JsonEnvelope.write(VERSION, g -> fields(g, reports));
  }

  private static void fields(JsonGenerator g, List<FileReport> reports) throws IOException {
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
    g.writeNumberField("errors", Findings.count(reports, Severity.ERROR));
    g.writeNumberField("warnings", Findings.count(reports, Severity.WARNING));
    g.writeNumberField("notes", Findings.count(reports, Severity.INFO));
    g.writeEndObject();
  }

  static void write(JsonGenerator g, Diagnostic d) throws IOException {
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
}
