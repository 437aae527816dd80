package dev.roadmap.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s with positions, through Jackson's streaming YAML parser.
 * Duplicate keys are reported (RM102) and dropped; anchors, aliases and merge keys ({@code <<}) are
 * resolved; a syntax error becomes one RM100 diagnostic.
 */
final class YamlReader {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final String file;
  private final String text;
  private final List<Diagnostic> diagnostics;
  private final Map<String, YamlNode> anchors = new HashMap<>();
  private YAMLParser parser;

  private YamlReader(String file, String text, List<Diagnostic> diagnostics) {
    this.file = file;
    this.text = text;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads the single document of {@code text}. Returns null when the text is not YAML, holds no
   * document, or holds several; a diagnostic then says why.
   */
  static YamlNode read(String file, String text, List<Diagnostic> diagnostics) {
    return new YamlReader(file, text, diagnostics).readDocument();
  }

  private YamlNode readDocument() {
    try (JsonParser p = FACTORY.createParser(text)) {
      parser = (YAMLParser) p;
      JsonToken first = parser.nextToken();
      if (first == null) {
        diagnostics.add(
            Diagnostic.of(
                Code.WRONG_TYPE,
                new Span(file, 1, 1, 1, 1),
                "the file holds no YAML document; a roadmap is a mapping",
                "start with 'roadmap: 1'; 'roadmap init' writes a starter file"));
        return null;
      }
      YamlNode root = readValue(first);
      JsonToken next = parser.nextToken();
      if (next != null) {
        Span at = startSpan();
        diagnostics.add(
            Diagnostic.of(
                Code.YAML_SYNTAX,
                at,
                "the file holds more than one YAML document; a roadmap file holds exactly one",
                "remove the '---' separator and everything after it, or split the file"));
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      diagnostics.add(syntaxError(e));
      return null;
    } catch (IOException e) {
      // Reading from a String cannot fail for I/O reasons; anything here is a parse failure.
      diagnostics.add(
          Diagnostic.of(Code.YAML_SYNTAX, new Span(file, 1, 1, 1, 1), "cannot parse: " + e));
      return null;
    }
  }

  private YamlNode readValue(JsonToken token) throws IOException {
    String anchor = parser.getCurrentAnchor();
    YamlNode node =
        switch (token) {
          case START_OBJECT -> readMapping();
          case START_ARRAY -> readSequence();
          default -> readScalarOrAlias();
        };
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private YamlNode readScalarOrAlias() throws IOException {
    Span span = tokenSpan();
    if (parser.isCurrentAlias()) {
      YamlNode target = anchors.get(parser.getText());
      if (target == null) {
        diagnostics.add(
            Diagnostic.of(
                Code.YAML_SYNTAX,
                span,
                "alias '*" + parser.getText() + "' names no anchor defined before it"));
        return new YamlNode.Scalar("", true, true, span);
      }
      return target;
    }
    return scalar(span);
  }

  private YamlNode.Scalar scalar(Span span) throws IOException {
    JsonToken t = parser.currentToken();
    String raw = t == JsonToken.VALUE_NULL && parser.getText() == null ? "" : parser.getText();
    int offset = (int) parser.currentTokenLocation().getCharOffset();
    char c = offset >= 0 && offset < text.length() ? text.charAt(offset) : ' ';
    boolean plain = c != '"' && c != '\'' && c != '|' && c != '>';
    boolean isNull =
        plain
            && (raw.isEmpty()
                || raw.equals("~")
                || raw.equals("null")
                || raw.equals("Null")
                || raw.equals("NULL"));
    return new YamlNode.Scalar(raw, plain, isNull, span);
  }

  private YamlNode.Mapping readMapping() throws IOException {
    Span start = startSpan();
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    List<YamlNode> merges = new ArrayList<>();
    Span last = start;
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
      // t is FIELD_NAME
      Span keySpan = tokenSpan();
      int offset = (int) parser.currentTokenLocation().getCharOffset();
      char c = offset >= 0 && offset < text.length() ? text.charAt(offset) : ' ';
      boolean plainKey = c != '"' && c != '\'';
      YamlNode.Scalar key = new YamlNode.Scalar(parser.currentName(), plainKey, false, keySpan);
      YamlNode value = readValue(parser.nextToken());
      last = value.span().isKnown() ? value.span() : keySpan;
      if (plainKey && key.text().equals("<<")) {
        merges.add(value);
        continue;
      }
      YamlNode.Entry previous = entries.get(key.text());
      if (previous != null) {
        diagnostics.add(
            Diagnostic.of(
                Code.DUPLICATE_KEY,
                keySpan,
                "duplicate key '"
                    + key.text()
                    + "' (first given at line "
                    + previous.key().span().line()
                    + ")",
                "remove one of the two; YAML keeps neither reliably"));
        continue;
      }
      entries.put(key.text(), new YamlNode.Entry(key, value));
    }
    for (YamlNode merge : merges) {
      mergeInto(entries, merge);
    }
    return new YamlNode.Mapping(List.copyOf(entries.values()), start.to(last));
  }

  /** YAML merge keys: entries of the merged mapping(s) that the mapping does not set itself. */
  private void mergeInto(Map<String, YamlNode.Entry> entries, YamlNode merge) {
    if (merge instanceof YamlNode.Mapping m) {
      for (YamlNode.Entry e : m.entries()) {
        entries.putIfAbsent(e.key().text(), e);
      }
    } else if (merge instanceof YamlNode.Sequence s) {
      for (YamlNode item : s.items()) {
        mergeInto(entries, item);
      }
    } else {
      diagnostics.add(
          Diagnostic.of(
              Code.WRONG_TYPE,
              merge.span(),
              "a merge key '<<' takes a mapping or a list of mappings, not " + merge.describe()));
    }
  }

  private YamlNode.Sequence readSequence() throws IOException {
    Span start = startSpan();
    List<YamlNode> items = new ArrayList<>();
    Span last = start;
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      YamlNode item = readValue(t);
      items.add(item);
      last = item.span();
    }
    Span end = tokenSpan();
    // A flow sequence ends at its ']'; a block sequence at its last item.
    int offset = (int) parser.currentTokenLocation().getCharOffset();
    if (offset >= 0 && offset < text.length() && text.charAt(offset) == ']') {
      last = end;
    }
    return new YamlNode.Sequence(List.copyOf(items), start.to(last));
  }

  private Span tokenSpan() {
    JsonLocation s = parser.currentTokenLocation();
    JsonLocation e = parser.currentLocation();
    int line = s.getLineNr();
    int col = s.getColumnNr();
    int endLine = e.getLineNr();
    int endCol = e.getColumnNr();
    if (endLine < line || (endLine == line && endCol < col)) {
      endLine = line;
      endCol = col;
    }
    return new Span(file, line, col, endLine, endCol);
  }

  /** A one-character span at the current token's start (for containers, whose end is unknown). */
  private Span startSpan() {
    JsonLocation s = parser.currentTokenLocation();
    return new Span(file, s.getLineNr(), s.getColumnNr(), s.getLineNr(), s.getColumnNr() + 1);
  }

  private Diagnostic syntaxError(JsonProcessingException e) {
    Throwable cause = e.getCause();
    String message;
    Span span;
    if (cause instanceof MarkedYAMLException m && m.getProblemMark() != null) {
      Mark mark = m.getProblemMark();
      span =
          new Span(
              file,
              mark.getLine() + 1,
              mark.getColumn() + 1,
              mark.getLine() + 1,
              mark.getColumn() + 2);
      message = m.getProblem();
      if (m.getContext() != null) {
        message = message + " (" + m.getContext() + contextLine(m) + ")";
      }
    } else {
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
      int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      span = new Span(file, line, col, line, col + 1);
      message = e.getOriginalMessage();
    }
    return Diagnostic.of(
        Code.YAML_SYNTAX, span, "invalid YAML: " + oneLine(message), syntaxHint(message));
  }

  private static String contextLine(MarkedYAMLException m) {
    Mark c = m.getContextMark();
    Mark p = m.getProblemMark();
    if (c == null || p == null || c.getLine() == p.getLine()) {
      return "";
    }
    return " at line " + (c.getLine() + 1);
  }

  private static String syntaxHint(String message) {
    if (message == null) {
      return null;
    }
    if (message.contains("\\t") || message.contains("tab")) {
      return "indent with spaces; YAML does not allow tabs for indentation";
    }
    if (message.contains("mapping values are not allowed")) {
      return "quote a value that contains ': ', or check the indentation of the line above";
    }
    if (message.contains("expected <block end>")) {
      return "check the indentation: items of one list or mapping must line up";
    }
    return null;
  }

  private static String oneLine(String s) {
    return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
  }
}
