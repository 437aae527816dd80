package dev.roadmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Rules;
import dev.roadmap.diag.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Findings as SARIF 2.1.0, as GitHub code scanning reads it: one run whose driver lists every rule
 * (id, name, short and full description, help text and Markdown, default level, and a help URI when
 * a base is given), and one result per finding with a repository-relative URI and a 1-based region.
 * Deterministic: rules in catalogue order, results in file, line, column order.
 */
public final class SarifRenderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifRenderer() {}

  /**
   * @param reports the findings, one report per file
   * @param toolVersion the version of roadmap
   * @param uriOf maps a file name to the URI of its artifact (relative to the repository root when
   *     it lies inside it)
   * @param rulesUri base URI of docs/rules.md for each rule's {@code helpUri} (an anchor {@code
   *     #rm201} is added), or null for none
   */
  public static String render(
      List<FileReport> reports,
      String toolVersion,
      Function<String, String> uriOf,
      String rulesUri) {
    return JsonEnvelope.document(g -> log(g, reports, toolVersion, uriOf, rulesUri));
  }

  private static void log(
      JsonGenerator g,
      List<FileReport> reports,
      String toolVersion,
      Function<String, String> uriOf,
      String rulesUri)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "roadmap");
    g.writeStringField("version", toolVersion);
    g.writeStringField("semanticVersion", toolVersion);
    g.writeArrayFieldStart("rules");
    for (Code c : Code.values()) {
      rule(g, Rules.of(c), rulesUri);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    g.writeStringField("columnKind", "utf16CodeUnits");
    g.writeArrayFieldStart("results");
    for (FileReport r : reports) {
      for (Diagnostic d : r.diagnostics()) {
        result(g, d, uriOf.apply(r.file()));
      }
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void rule(JsonGenerator g, Rules.Rule r, String rulesUri) throws IOException {
    Code c = r.code();
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("name", camel(r.name()));
    text(g, "shortDescription", capitalise(c.summary()));
    text(g, "fullDescription", capitalise(c.summary()) + ". " + r.fix());
    g.writeObjectFieldStart("help");
    g.writeStringField("text", r.fix());
    g.writeStringField("markdown", helpMarkdown(r));
    g.writeEndObject();
    if (rulesUri != null) {
      g.writeStringField("helpUri", rulesUri + "#" + c.id().toLowerCase(Locale.ROOT));
    }
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(c.severity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString(c.family().label());
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, Diagnostic d, String uri) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", d.code().id());
    g.writeNumberField("ruleIndex", d.code().ordinal());
    g.writeStringField("level", level(d.severity()));
    String message = d.hint() == null ? d.message() : d.message() + ". Help: " + d.hint();
    text(g, "message", message);
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    if (!uri.contains(":")) {
      g.writeStringField("uriBaseId", "%SRCROOT%");
    }
    g.writeEndObject();
    var s = d.span();
    if (s.isKnown()) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", s.line());
      g.writeNumberField("startColumn", s.column());
      g.writeNumberField("endLine", Math.max(s.line(), s.endLine()));
      g.writeNumberField(
          "endColumn",
          s.endLine() > s.line() || s.endColumn() > s.column() ? s.endColumn() : s.column() + 1);
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String helpMarkdown(Rules.Rule r) {
    StringBuilder b = new StringBuilder();
    b.append("**")
        .append(r.code().id())
        .append("** `")
        .append(r.name())
        .append("`: ")
        .append(r.code().summary())
        .append(".\n\n")
        .append(r.fix())
        .append('\n');
    if (!r.bad().isBlank()) {
      b.append("\nBad:\n\n```yaml\n").append(r.bad()).append("```\n");
    }
    if (!r.good().isBlank()) {
      b.append("\nGood:\n\n```yaml\n").append(r.good()).append("```\n");
    }
    return b.toString();
  }

  private static String camel(String kebab) {
    StringBuilder b = new StringBuilder();
    boolean up = true;
    for (char ch : kebab.toCharArray()) {
      if (ch == '-') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
