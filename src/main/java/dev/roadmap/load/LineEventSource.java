package dev.roadmap.load;

import java.util.ArrayDeque;
import java.util.function.Supplier;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;

/**
 * The parse events of YAML as roadmaps are written, read a line at a time: block mappings and
 * lists, scalars on one line (plain, or quoted without escapes), literal and folded block scalars
 * ({@link BlockScalar}), lists and mappings in flow style on one line ({@code [a, b]}, {@code [{id:
 * a, lag: 2d}]}), comments and blank lines. The events and their marks are those SnakeYAML's parser
 * gives for the same text (a test compares the two on every YAML file of the project and on
 * thousands of variants of them); they cost a fraction of SnakeYAML's scanner, which reads the text
 * through a buffer of code points and makes a token and marks for each scalar, colon and dash (a
 * million milestones load in 6.6 s against 11.1).
 *
 * <p>At the first thing outside that subset (an anchor or alias, a tag, a plain or quoted scalar
 * over two lines, an escape, a tab, a document marker, a syntax error...) it hands over to
 * SnakeYAML's parser, which parses the text from the start, skips the events already given, and
 * gives the rest: what the reader sees is SnakeYAML's, errors included, for a text that {@link
 * Prescan} has passed and that was decoded from bytes (as every text the loader reads is):
 * SnakeYAML refuses a control character or half of a surrogate pair up to 1,024 characters before
 * it parses there, which a hand-over at the character itself would report after more events. The
 * events of a line are given only once the next line has been read: SnakeYAML's scanner looks ahead
 * to the next token, and may fail there before it gives the last events of a line (a flow list's
 * end, a scalar that the next line continues).
 */
