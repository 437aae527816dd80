package dev.roadmap.load;

import java.io.InterruptedIOException;
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
 * lists, scalars on one line (plain, or quoted without escapes), lists and mappings in flow style
 * on one line ({@code [a, b]}, {@code [{id: a, lag: 2d}]}), comments and blank lines. The events
 * and their marks are those SnakeYAML's parser gives for the same text (a test compares the two on
 * every YAML file of the project and on thousands of variants of them); they cost a fraction of
 * SnakeYAML's scanner, which reads the text through a buffer of code points and makes a token and
 * marks for each scalar, colon and dash (a million milestones load in 6.6 s against 11.1).
 *
 * <p>At the first thing outside that subset (a block scalar, an anchor or alias, a tag, a scalar
 * over two lines, an escape, a tab, a document marker, a syntax error...) it hands over to
 * SnakeYAML's parser, which parses the text from the start, skips the events already given, and
 * gives the rest: what the reader sees is SnakeYAML's, errors included. The events of a line are
 * given only once the next line has been read: SnakeYAML's scanner looks ahead to the next token,
 * and may fail there before it gives the last events of a line (a flow list's end, a scalar that
 * the next line continues).
 */
final class LineEventSource implements EventSource {
  private static final String NAME = "'reader'"; // SnakeYAML's name for a text from a Reader
  private static final int[] NO_BUFFER = {};
  private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false);
  private static final ImplicitTuple QUOTED = new ImplicitTuple(false, true);

  /** Beyond these the text is left to SnakeYAML: nothing a roadmap needs comes near them. */
  private static final int MAX_DEPTH = 64;

  private static final int MAX_LINE = 8192;
  private static final int MAX_KEY = 1000; // SnakeYAML allows a simple key 1,024 characters

  private static final byte MAP = 0;
  private static final byte SEQ = 1;
  private static final byte INDENTLESS = 2; // a list at its key's own indentation

  private static final byte NONE = 0;
  private static final byte AFTER_KEY = 1; // "key:" ended its line: a value or nothing follows
  private static final byte AFTER_DASH = 2; // "-" ended its line

  /** Outside the subset: the scan stops and SnakeYAML takes over. */
  private static final class Outside extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Outside() {
      super(null, null, false, false);
    }
  }

  private static final Outside OUTSIDE = new Outside();

  private final String text;
  private final Supplier<EventSource> fallback;
  private final ArrayDeque<Event> queue = new ArrayDeque<>();
  private int ready; // how many of the queued events may be given: those before the last line read
  private EventSource parser; // SnakeYAML's, once handed over
  private long given;

  private int pos; // where the next line starts
  private int line; // its number, from 0
  private int lineStart;
  private int lineEnd;
  private final int[] cols = new int[MAX_DEPTH];
  private final byte[] kinds = new byte[MAX_DEPTH];
  private int depth;
  private boolean started;
  private boolean done;
  private byte pending = NONE;
  private int pendingCol;
  private Mark pendingMark;

  /** The last queued event is a plain scalar that ended its line, which the next may continue. */
  private boolean open;

  /**
   * @param codePointLimit SnakeYAML's limit of the text's length: a longer text goes to it at once
   * @param fallback SnakeYAML's parser of the same text, from its start
   */
  LineEventSource(String text, long codePointLimit, Supplier<EventSource> fallback) {
    this.text = text;
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
  public Event next() throws InterruptedIOException {
    if (parser != null) {
      return parser.next();
    }
    try {
      while (ready == 0 && !done) {
        step();
      }
    } catch (Outside e) {
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

  private Mark mark(int at) {
    return new Mark(NAME, at, line, at - lineStart, NO_BUFFER, 0);
  }

  /** Reads one line (or the end of the text) into the queue. */
  private void step() {
    if (pos >= text.length()) {
      end();
      return;
    }
    lineStart = pos;
    int nl = text.indexOf('\n', pos);
    lineEnd = nl < 0 ? text.length() : nl;
    if (lineEnd - lineStart > MAX_LINE) {
      throw OUTSIDE;
    }
    try {
      int p = pos;
      while (p < lineEnd && text.charAt(p) == ' ') {
        p++;
      }
      if (p == lineEnd) {
        return; // blank
      }
      if (text.charAt(p) == '#') {
        comment(p);
        return;
      }
      int before = queue.size();
      content(p);
      ready = before;
    } finally {
      pos = lineEnd + 1;
      line++;
    }
  }

  private void content(int p) {
    int col = p - lineStart;
    char first = text.charAt(p);
    if (col == 0 && (first == '%' || text.startsWith("---", p) || text.startsWith("...", p))) {
      throw OUTSIDE;
    }
    if (open) {
      if (col > indent()) {
        throw OUTSIDE; // the scalar goes on on this line
      }
      open = false;
    }
    boolean entry = first == '-' && (p + 1 == lineEnd || text.charAt(p + 1) == ' ');
    boolean key = !entry && isKey(p);
    if (!started) {
      if (!entry && !key) {
        throw OUTSIDE;
      }
      started = true;
      queue.add(new StreamStartEvent(mark(0, 0, 0), mark(0, 0, 0)));
      queue.add(new DocumentStartEvent(mark(p), mark(p), false, null, null));
      open(entry ? SEQ : MAP, col, p);
    } else if (pending != NONE) {
      if (col > pendingCol && (entry || key)) {
        open(entry ? SEQ : MAP, col, p);
        pending = NONE;
      } else if (col == pendingCol && entry && pending == AFTER_KEY) {
        push(INDENTLESS, col);
        queue.add(new SequenceStartEvent(null, null, true, mark(p), mark(p + 1), flow(false)));
        pending = NONE;
      } else if (col > pendingCol) {
        throw OUTSIDE;
      } else {
        empty(pendingMark);
        pending = NONE;
      }
    }
    while (depth > 0) {
      int top = cols[depth - 1];
      if (top > col || (kinds[depth - 1] == INDENTLESS && top == col && !entry)) {
        close(mark(p));
      } else {
        break;
      }
    }
    if (depth == 0 || cols[depth - 1] != col) {
      throw OUTSIDE;
    }
    byte kind = kinds[depth - 1];
    if (entry && kind != MAP) {
      item(p);
    } else if (key && kind == MAP) {
      keyValue(p);
    } else {
      throw OUTSIDE;
    }
  }

  private static Mark mark(int index, int line, int column) {
    return new Mark(NAME, index, line, column, NO_BUFFER, 0);
  }

  /** The scanner's indentation: that of the innermost block collection. */
  private int indent() {
    return depth == 0 ? -1 : cols[depth - 1];
  }

  private void push(byte kind, int col) {
    if (depth == MAX_DEPTH) {
      throw OUTSIDE;
    }
    kinds[depth] = kind;
    cols[depth++] = col;
  }

  /** A block list or mapping that starts at {@code p}. */
  private void open(byte kind, int col, int p) {
    push(kind, col);
    Mark m = mark(p);
    queue.add(
        kind == MAP
            ? new MappingStartEvent(null, null, true, m, m, flow(false))
            : new SequenceStartEvent(null, null, true, m, m, flow(false)));
  }

  private void close(Mark m) {
    Event e = kinds[--depth] == MAP ? new MappingEndEvent(m, m) : new SequenceEndEvent(m, m);
    queue.add(e);
  }

  private static DumperOptions.FlowStyle flow(boolean flow) {
    return flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK;
  }

  private void empty(Mark m) {
    queue.add(new ScalarEvent(null, null, PLAIN, "", m, m, DumperOptions.ScalarStyle.PLAIN));
  }

  /** The end of the text: what is open is closed there. */
  private void end() {
    if (!started) {
      throw OUTSIDE; // no document: SnakeYAML says what there is
    }
    open = false;
    // The line after the last line break: its number is the count of line breaks.
    if (!text.endsWith("\n")) {
      line--;
    } else {
      lineStart = text.length();
    }
    Mark m = mark(text.length());
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
    int v = spaces(p + 1);
    if (v == lineEnd || text.charAt(v) == '#') {
      if (v < lineEnd) {
        comment(v);
      }
      pending = AFTER_DASH;
      pendingCol = p - lineStart;
      pendingMark = mark(p + 1);
      return;
    }
    if (isKey(v)) {
      open(MAP, v - lineStart, v);
      keyValue(v);
      return;
    }
    value(v);
  }

  /** A key at {@code k} (known to be one) and what follows it on the line. */
  private void keyValue(int k) {
    int end = plain(k, false);
    int colon = spaces(end);
    queue.add(scalar(text.substring(k, end), k, end, DumperOptions.ScalarStyle.PLAIN));
    int v = spaces(colon + 1);
    if (v == lineEnd || (text.charAt(v) == '#' && v > colon + 1)) {
      if (v < lineEnd) {
        comment(v);
      }
      pending = AFTER_KEY;
      pendingCol = k - lineStart;
      pendingMark = mark(colon + 1);
      return;
    }
    value(v);
  }

  /** A block value at {@code v}: a scalar or a flow collection, the rest of the line. */
  private void value(int v) {
    char c = text.charAt(v);
    int after;
    if (c == '"' || c == '\'') {
      after = quoted(v);
    } else if (c == '[') {
      after = flowList(v);
    } else if (c == '{') {
      after = flowMap(v);
    } else {
      int end = plain(v, false);
      queue.add(scalar(text.substring(v, end), v, end, DumperOptions.ScalarStyle.PLAIN));
      int s = spaces(end);
      if (s == lineEnd) {
        open = true;
        return;
      }
      if (text.charAt(s) != '#') {
        throw OUTSIDE; // a second ": "
      }
      comment(s);
      return;
    }
    int s = spaces(after);
    if (s < lineEnd) {
      if (text.charAt(s) != '#' || s == after) {
        throw OUTSIDE;
      }
      comment(s);
    }
  }

  private ScalarEvent scalar(String value, int from, int to, DumperOptions.ScalarStyle style) {
    return new ScalarEvent(
        null,
        null,
        style == DumperOptions.ScalarStyle.PLAIN ? PLAIN : QUOTED,
        value,
        mark(from),
        mark(to),
        style);
  }

  /**
   * Whether a plain key starts at {@code p}: a plain scalar, then ": " or ":" at the line's end.
   */
  private boolean isKey(int p) {
    if (!plainStart(p)) {
      return false;
    }
    int end = plain(p, false);
    int s = spaces(end);
    if (s == lineEnd || text.charAt(s) != ':') {
      return false;
    }
    if (s - p > MAX_KEY) {
      throw OUTSIDE;
    }
    return s + 1 == lineEnd || text.charAt(s + 1) == ' ';
  }

  /** Whether a plain scalar may start at {@code p} (the indicators are left to SnakeYAML). */
  private boolean plainStart(int p) {
    char c = text.charAt(p);
    if (c == '-') {
      return p + 1 < lineEnd && Character.isLetterOrDigit(text.charAt(p + 1));
    }
    if (c < 0x7F) {
      return c > ' ' && "?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }
    special(c);
    return true;
  }

  /**
   * The end of the plain scalar at {@code p} (trailing spaces not included), which must start one.
   * In a block it ends at ": ", at " #" or at the line's end; in a flow collection also at {@code
   * ,?[]{}} and at any ':', which must be followed by a space.
   */
  private int plain(int p, boolean flow) {
    if (!plainStart(p)) {
      throw OUTSIDE;
    }
    int i = p;
    int end = p;
    while (i < lineEnd) {
      char c = text.charAt(i);
      if (c == ' ') {
        int s = spaces(i);
        if (s == lineEnd || text.charAt(s) == '#') {
          return end;
        }
        if (text.charAt(s) == ':' && (s + 1 == lineEnd || text.charAt(s + 1) == ' ')) {
          return end;
        }
        i = s;
        continue;
      }
      if (c == ':') {
        if (i + 1 == lineEnd || text.charAt(i + 1) == ' ') {
          return end;
        }
        if (flow) {
          throw OUTSIDE;
        }
      } else if (flow && ",?[]{}".indexOf(c) >= 0) {
        return end;
      } else if (c < ' ' || c >= 0x7F) {
        special(c); // a tab or a return, among others
      }
      end = ++i;
    }
    return end;
  }

  /**
   * Characters that SnakeYAML reads otherwise than one to a column, or refuses: left to it. Called
   * for a character below a space or from DEL on.
   */
  private static void special(char c) {
    if (c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF || Character.isSurrogate(c)) {
      throw OUTSIDE;
    }
  }

  /** The first position from {@code p} that is not a space. */
  private int spaces(int p) {
    while (p < lineEnd && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  /** A comment from {@code p} to the line's end: only its characters are looked at. */
  private void comment(int p) {
    for (int i = p; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c < ' ' ? c != '\t' : c >= 0x7F) {
        special(c);
      }
    }
  }

  /** A quoted scalar on one line at {@code q}, without escapes; the position after it. */
  private int quoted(int q) {
    char quote = text.charAt(q);
    StringBuilder doubled = null; // a single-quoted scalar with '' in it
    int from = q + 1;
    for (int i = from; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == quote) {
        if (quote == '\'' && i + 1 < lineEnd && text.charAt(i + 1) == '\'') {
          if (doubled == null) {
            doubled = new StringBuilder();
          }
          doubled.append(text, from, i + 1);
          from = ++i + 1;
          continue;
        }
        String value = text.substring(from, i);
        if (doubled != null) {
          value = doubled.append(value).toString();
        }
        queue.add(
            scalar(
                value,
                q,
                i + 1,
                quote == '"'
                    ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                    : DumperOptions.ScalarStyle.SINGLE_QUOTED));
        return i + 1;
      }
      if (c == '\\' && quote == '"') {
        throw OUTSIDE;
      }
      if (c < ' ' || c >= 0x7F) {
        special(c);
      }
    }
    throw OUTSIDE; // goes on to the next line
  }

  /** A flow scalar at {@code p}, which ends at one of {@code stops} (after spaces). */
  private int flowScalar(int p, String stops) {
    char c = text.charAt(p);
    int after;
    if (c == '"' || c == '\'') {
      after = quoted(p);
    } else {
      after = plain(p, true);
      queue.add(scalar(text.substring(p, after), p, after, DumperOptions.ScalarStyle.PLAIN));
    }
    int s = spaces(after);
    if (s == lineEnd || stops.indexOf(text.charAt(s)) < 0) {
      throw OUTSIDE;
    }
    return s;
  }

  /** A flow list on one line at {@code b}: plain or quoted scalars and flow mappings. */
  private int flowList(int b) {
    queue.add(new SequenceStartEvent(null, null, true, mark(b), mark(b + 1), flow(true)));
    int i = spaces(b + 1);
    boolean first = true;
    while (true) {
      if (i == lineEnd) {
        throw OUTSIDE;
      }
      char c = text.charAt(i);
      if (c == ']' && first) {
        break;
      }
      i = c == '{' ? spaces(flowMap(i)) : flowScalar(i, ",]");
      if (i == lineEnd) {
        throw OUTSIDE;
      }
      c = text.charAt(i);
      if (c == ']') {
        break;
      }
      if (c != ',') {
        throw OUTSIDE;
      }
      i = spaces(i + 1);
      first = false;
      if (i < lineEnd && text.charAt(i) == ']') {
        throw OUTSIDE; // a trailing comma
      }
    }
    queue.add(new SequenceEndEvent(mark(i), mark(i + 1)));
    return i + 1;
  }

  /** A flow mapping on one line at {@code b}: plain keys, plain or quoted scalar values. */
  private int flowMap(int b) {
    queue.add(new MappingStartEvent(null, null, true, mark(b), mark(b + 1), flow(true)));
    int i = spaces(b + 1);
    boolean first = true;
    while (true) {
      if (i == lineEnd) {
        throw OUTSIDE;
      }
      if (text.charAt(i) == '}' && first) {
        break;
      }
      int end = plain(i, true);
      if (end - i > MAX_KEY) {
        throw OUTSIDE;
      }
      queue.add(scalar(text.substring(i, end), i, end, DumperOptions.ScalarStyle.PLAIN));
      int colon = spaces(end);
      if (colon == lineEnd || text.charAt(colon) != ':') {
        throw OUTSIDE;
      }
      int v = spaces(colon + 1);
      if (v == lineEnd || "[]{},".indexOf(text.charAt(v)) >= 0) {
        throw OUTSIDE;
      }
      i = flowScalar(v, ",}");
      if (text.charAt(i) == '}') {
        break;
      }
      i = spaces(i + 1);
      first = false;
      if (i < lineEnd && text.charAt(i) == '}') {
        throw OUTSIDE;
      }
    }
    queue.add(new MappingEndEvent(mark(i), mark(i + 1)));
    return i + 1;
  }
}
