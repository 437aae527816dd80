package dev.roadmap.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML text into {@link YamlNode}s with positions, through Jackson's streaming YAML parser.
 * Duplicate keys are reported (RM102) and dropped; anchors, aliases and merge keys ({@code <<}) are
 * resolved; a syntax error becomes one RM100 diagnostic.
 *
 * <p>One list may be streamed instead of kept: the value of a given key of the root mapping (the
 * milestones). Each of its items is read as a tree of its own, handed to an {@link ItemSink} as
 * soon as it is complete, and dropped, so that the tree of a huge file is never whole in memory.
 */
final class YamlReader {
  private final String file;
  private final String text;
  private final Limits limits;
  private final ReadOptions options;
  private final List<Diagnostic> diagnostics;
  private final Map<String, YamlNode> anchors = new HashMap<>();
  private final String streamedKey;
  private final ItemSink sink;
  private TextParser parser;

  private boolean pumped;
  private int depth;
  private int aliases;
  private boolean streamedKeySeen;
  private YamlNode.Sequence streamed;

  private YamlReader(
      String file,
      String text,
      Limits limits,
      ReadOptions options,
      List<Diagnostic> diagnostics,
      String streamedKey,
      ItemSink sink) {
    this.file = file;
    this.text = text;
    this.limits = limits;
    this.options = options;
    this.diagnostics = diagnostics;
    this.streamedKey = streamedKey;
    this.sink = sink;
  }

  /** Takes the items of the streamed list, one at a time, in file order. */
  interface ItemSink {
    void item(YamlNode item);
  }

  /**
   * The document read, and the list that was streamed, if any.
   *
   * @param root the root node, or null when the text is not YAML, holds no document, or holds
   *     several, or is over a limit; a diagnostic then says why
   * @param streamed the node that stands in the root mapping for the streamed list: a list with the
   *     span of the list as written but no items (they went to the sink); null if no list was
   *     streamed
   * @param pumped true when SnakeYAML's parser ran on a thread of its own ({@link EventPump})
   */
  record Document(YamlNode root, YamlNode.Sequence streamed, boolean pumped) {}

  /**
   * Reads the single document of {@code text}. Returns null when the text is not YAML, holds no
   * document, or holds several, or is over a limit; a diagnostic then says why.
   */
  static YamlNode read(String file, String text, Limits limits, List<Diagnostic> diagnostics) {
    return readStreaming(file, text, limits, diagnostics, null, null, ReadOptions.DEFAULT).root();
  }

  /** {@link #readStreaming(String, String, Limits, List, String, ItemSink, ReadOptions)}. */
  static Document readStreaming(
      String file,
      String text,
      Limits limits,
      List<Diagnostic> diagnostics,
      String key,
      ItemSink sink) {
    return readStreaming(file, text, limits, diagnostics, key, sink, ReadOptions.DEFAULT);
  }

  /**
   * Reads the single document of {@code text} like {@link #read}, but streams the list that is the
   * value of {@code key} in the root mapping: its items go to {@code sink} as they are read, and
   * are not kept. Only the first such key is streamed (a duplicate is read, reported and dropped as
   * usual), and only a list written in place: an alias, or a list with an anchor (which something
   * could alias later), is read as a tree. A sink sees items before the reading ends, so a caller
   * must drop what it made of them when the root comes back null. A null key streams nothing.
   */
  static Document readStreaming(
      String file,
      String text,
      Limits limits,
      List<Diagnostic> diagnostics,
      String key,
      ItemSink sink,
      ReadOptions options) {
    YamlReader reader =
        new YamlReader(file, text, limits, options, diagnostics, key, key == null ? null : sink);
    YamlNode root = reader.readDocument();
    return new Document(root, root == null ? null : reader.streamed, reader.pumped);
  }

  /** A limit was reached; reading stops with one RM112 diagnostic. */
  private static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Diagnostic diagnostic;