final class LineEventSource implements EventSource {
  private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false);
  static final ImplicitTuple QUOTED = new ImplicitTuple(false, true); // and block scalars

  /** Deeper nesting is left to SnakeYAML: nothing a roadmap needs comes near it. */
  private static final int MAX_DEPTH = 64;

  private static final byte MAP = 0;
  private static final byte SEQ = 1;
  private static final byte INDENTLESS = 2; // a list at its key's own indentation

  private static final byte NONE = 0;
  private static final byte AFTER_KEY = 1; // "key:" ended its line: a value or nothing follows
  private static final byte AFTER_DASH = 2; // "-" ended its line

  private final String text;
  private final YamlLine in;
  private final Supplier<DirectEventSource> fallback;
  private final ArrayDeque<Event> queue = new ArrayDeque<>();
  private int ready; // how many of the queued events may be given: those before the last line read
  private DirectEventSource parser; // SnakeYAML's, once handed over
  private long given;

  private int pos; // where the next line starts
  private final int[] cols = new int[MAX_DEPTH];
  private final byte[] kinds = new byte[MAX_DEPTH];
  private int depth;
  private boolean started;
  private boolean done;
  private byte pending = NONE;
  private int pendingCol;
  private Mark pendingMark;

  /** The last queued event is a plain scalar that ended its line, which the next may continue. */
  private boolean plainEndsLine;

  /**
   * @param codePointLimit SnakeYAML's limit of the text's length: a longer text goes to it at once
   * @param fallback SnakeYAML's parser of the same text, from its start
   */
  LineEventSource(String text, long codePointLimit, Supplier<DirectEventSource> fallback) {
    this.text = text;
    this.in = new YamlLine(text);
    this.fallback = fallback;
    if (text.length() > codePointLimit || text.isEmpty()) {
      parser = fallback.get();
    }
  }

  /** Whether the text went to SnakeYAML's parser (for tests). */
  boolean handedOver() {
    return parser != null;
  }

  @Override
  public Event next() {
    if (parser != null) {
      return parser.next();
    }
    try {
      while (ready == 0 && !done) {
        step();
      }
    } catch (YamlLine.Outside e) {
      queue.clear();
      parser = fallback.get();
      for (long i = 0; i < given; i++) {
        parser.next();
      }
      return parser.next();
    }
    if (done) {
      ready = queue.size();
    }
    Event e = queue.poll();
    if (e != null) {
      given++;
      ready--;
    }
    return e;
  }

  @Override
  public void close() {
    if (parser != null) {
      parser.close();
    }
  }

  /** Reads one line (or the end of the text) into the queue. */
  private void step() {
    if (pos >= text.length()) {
      end();
      return;
    }
    in.next(pos);
    pos = in.end + 1;
    int p = in.spaces(in.start);
    if (p == in.end) {
      return; // blank
    }
    if (text.charAt(p) == '#') {
      in.comment(p);
      return;
    }
    int before = queue.size();
    content(p);
    ready = before;
  }

  private void content(int p) {
    int col = p - in.start;
    char first = text.charAt(p);
    if (col == 0 && (first == '%' || text.startsWith("---", p) || text.startsWith("...", p))) {
      throw YamlLine.OUTSIDE;
    }
    if (plainEndsLine) {
      if (col > indent()) {
        throw YamlLine.OUTSIDE; // the scalar goes on on this line
      }
      plainEndsLine = false;
    }
    boolean entry = first == '-' && (p + 1 == in.end || text.charAt(p + 1) == ' ');
    int keyEnd = entry ? -1 : in.keyEnd(p);
    boolean key = keyEnd >= 0;
    if (!started) {
      if (!entry && !key) {
        throw YamlLine.OUTSIDE;
      }
      started = true;
      queue.add(new StreamStartEvent(YamlLine.mark(0, 0, 0), YamlLine.mark(0, 0, 0)));
      queue.add(new DocumentStartEvent(in.mark(p), in.mark(p), false, null, null));
      open(entry ? SEQ : MAP, col, p);
    } else if (pending != NONE) {
      if (col > pendingCol && (entry || key)) {
        open(entry ? SEQ : MAP, col, p);
        pending = NONE;
      } else if (col == pendingCol && entry && pending == AFTER_KEY) {
        push(INDENTLESS, col);
        queue.add(
            new SequenceStartEvent(null, null, true, in.mark(p), in.mark(p + 1), style(false)));
        pending = NONE;
      } else if (col > pendingCol) {
        throw YamlLine.OUTSIDE;
      } else {
        empty(pendingMark);
        pending = NONE;
      }
    }
    while (depth > 0) {
      int top = cols[depth - 1];
      if (top > col || (kinds[depth - 1] == INDENTLESS && top == col && !entry)) {
        close(in.mark(p));
      } else {
        break;
      }
    }
    if (depth == 0 || cols[depth - 1] != col) {
      throw YamlLine.OUTSIDE;
    }
    byte kind = kinds[depth - 1];
    if (entry && kind != MAP) {
      item(p);
    } else if (key && kind == MAP) {
      keyValue(p, keyEnd);
    } else {
      throw YamlLine.OUTSIDE;
    }
  }

  /** The scanner's indentation: that of the innermost block collection. */
  private int indent() {
    return depth == 0 ? -1 : cols[depth - 1];
  }

  private void push(byte kind, int col) {
    if (depth == MAX_DEPTH) {
      throw YamlLine.OUTSIDE;
    }
    kinds[depth] = kind;
    cols[depth++] = col;
  }

  /** A block list or mapping that starts at {@code p}. */
  private void open(byte kind, int col, int p) {
    push(kind, col);
    Mark m = in.mark(p);
    queue.add(
        kind == MAP
            ? new MappingStartEvent(null, null, true, m, m, style(false))
            : new SequenceStartEvent(null, null, true, m, m, style(false)));
  }

  private void close(Mark m) {
    Event e = kinds[--depth] == MAP ? new MappingEndEvent(m, m) : new SequenceEndEvent(m, m);
    queue.add(e);
  }

  private static DumperOptions.FlowStyle style(boolean flow) {
    return flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK;
  }

  private void empty(Mark m) {
    queue.add(new ScalarEvent(null, null, PLAIN, "", m, m, DumperOptions.ScalarStyle.PLAIN));
  }

  /** The end of the text: what is open is closed there. */
  private void end() {
    if (!started) {
      throw YamlLine.OUTSIDE; // no document: SnakeYAML says what there is
    }
    plainEndsLine = false;
    // The end is on the line after the last line break: its number is the count of line breaks.
    int breaks = text.endsWith("\n") ? in.number + 1 : in.number;
    int n = text.length();
    Mark m = YamlLine.mark(n, breaks, n - text.lastIndexOf('\n') - 1);
    if (pending != NONE) {
      empty(pendingMark);
      pending = NONE;
    }
    while (depth > 0) {
      close(m);
    }
    queue.add(new DocumentEndEvent(m, m, false));
    queue.add(new StreamEndEvent(m, m));
    done = true;
  }

  /** A list item: the "- " at {@code p}. */
  private void item(int p) {
    int v = in.spaces(p + 1);
    if (v == in.end || text.charAt(v) == '#') {
      await(AFTER_DASH, p, p + 1, v);
      return;
    }
    int keyEnd = in.keyEnd(v);
    if (keyEnd >= 0) {
      open(MAP, v - in.start, v);
      keyValue(v, keyEnd);
      return;
    }
    value(v);
  }

  /** The key from {@code k} to {@code end} (known to be one) and what follows it on the line. */
  private void keyValue(int k, int end) {
    int colon = in.spaces(end);
    queue.add(scalar(text.substring(k, end), k, end, DumperOptions.ScalarStyle.PLAIN));
    int v = in.spaces(colon + 1);
    if (v == in.end || (text.charAt(v) == '#' && v > colon + 1)) {
      await(AFTER_KEY, k, colon + 1, v);
      return;
    }
    value(v);
  }

  /**
   * A key or a dash at {@code at} whose value is not on its line, which ends in a comment at {@code
   * rest} or nothing: the next line says what it is (an empty value at {@code emptyAt} if nothing).
   */
  private void await(byte what, int at, int emptyAt, int rest) {
    if (rest < in.end) {
      in.comment(rest);
    }
    pending = what;
    pendingCol = at - in.start;
    pendingMark = in.mark(emptyAt);
  }

  /** A block value at {@code v}: a scalar or a flow collection, the rest of the line. */
  private void value(int v) {
    char c = text.charAt(v);
    int after;
    if (c == '"' || c == '\'') {
      after = quoted(v);
    } else if (c == '[' || c == '{') {
      after = flow(v, c == '{');
    } else if (c == '|' || c == '>') {
      BlockScalar.Read block = BlockScalar.read(in, v, indent());
      queue.add(block.event());
      pos = block.next();
      return;
    } else {
      int end = in.plain(v, false);
      queue.add(scalar(text.substring(v, end), v, end, DumperOptions.ScalarStyle.PLAIN));
      int s = in.spaces(end);
      if (s == in.end) {
        plainEndsLine = true;
        return;
      }
      if (text.charAt(s) != '#') {
        throw YamlLine.OUTSIDE; // a second ": "
      }
      in.comment(s);
      return;
    }
    int s = in.spaces(after);
    if (s < in.end) {
      if (text.charAt(s) != '#' || s == after) {
        throw YamlLine.OUTSIDE;
      }
      in.comment(s);
    }
  }

  private ScalarEvent scalar(String value, int from, int to, DumperOptions.ScalarStyle style) {
    return new ScalarEvent(
        null,
        null,
        style == DumperOptions.ScalarStyle.PLAIN ? PLAIN : QUOTED,
        value,
        in.mark(from),
        in.mark(to),
        style);
  }

  /** The quoted scalar at {@code q}; the position after it. */
  private int quoted(int q) {
    int after = in.quoted(q);
    queue.add(
        scalar(
            in.quoted,
            q,
            after,
            text.charAt(q) == '"'
                ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                : DumperOptions.ScalarStyle.SINGLE_QUOTED));
    return after;
  }

  /** A flow scalar at {@code p}, which ends at one of {@code stops} (after spaces). */
  private int flowScalar(int p, String stops) {
    char c = text.charAt(p);
    int after;
    if (c == '"' || c == '\'') {
      after = quoted(p);
    } else {
      after = in.plain(p, true);
      queue.add(scalar(text.substring(p, after), p, after, DumperOptions.ScalarStyle.PLAIN));
    }
    int s = in.spaces(after);
    if (s == in.end || stops.indexOf(text.charAt(s)) < 0) {
      throw YamlLine.OUTSIDE;
    }
    return s;
  }

  /**
   * A flow list or mapping on one line at {@code b}: a list of plain or quoted scalars and flow
   * mappings, a mapping of plain keys and plain or quoted values; the position after it.
   */
  private int flow(int b, boolean map) {
    char closer = map ? '}' : ']';
    Mark start = in.mark(b);
    Mark end = in.mark(b + 1);
    queue.add(
        map
            ? new MappingStartEvent(null, null, true, start, end, style(true))
            : new SequenceStartEvent(null, null, true, start, end, style(true)));
    int i = in.spaces(b + 1);
    if (!closes(i, closer)) {
      while (true) {
        if (map) {
          i = pair(i);
        } else {
          i = text.charAt(i) == '{' ? in.spaces(flow(i, true)) : flowScalar(i, ",]");
        }
        if (closes(i, closer)) {
          break;
        }
        i = afterComma(i, closer);
      }
    }
    start = in.mark(i);
    end = in.mark(i + 1);
    queue.add(map ? new MappingEndEvent(start, end) : new SequenceEndEvent(start, end));
    return i + 1;
  }

  /** A key and its scalar value in a flow mapping, from {@code k}; where the pair ends. */
  private int pair(int k) {
    int end = in.plain(k, true);
    int colon = in.spaces(end);
    if (colon == in.end || text.charAt(colon) != ':' || colon - k > YamlLine.MAX_KEY) {
      throw YamlLine.OUTSIDE; // SnakeYAML measures a key to its colon
    }
    queue.add(scalar(text.substring(k, end), k, end, DumperOptions.ScalarStyle.PLAIN));
    int v = in.spaces(colon + 1);
    if (v == in.end || "[]{},".indexOf(text.charAt(v)) >= 0) {
      throw YamlLine.OUTSIDE;
    }
    return flowScalar(v, ",}");
  }

  /** Whether a flow collection closes at {@code i}; one that the line's end cuts is left. */
  private boolean closes(int i, char close) {
    if (i == in.end) {
      throw YamlLine.OUTSIDE;
    }
    return text.charAt(i) == close;
  }

  /** The start of the entry after the comma at {@code i}, which is not a trailing comma. */
  private int afterComma(int i, char close) {
    if (text.charAt(i) != ',') {
      throw YamlLine.OUTSIDE;
    }
    int next = in.spaces(i + 1);
    if (closes(next, close)) {
      throw YamlLine.OUTSIDE; // a trailing comma
    }
    return next;
  }
}
