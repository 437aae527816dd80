package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;

/**
 * Reads YAML text into {@link YamlNode}s with positions, from SnakeYAML's parse events ({@link
 * EventSource}). Duplicate keys are reported (RM102) and dropped; anchors, aliases and merge keys
 * ({@code <<}) are resolved; a syntax error becomes one RM100 diagnostic ({@link YamlErrors}).
 * Every value is kept as the text written: the loader decides null, dates and numbers itself,
 * without YAML 1.1's surprises (a tagged value is checked by {@link TaggedValues}).
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
  private final YamlErrors errors;
  private final Map<String, YamlNode> anchors = new HashMap<>();
  private final String streamedKey;
  private final ItemSink sink;

  private EventSource events;

  /** The last event read: the current one, or the last before the parser failed. */
  private Event event;

  private boolean ended;
  private boolean pumped;
  private int depth;
  private int aliases;
  private boolean streamedKeySeen;
  private YamlNode.Sequence streamed;

  /** The items that {@link #readMapping} found written without their "- ", for the list. */
  private List<YamlNode> splitItems;

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
    this.errors = new YamlErrors(file, text, limits);
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
   * @param pumped true when the events were made on a thread of their own ({@link EventPump})
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

  /** The reading stops with one diagnostic: a syntax error, or a limit reached. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Diagnostic diagnostic;

    Stop(Diagnostic diagnostic) {
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

  private Stop limit(Span at, String what, long limit, String option) {
    return new Stop(YamlErrors.limit(at, what, limit, option));
  }

  private YamlNode readDocument() {
    LoaderOptions loaderOptions = loaderOptions(limits);
    // A big text is parsed on a thread of its own, which starts before the prescan: the parse is
    // the longer of the two, and the prescan stops it if the text is not to be read.
    pumped =
        text.length() >= options.pumpMinChars() && Runtime.getRuntime().availableProcessors() > 1;
    events = pumped ? EventPump.start(text, loaderOptions) : null;
    if (!Prescan.check(file, text, limits, diagnostics)) {
      if (events != null) {
        events.close();
      }
      return null;
    }
    if (events == null) {
      events =
          new LineEventSource(
              text,
              loaderOptions.getCodePointLimit(),
              () -> new DirectEventSource(text, loaderOptions));
    }
    try {
      Event first = next();
      if (first == null || !accepted(first)) {
        diagnostics.add(
            Diagnostic.of(
                Code.WRONG_TYPE,
                new Span(file, 1, 1, 1, 1),
                "the file holds no YAML document; a roadmap is a mapping",
                "start with 'roadmap: 1', then 'title:', 'start:', 'phases:' and 'milestones:'"));
        return null;
      }
      YamlNode root = readValue(first);
      Event second = next();
      if (second != null && accepted(second)) {
        diagnostics.add(
            Diagnostic.of(
                Code.YAML_SYNTAX,
                startSpan(),
                "the file holds more than one YAML document; a roadmap file holds exactly one",
                "remove the '---' separator and everything after it, or split the file"));
        return null;
      }
      return root;
    } catch (Stop e) {
      diagnostics.add(e.diagnostic);
      return null;
    } catch (InterruptedIOException e) {
      diagnostics.add(
          Diagnostic.of(Code.YAML_SYNTAX, new Span(file, 1, 1, 1, 1), "cannot parse: " + e));
      return null;
    } finally {
      events.close(); // done with it, however the reading ended
    }
  }

  /**
   * The next event that starts a node or ends a collection; null at the end of the stream. The
   * events around documents carry nothing the reader keeps.
   */
  private Event next() throws InterruptedIOException {
    while (!ended) {
      Event e;
      try {
        e = events.next();
      } catch (YAMLException x) {
        throw new Stop(errors.parser(x, event));
      } catch (NumberFormatException x) {
        throw new Stop(errors.number(x, event));
      }
      if (e == null) {
        return null;
      }
      event = e;
      if (e instanceof ScalarEvent
          || e instanceof CollectionStartEvent
          || e instanceof MappingEndEvent
          || e instanceof SequenceEndEvent
          || e instanceof AliasEvent) {
        return e;
      }
      ended = e instanceof StreamEndEvent;
    }
    return null;
  }

  /**
   * Whether a value stands: false for the few tagged values that read as no value at all (an {@code
   * !!int} that is a sign alone). A tagged value that does not decode stops the reading.
   */
  private boolean accepted(Event e) {
    if (e instanceof ScalarEvent s && s.getTag() != null && !s.getTag().equals("!")) {
      try {
        return TaggedValues.check(s.getTag(), s.getValue());
      } catch (TaggedValues.Refused x) {
        throw new Stop(errors.refused(x, s));
      }
    }
    return true;
  }

  /** Reads the node that {@code e}, the current event, starts. */
  private YamlNode readValue(Event e) throws InterruptedIOException {
    if (e instanceof AliasEvent alias) {
      return readAlias(alias.getAnchor());
    }
    YamlNode node;
    String anchor;
    if (e instanceof ScalarEvent s) {
      anchor = s.getAnchor();
      node = scalar(s.getValue());
    } else {
      anchor = ((CollectionStartEvent) e).getAnchor();
      if (++depth > limits.maxDepth()) {
        throw limit(startSpan(), "levels of nesting", limits.maxDepth(), "--max-depth");
      }
      node = e instanceof MappingStartEvent ? readMapping() : readSequence();
      depth--;
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private YamlNode readAlias(String name) {
    Span span = tokenSpan();
    YamlNode target = anchors.get(name);
    if (target != null && !(target instanceof YamlNode.Scalar) && ++aliases > limits.maxAliases()) {
      throw limit(span, "aliases to mappings and lists", limits.maxAliases(), "--max-aliases");
    }
    if (target == null) {
      diagnostics.add(
          Diagnostic.of(
              Code.YAML_SYNTAX, span, "alias '*" + name + "' names no anchor defined before it"));
      return new YamlNode.Scalar("", true, true, span);
    }
    return target;
  }

  private YamlNode.Scalar scalar(String raw) {
    Span span = tokenSpan();
    if (raw.length() > limits.maxScalarLength()) {
      throw limit(span, "characters in one value", limits.maxScalarLength(), "--max-scalar-length");
    }
    int offset = tokenOffset();
    char c = charAt(offset);
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

  private YamlNode.Mapping readMapping() throws InterruptedIOException {
    Span start = startSpan();
    // A block list item's mapping ("- id: a"): its first key written again, lined up, is the start
    // of the next item without its "- " (checked only when a key repeats).
    int itemOffset = tokenOffset();
    List<YamlNode> split = null;
    MappingEntries entries = new MappingEntries();
    List<YamlNode> merges = null;
    Span last = start;
    Event e;
    while (!((e = next()) instanceof MappingEndEvent)) {
      if (!(e instanceof ScalarEvent k)) {
        throw new Stop(errors.keyNotScalar(e));
      }
      Span keySpan = tokenSpan();
      int keyOffset = tokenOffset();
      char c = charAt(keyOffset);
      boolean plainKey = c != '"' && c != '\'';
      YamlNode.Scalar key = new YamlNode.Scalar(k.getValue(), plainKey, false, keySpan);
      Event v = next();
      accepted(v); // a value that is no value is read as its text
      boolean stream = false;
      if (depth == 1 && sink != null && !streamedKeySeen && key.text().equals(streamedKey)) {
        // Only the first occurrence: a later one is a duplicate, read and dropped below.
        streamedKeySeen = true;
        stream = v instanceof SequenceStartEvent s && s.getAnchor() == null;
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
      if (previous != null && MissingDash.at(text, itemOffset, entries, previous, keySpan)) {
        if (split == null) {
          split = new ArrayList<>();
        }
        diagnostics.add(MissingDash.finding(text, key.text(), keyOffset, previous, keySpan));
        split.add(mapping(entries, merges, start, last));
        entries = new MappingEntries();
        merges = null;
        start = keySpan;
        entries.add(new YamlNode.Entry(key, value));
        last = value.span().isKnown() ? value.span() : keySpan;
        continue;
      }
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
    YamlNode.Mapping mapping = mapping(entries, merges, start, last);
    if (split == null) {
      return mapping;
    }
    split.add(mapping);
    splitItems = split.subList(1, split.size());
    return (YamlNode.Mapping) split.get(0);
  }

  private YamlNode.Mapping mapping(
      MappingEntries entries, List<YamlNode> merges, Span start, Span last) {
    if (merges != null) {
      for (YamlNode merge : merges) {
        entries.merge(merge, diagnostics);
      }
    }
    return new YamlNode.Mapping(List.copyOf(entries.list), start.to(last));
  }

  private YamlNode.Sequence readSequence() throws InterruptedIOException {
    List<YamlNode> items = new ArrayList<>();
    Span span = readItems(items::add);
    return new YamlNode.Sequence(List.copyOf(items), span);
  }

  /** Reads the items of the list at the current sequence start into {@code sink}; its span. */
  private Span readItems(ItemSink sink) throws InterruptedIOException {
    Span start = startSpan();
    Span last = start;
    Event e;
    while (!((e = next()) instanceof SequenceEndEvent)) {
      accepted(e);
      YamlNode item = readValue(e);
      sink.item(item);
      last = item.span();
      options.position().accept(tokenOffset());
      if (splitItems != null) {
        // Items written without their "- " ({@link #readMapping}): each is an item of its own.
        List<YamlNode> more = splitItems;
        splitItems = null;
        for (YamlNode m : more) {
          sink.item(m);
          last = m.span();
        }
      }
    }
    return start.to(sequenceEnd(last));
  }

  /**
   * Reads the list at the current sequence start like {@link #readValue}, giving each item to the
   * sink instead of keeping it. Returns the stand-in: the list's span, no items.
   */
  private YamlNode.Sequence readStreamed() throws InterruptedIOException {
    if (++depth > limits.maxDepth()) {
      throw limit(startSpan(), "levels of nesting", limits.maxDepth(), "--max-depth");
    }
    Span span = readItems(sink);
    depth--;
    streamed = new YamlNode.Sequence(List.of(), span);
    return streamed;
  }

  /** At a sequence's end: a flow sequence ends at its ']', a block sequence at its last item. */
  private Span sequenceEnd(Span last) {
    return charAt(tokenOffset()) == ']' ? tokenSpan() : last;
  }

  private char charAt(int offset) {
    return MissingDash.charAt(text, offset);
  }

  // Positions of the current event (1-based; -1 where SnakeYAML gives no mark).

  private Span tokenSpan() {
    Mark s = event.getStartMark();
    Mark e = event.getEndMark();
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

  /** A one-character span at the current event's start (for containers, whose end is unknown). */
  private Span startSpan() {
    Mark s = event.getStartMark();
    return new Span(file, line(s), column(s), line(s), column(s) + 1);
  }

  /** The character offset of the current event. */
  private int tokenOffset() {
    Mark m = event.getStartMark();
    return m == null ? -1 : m.getIndex();
  }

  private static int line(Mark m) {
    return m == null ? -1 : m.getLine() + 1;
  }

  private static int column(Mark m) {
    return m == null ? -1 : m.getColumn() + 1;
  }
}
