package dev.roadmap.load;

import java.io.InterruptedIOException;
import java.io.Reader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The events of a text ({@link LineEventSource}, or SnakeYAML's parser where it hands over) made on
 * a thread of its own: it reads the text ahead of the reader and hands the events over in batches,
 * so that on two cores the reading of the text runs beside the building of the model.
 *
 * <p>The reader sees exactly the events, and the exception, that SnakeYAML's parser gives on the
 * reader's own thread, in the same order: a failure is handed over after the events before it. The
 * pump reads at most {@link #AHEAD} batches ahead, and stops when the reader stops.
 */
final class EventPump implements EventSource, Runnable {
  /**
   * From how many characters the pump is worth its thread. Measured with the launcher (hyperfine,
   * generated roadmaps), when SnakeYAML's parser made every event: 1,000 milestones (0.13 MB) took
   * 187 ms with it against 177 without, 3,000 and 5,000 (0.4 and 0.7 MB) the same either way,
   * 10,000 (1.4 MB) 384 ms against 412. Measured again with {@link LineEventSource}: from 128 KiB,
   * the dense 1,000 (0.24 MB) took 236 ms against 222 and the sample repeated to 1,012 milestones
   * 306 against 267; without the pump, the sample repeated to 3,036 and 10,032 milestones took 367
   * and 528 ms against 386 and 533 (within the noise), a million default milestones 6.9 and 8.5 s
   * against 6.7 and 6.4.
   */
  static final int MIN_CHARS = 1 << 20;

  private static final int BATCH = 1024;
  private static final int AHEAD = 4;

  /** Events, then possibly the failure that ended the parse, or the end of the stream. */
  private record Batch(Event[] events, int size, Throwable failure, boolean last) {}

  private final String text;
  private final LoaderOptions options;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
  private volatile boolean stopped;

  // The reader's side.
  private Batch current;
  private int next;
  private boolean ended;

  private EventPump(String text, LoaderOptions options) {
    this.text = text;
    this.options = options;
  }

  /** Starts parsing {@code text} on a new daemon thread. */
  static EventPump start(String text, LoaderOptions options) {
    EventPump pump = new EventPump(text, options);
    Thread t = new Thread(pump, "roadmap-yaml-parser");
    t.setDaemon(true);
    t.start();
    return pump;
  }

  @Override
  public void run() {
    Event[] events = new Event[BATCH];
    int size = 0;
    try {
      LineEventSource parser =
          new LineEventSource(
              text,
              options.getCodePointLimit(),
              () -> new DirectEventSource(new TextReader(), options));
      while (true) {
        Event e = parser.next();
        events[size++] = e;
        if (e == null || e.is(Event.ID.StreamEnd)) {
          hand(new Batch(events, size, null, true));
          return;
        }
        if (size == BATCH) {
          if (!hand(new Batch(events, size, null, false))) {
            return;
          }
          events = new Event[BATCH];
          size = 0;
        }
      }
    } catch (RuntimeException | Error e) {
      hand(new Batch(events, size, e, true));
    }
  }

  /**
   * The text for SnakeYAML's reader, which takes it 1,024 characters at a time: once the pump is
   * stopped, it gives no more, so that a pump stopped in the middle of a long value (the prescan of
   * a file with a line over the limit stops it at once) ends there instead of parsing the value to
   * its end.
   */
  private final class TextReader extends Reader {
    private int at;

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (stopped) {
        throw new CancellationException("the reader stopped");
      }
      if (at >= text.length()) {
        return -1;
      }
      int n = Math.min(length, text.length() - at);
      text.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  /** Queues a batch; false when the reader has stopped meanwhile. */
  private boolean hand(Batch batch) {
    try {
      while (!stopped) {
        if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  /**
   * The next event, as {@code ParserImpl.getEvent()} would give it on this thread: null after the
   * end of the stream; SnakeYAML's exception where the parse failed.
   */
  @Override
  public Event next() throws InterruptedIOException {
    while (current == null || next == current.size()) {
      if (current != null && current.last()) {
        Throwable failure = current.failure();
        if (failure == null || ended) {
          ended = true;
          return null;
        }
        ended = true;
        if (failure instanceof RuntimeException r) {
          throw r;
        }
        throw (Error) failure;
      }
      try {
        current = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new InterruptedIOException("interrupted while reading YAML");
      }
      next = 0;
      touched += touch(current);
    }
    return current.events()[next++];
  }

  /** What {@link #touch} read, kept so that the reads are not optimised away. */
  private int touched;

  /**
   * Reads what the reader will read of each event of a batch, in one loop: the events, their marks
   * and their values were made on the pump's core, and reading them there costs a cache miss each.
   * Read one by one amid the reader's work, the misses wait in turn; read here, independent of each
   * other, the processor overlaps them.
   */
  private static int touch(Batch batch) {
    int sum = 0;
    Event[] events = batch.events();
    for (int i = 0; i < batch.size(); i++) {
      Event e = events[i];
      if (e == null) {
        break;
      }
      Mark start = e.getStartMark();
      Mark end = e.getEndMark();
      sum += start == null ? 0 : start.getLine();
      sum += end == null ? 0 : end.getColumn();
      if (e instanceof ScalarEvent scalar) {
        // Hashed here rather than on the pump's thread, which was the busier of the two with
        // SnakeYAML's parser: the reader looks most values up (ids, references, keys). With
        // LineEventSource the pump's thread is the idler one (41 samples against the reader's
        // 363 at a million dense milestones, docs/performance.md); hashing there is not tried yet.
        sum += scalar.getValue().hashCode();
      }
    }
    return sum;
  }

  /** The reader is done: the pump stops at its next batch. */
  @Override
  public void close() {
    stopped = true;
    queue.clear();
  }
}
