package dev.roadmap.cli;

import dev.roadmap.render.Printable;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What a long run is doing, on one line of standard error that is redrawn a few times a second and
 * erased at the end: the stage (reading, checking, scheduling), a bar and a percentage where the
 * share done is known, and an estimate of the time left where it can be honest.
 *
 * <p>Only on a terminal, and only for long work: nothing is drawn before {@link #DELAY_NANOS}, so a
 * run that ends sooner prints nothing. Off when standard error is not a terminal, under {@code
 * CI=true}, with {@code TERM=dumb} and with {@code --no-progress} ({@link #start}); then every
 * method does nothing. It draws without colour, so {@code NO_COLOR} has nothing to turn off.
 *
 * <p>The work only sets a few volatile fields; a daemon thread reads them and draws, so the cost to
 * the work is a field write per step (a milestone read, a check done), whatever the interval.
 * {@link #close} erases the line: call it before the command prints anything, on either stream.
 */
final class Progress implements AutoCloseable {
  /** How long work must go on before it is shown at all. */
  static final long DELAY_NANOS = 1_000_000_000L;

  /** Redrawn four times a second: enough to see movement, too few to cost anything. */
  static final long INTERVAL_NANOS = 250_000_000L;

  private static final Progress OFF = new Progress(null, 0, () -> 0L, () -> 80, 0);

  private final PrintWriter err;
  private final LongSupplier clock;
  private final java.util.function.IntSupplier widthSource;
  private int width; // the drawing thread's: found at its first line
  private final long started;
  private final long delay;
  private Thread drawer;

  private static final String PREFIX = "roadmap: ";

  private volatile String stage = "";
  private volatile String subject = "";
  private volatile long stageStarted;
  private volatile long done;
  private volatile long total;
  private volatile String unit = "";
  private volatile boolean closed;
  private boolean drawn; // guarded by this

  // The drawing thread's own: when it drew last, and how far the stage was then (12 draws: three
  // seconds at four a second).
  private final long[] recent = new long[12];
  private final long[] recentDone = new long[12];
  private int next;
  private long recentStage;

  private Progress(
      PrintWriter err,
      long delay,
      LongSupplier clock,
      java.util.function.IntSupplier width,
      long started) {
    this.err = err;
    this.delay = delay;
    this.clock = clock;
    this.widthSource = width;
    this.started = started;
    this.stageStarted = started;
  }

  /**
   * Progress for a command run in {@code env}, drawn on {@code err}; {@code wanted} is false under
   * {@code --no-progress}. Off (every method does nothing) unless standard error is a terminal.
   */
  static Progress start(Env env, boolean wanted, PrintWriter err) {
    if (!shown(env, wanted)) {
      return OFF;
    }
    // The width is found when the line is first drawn (it may start a process, stty): a run that
    // ends sooner pays nothing for it.
    return start(err, DELAY_NANOS, System::nanoTime, () -> Columns.terminalWidth(env, 80));
  }

  /** Progress drawn on {@code err} from {@code delay} on, by {@code clock}: for tests. */
  static Progress start(PrintWriter err, long delay, LongSupplier clock, int width) {
    return start(err, delay, clock, () -> width);
  }

  private static Progress start(
      PrintWriter err, long delay, LongSupplier clock, java.util.function.IntSupplier width) {
    Progress p = new Progress(err, delay, clock, width, clock.getAsLong());
    Thread t = new Thread(p::drawLoop, "roadmap-progress");
    t.setDaemon(true);
    p.drawer = t;
    t.start();
    return p;
  }

  /** Whether progress is shown in {@code env}: see the class comment. */
  static boolean shown(Env env, boolean wanted) {
    if (!wanted || !env.errTerminal()) {
      return false;
    }
    String ci = env.get("CI");
    if (ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false") && !ci.equals("0")) {
      return false;
    }
    return !"dumb".equals(env.get("TERM"));
  }

  /** Progress that is never shown. */
  static Progress off() {
    return OFF;
  }

  /** True when this progress draws nothing. */
  boolean silent() {
    return err == null;
  }

  /** A new stage, whose share done is not known (yet): {@code verb} ("reading") of {@code what}. */
  void stage(String verb, String what) {
    if (err == null) {
      return;
    }
    total = 0;
    done = 0;
    unit = "";
    stageStarted = clock.getAsLong();
    subject = Printable.of(what);
    stage = verb;
  }

  /**
   * How much of the stage is done: {@code done} of {@code total}, counted in {@code unit} ("files",
   * "checks"), or with an empty unit a share of a whole (characters read) shown as a percentage.
   */
  void step(long done, long total, String unit) {
    if (err == null) {
      return;
    }
    this.unit = unit;
    this.total = total;
    this.done = done;
  }

  /** {@link #step} in a unit already set: the cheapest call, for a loop. */
  void step(long done) {
    if (err != null) {
      this.done = done;
    }
  }

  /** Stops drawing and erases the line, if one was drawn. Safe to call more than once. */
  @Override
  public void close() {
    if (err == null || closed) {
      return;
    }
    closed = true;
    Thread t = drawer;
    if (t != null) {
      t.interrupt();
    }
    synchronized (this) {
      if (drawn) {
        err.print("\r\033[K");
        err.flush();
        drawn = false;
      }
    }
  }

  private void drawLoop() {
    try {
      while (!closed) {
        long now = clock.getAsLong();
        if (now - started >= delay) {
          draw(now);
        }
        Thread.sleep(INTERVAL_NANOS / 1_000_000L);
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  private synchronized void draw(long now) {
    if (closed || stage.isEmpty()) {
      return; // nothing to say yet
    }
    err.print("\r" + line(now) + "\033[K");
    err.flush();
    drawn = true;
  }

  /** The line as drawn at {@code now}: never wider than the terminal less one column. */
  String line(long now) {
    if (width == 0) {
      width = Math.max(20, widthSource.getAsInt());
    }
    String verb = stage;
    String name = subject;
    long t = total;
    long d = Math.min(done, t);
    StringBuilder tail = new StringBuilder();
    if (t > 0 && unit.equals("checks")) {
      // Checks differ too much in cost for a share of them to say how far the work has come.
      tail.append(String.format(Locale.ROOT, ": %,d of %,d checks", d, t));
    } else if (t > 0) {
      String u = unit;
      double share = (double) d / t;
      if (!u.isEmpty()) {
        tail.append(String.format(Locale.ROOT, " %,d of %,d %s", d, t, u));
      }
      String percent = String.format(Locale.ROOT, " %3d%%", (int) Math.floor(share * 100));
      // Room for the estimate is kept whether or not it is shown, so that the bar stays put.
      String left = left(now, d, t);
      int reserve = ", about 99 s left".length();
      int room =
          width
              - 1
              - PREFIX.length()
              - verb.length()
              - tail.length()
              - percent.length()
              - reserve
              - 3
              - Math.min(name.length() + 1, 24);
      if (room >= 10) {
        int bar = Math.min(room, 30);
        int full = (int) Math.floor(share * bar);
        tail.append(" [").append("#".repeat(full)).append(".".repeat(bar - full)).append(']');
      }
      tail.append(percent).append(left);
    } else {
      tail.append(" (").append((now - started) / 1_000_000_000L).append(" s)");
    }
    StringBuilder b = new StringBuilder(PREFIX).append(verb);
    int forName = width - 1 - b.length() - tail.length() - 1;
    if (!name.isEmpty() && forName >= 4) {
      // A long path is cut at its start: its end (the file name) says most.
      b.append(' ')
          .append(name.length() <= forName ? name : "…" + lastCodePoints(name, forName - 1));
    }
    b.append(tail);
    if (b.length() > width - 1) {
      b.setLength(width - 1);
    }
    return b.toString();
  }

  /** At most the last {@code n} chars of {@code s}, never starting with half of a pair. */
  private static String lastCodePoints(String s, int n) {
    int from = Math.max(0, s.length() - n);
    if (from > 0 && Character.isLowSurrogate(s.charAt(from))) {
      from++;
    }
    return s.substring(from);
  }

  /**
   * ", about N s left", when it can be honest: from the rate of the last few seconds (the first
   * seconds of a run are slower, while the JVM compiles), after three seconds of the stage, between
   * 5% and 99% done.
   */
  private String left(long now, long done, long total) {
    if (recentStage != stageStarted) {
      recentStage = stageStarted;
      next = 0;
    }
    recent[next % recent.length] = now;
    recentDone[next % recent.length] = done;
    next++;
    if (now - stageStarted < 3_000_000_000L || next < recent.length) {
      return "";
    }
    int oldest = next % recent.length;
    long dt = now - recent[oldest];
    long dd = done - recentDone[oldest];
    double share = (double) done / total;
    if (dt <= 0 || dd <= 0 || share < 0.05 || share >= 0.99) {
      return "";
    }
    long seconds = Math.round((total - done) * (dt / 1e9) / dd);
    if (seconds < 1) {
      return "";
    }
    return seconds < 90
        ? ", about " + seconds + " s left"
        : ", about " + Math.round(seconds / 60.0) + " min left";
  }
}