    LimitReached(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }
  }

  private static LoaderOptions loaderOptions(Limits limits) {
    LoaderOptions options = new LoaderOptions();
    // SnakeYAML refuses more than 3 MiB of text by default: allow what --max-file-size allows.
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
    options.setNestingDepthLimit(limits.maxDepth());
    options.setMaxAliasesForCollections(limits.maxAliases());
    return options;
  }

  private static YAMLFactory factory(LoaderOptions options, Limits limits) {
    return new TextFactory(
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth() + 1)
                    .maxStringLength(Math.max(limits.maxScalarLength(), 1) + 1)
                    .build()));
  }

  /** Jackson's YAML factory, making {@link TextParser}s. */
  private static final class TextFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    TextFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
      return new TextParser(
          ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }
  }

  /**
   * Jackson's YAML parser without its guess at the type of each untagged value: this reader takes
   * every value as the text written (it decides null, dates and numbers itself, without YAML 1.1's
   * surprises), so matching SnakeYAML's resolver's regular expressions against every value, about a
   * tenth of the load of a big file, was wasted. Tagged values go the usual way.
   *
   * <p>Given an {@link EventPump}, it takes SnakeYAML's events from the pump's thread instead of
   * its own SnakeYAML parser (which then reads nothing).
   */
  private static final class TextParser extends YAMLParser {
    private EventPump pump;

    TextParser(
        IOContext ctxt,
        int parserFeatures,
        int formatFeatures,
        LoaderOptions options,
        ObjectCodec codec,
        Reader reader) {
      super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      String tag = scalar.getTag();
      if (tag != null && !tag.equals("!")) {
        return super._decodeScalar(scalar);
      }
      _textValue = scalar.getValue();
      _cleanedTextValue = null;
      return JsonToken.VALUE_STRING;
    }

    /** Where the current token starts: the start of its event. */
    Mark tokenStart() {
      return _lastEvent == null ? null : _lastEvent.getStartMark();
    }

    /** Where the current token ends: the end of its event. */
    Mark tokenEnd() {
      return _lastEvent == null ? null : _lastEvent.getEndMark();
    }

    /** The character offset of the current token, as {@code currentTokenLocation()} gives it. */
    int tokenOffset() {
      Mark m = tokenStart();
      return m == null ? -1 : m.getIndex();
    }

    /** The anchor of the current scalar, which Jackson does not report. */
    String scalarAnchor() {
      return _lastEvent instanceof ScalarEvent s ? s.getAnchor() : null;
    }

    void pumpFrom(EventPump pump) {
      this.pump = pump;
    }

    @Override
    protected Event getEvent() throws IOException {
      return pump != null ? pump.next() : super.getEvent();
    }

    @Override
    public void close() throws IOException {
      if (pump != null) {
        pump.stop();
      }
      super.close();
    }
  }

  private void limit(Span at, String what, long limit, String option) {
    throw new LimitReached(
        Diagnostic.of(
            Code.LIMIT_EXCEEDED,
            at,
            "the file exceeds the limit of " + limit + " " + what + "; it is not read further",
            "raise the limit with " + option + " if the file is genuine"));
  }

  private YamlNode readDocument() {
    LoaderOptions options = loaderOptions(limits);
    // A big text is parsed on a thread of its own, which starts before the prescan: the parse is
    // the longer of the two, and the prescan stops it if the text is not to be read.
    pumped =
        text.length() >= this.options.pumpMinChars()
            && Runtime.getRuntime().availableProcessors() > 1;
    EventPump pump = pumped ? EventPump.start(text, options) : null;
    if (!Prescan.check(file, text, limits, diagnostics)) {
      if (pump != null) {
        pump.stop();
      }
      return null;
    }
    try (JsonParser p = factory(options, limits).createParser(text)) {
      parser = (TextParser) p;
      if (pump != null) {
        parser.pumpFrom(pump);
      }
      JsonToken first = parser.nextToken();
      if (first == null) {
        diagnostics.add(
            Diagnostic.of(
                Code.WRONG_TYPE,
                new Span(file, 1, 1, 1, 1),
                "the file holds no YAML document; a roadmap is a mapping",
                "start with 'roadmap: 1', then 'title:', 'start:', 'phases:' and 'milestones:'"));
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
    } catch (LimitReached e) {
      diagnostics.add(e.diagnostic);
      return null;
    } catch (StreamConstraintsException e) {
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
      int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      Span at = new Span(file, line, col, line, col + 1);
      boolean depthLimit = String.valueOf(e.getMessage()).contains("depth");
      diagnostics.add(
          Diagnostic.of(
              Code.LIMIT_EXCEEDED,
              at,
              "the file exceeds the limit of "
                  + (depthLimit
                      ? limits.maxDepth() + " levels of nesting"
                      : limits.maxScalarLength() + " characters in one value")
                  + "; it is not read further",
              "raise the limit with "
                  + (depthLimit ? "--max-depth" : "--max-scalar-length")
                  + " if the file is genuine"));
      return null;
    } catch (JsonProcessingException e) {
      Diagnostic limit = limitFromYaml(e);
      diagnostics.add(limit != null ? limit : syntaxError(e));
      return null;
    } catch (IOException e) {
      // Reading from a String cannot fail for I/O reasons; anything here is a parse failure.
      diagnostics.add(
          Diagnostic.of(Code.YAML_SYNTAX, new Span(file, 1, 1, 1, 1), "cannot parse: " + e));
      return null;
    } finally {
      if (pump != null) {
        pump.stop(); // done with it, however the reading ended
      }
    }
  }

  private YamlNode readValue(JsonToken token) throws IOException {
    String anchor = parser.getCurrentAnchor();
    if (anchor == null && token.isScalarValue() && !parser.isCurrentAlias()) {
      // Jackson reports anchors of mappings and lists only: take a scalar's from its event.
      anchor = parser.scalarAnchor();
    }
    YamlNode node;
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      if (++depth > limits.maxDepth()) {
        limit(startSpan(), "levels of nesting", limits.maxDepth(), "--max-depth");
      }
      node = token == JsonToken.START_OBJECT ? readMapping() : readSequence();
      depth--;
    } else {
      node = readScalarOrAlias();
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private YamlNode readScalarOrAlias() throws IOException {
    Span span = tokenSpan();
    if (parser.isCurrentAlias()) {
      YamlNode target = anchors.get(parser.getText());
      if (target != null
          && !(target instanceof YamlNode.Scalar)
          && ++aliases > limits.maxAliases()) {
        limit(span, "aliases to mappings and lists", limits.maxAliases(), "--max-aliases");
      }
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
    if (raw.length() > limits.maxScalarLength()) {
      limit(span, "characters in one value", limits.maxScalarLength(), "--max-scalar-length");
    }
    int offset = parser.tokenOffset();
    char c = offset >= 0 && offset < text.length() ? text.charAt(offset) : ' ';
    boolean plain = c != '"' && c != '\'' && c != '|' && c != '>';
    boolean isNull =
        plain
            && (raw.isEmpty()
                || raw.equals("~")
                || raw.equals("null")
                || raw.equals("Null")
                || raw.equals("NULL"));
    Mark end = parser.tokenEnd();
    return new YamlNode.Scalar(raw, plain, isNull, span, offset, end == null ? -1 : end.getIndex());
  }

  private YamlNode.Mapping readMapping() throws IOException {
    Span start = startSpan();
    MappingEntries entries = new MappingEntries();
    List<YamlNode> merges = null;
    Span last = start;
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
      // t is FIELD_NAME
      Span keySpan = tokenSpan();
      int offset = parser.tokenOffset();
      char c = offset >= 0 && offset < text.length() ? text.charAt(offset) : ' ';
      boolean plainKey = c != '"' && c != '\'';
      YamlNode.Scalar key = new YamlNode.Scalar(parser.currentName(), plainKey, false, keySpan);
      JsonToken v = parser.nextToken();
      boolean stream = false;
      if (depth == 1 && sink != null && !streamedKeySeen && key.text().equals(streamedKey)) {
        // Only the first occurrence: a later one is a duplicate, read and dropped below.
        streamedKeySeen = true;
        stream = v == JsonToken.START_ARRAY && parser.getCurrentAnchor() == null;
      }
      YamlNode value = stream ? readStreamed() : readValue(v);
      last = value.span().isKnown() ? value.span() : keySpan;
      if (plainKey && key.text().equals("<<")) {
        if (merges == null) {
          merges = new ArrayList<>();
        }
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
      entries.add(new YamlNode.Entry(key, value));
    }
    if (merges != null) {
      for (YamlNode merge : merges) {
        entries.merge(merge, diagnostics);
      }
    }
    return new YamlNode.Mapping(List.copyOf(entries.list), start.to(last));
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
    int offset = parser.tokenOffset();
    if (offset >= 0 && offset < text.length() && text.charAt(offset) == ']') {
      last = end;
    }
    return new YamlNode.Sequence(List.copyOf(items), start.to(last));
  }

  /**
   * Reads the list at the current START_ARRAY like {@link #readValue}, giving each item to the sink
   * instead of keeping it. Returns the stand-in: the list's span, no items.
   */
  private YamlNode.Sequence readStreamed() throws IOException {
    if (++depth > limits.maxDepth()) {
      limit(startSpan(), "levels of nesting", limits.maxDepth(), "--max-depth");
    }
    Span start = startSpan();
    Span last = start;
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      YamlNode item = readValue(t);
      sink.item(item);
      last = item.span();
    }
    Span end = tokenSpan();
    int offset = parser.tokenOffset();
    if (offset >= 0 && offset < text.length() && text.charAt(offset) == ']') {
      last = end;
    }
    depth--;
    streamed = new YamlNode.Sequence(List.of(), start.to(last));
    return streamed;
  }

  private Span tokenSpan() {
    Mark s = parser.tokenStart();
    Mark e = parser.tokenEnd();
    int line = line(s);
    int col = column(s);
    int endLine = line(e);
    int endCol = column(e);
    if (endLine < line || (endLine == line && endCol < col)) {
      endLine = line;
      endCol = col;
    }
    return new Span(file, line, col, endLine, endCol);
  }

  /** A one-character span at the current token's start (for containers, whose end is unknown). */
  private Span startSpan() {
    Mark s = parser.tokenStart();
    return new Span(file, line(s), column(s), line(s), column(s) + 1);
  }

  // Positions as Jackson's YAML parser gives them (1-based; -1 where SnakeYAML gives no mark).

  private static int line(Mark m) {
    return m == null ? -1 : m.getLine() + 1;
  }

  private static int column(Mark m) {
    return m == null ? -1 : m.getColumn() + 1;
  }

  private Diagnostic syntaxError(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Expected a field name")) {
      // Well-formed YAML with a list, a mapping or an alias as a key: not a roadmap.
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
      int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      return Diagnostic.of(
          Code.WRONG_TYPE,
          new Span(file, line, col, line, col + 1),
          "a key must be a plain value, not a list, a mapping or an alias",
          "keys are the names of the format, such as 'title' or 'requires'");
    }
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

  /** SnakeYAML's own limits (text size, nesting, aliases) surface as parse errors. */
  private Diagnostic limitFromYaml(JsonProcessingException e) {
    String m = String.valueOf(e.getMessage());
    String what;
    long limit;
    String option;
    if (m.contains("exceeds the limit") || m.contains("code points")) {
      what = "characters of text";
      limit = limits.maxFileBytes();
      option = "--max-file-size";
    } else if (m.contains("Nesting Depth") || m.contains("nesting depth")) {
      what = "levels of nesting";
      limit = limits.maxDepth();
      option = "--max-depth";
    } else if (m.contains("aliases")) {
      what = "aliases to mappings and lists";
      limit = limits.maxAliases();
      option = "--max-aliases";
    } else {
      return null;
    }
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
    int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
    return Diagnostic.of(
        Code.LIMIT_EXCEEDED,
        new Span(file, line, col, line, col + 1),
        "the file exceeds the limit of " + limit + " " + what + "; it is not read further",
        "raise the limit with " + option + " if the file is genuine");
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
