package dev.roadmap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

/**
 * Generates roadmaps for the benchmarks, deterministic from a seed. A single source file with no
 * dependencies, so it runs on a machine with only a JDK (17 or newer):
 *
 * <pre>
 *   java bench/Generate.java roadmap N OUT.yaml [--tjp OUT.tjp] [--seed S]
 *   java bench/Generate.java many DIR FILES MILESTONES [--seed S]
 * </pre>
 *
 * <p>{@code roadmap}: one roadmap of N milestones that {@code roadmap validate} accepts with no
 * error and no warning: phases with ordered ids (p01, p02, ...), authorities and missions (one
 * transfer per mission, each after a capability), and milestones in phase order, each with 0-3
 * prerequisites on earlier milestones (mostly recent ones of the same track of about 100
 * milestones, some far back on any track), so the graph is acyclic
 * and no prerequisite is in a later phase. Dependencies are mostly finish-to-start, some
 * start-to-start and finish-to-finish, some with lags or leads; no prerequisite is implied by
 * another (RM207). About 3% of the milestones are pinned, on or after the first day their
 * prerequisites allow; some have a deadline they meet; phase windows hold their milestones. The
 * generator schedules the roadmap itself (the forward pass of docs/format.md) to place all that.
 *
 * <p>With {@code --tjp}, the same project as a TaskJuggler 3 file: one container task per phase,
 * the same tasks, durations (calendar days), dependencies and pins. Every link is written as TJ
 * can say it exactly: finish-to-start with lag L as {@code onend gapduration L}; start-to-start as
 * {@code onstart gapduration L}; finish-to-finish with lag L of a task of D days on a prerequisite
 * of P days as {@code onstart gapduration P+L-D}, and a lead L on a prerequisite of P days as
 * {@code onstart gapduration P+L} (the generator only makes those where the gap is not negative).
 * A link on a zero-length prerequisite is always written {@code onend} (the same point: TJ 3.7.1
 * reports a dependency loop for {@code onstart} on a milestone).
 * A pin is {@code start}, a deadline {@code maxend}, a {@code not-before} (only on milestones with
 * no prerequisite) {@code start}. Missions have no TaskJuggler counterpart and are left out.
 *
 * <p>{@code many}: FILES small roadmaps of MILESTONES milestones each, r00000.yaml ..., in the
 * format bench/many-files.sh used first: two phases, 0-3 prerequisites drawn uniformly from the
 * earlier milestones, durations of 0-20 days, one flow mapping per milestone.
 */
public final class Generate {
  static final LocalDate PROJECT_START = LocalDate.of(2027, 1, 4);
  static final int FS = 0;
  static final int SS = 1;
  static final int FF = 2;
  static final String[] TYPE_KEYS = {"finish-to-start", "start-to-start", "finish-to-finish"};

  static final String[] VERBS = {
    "Certify", "Stand up", "Exercise", "Evaluate", "Train", "Equip", "Review", "Integrate",
    "Deploy", "Assess", "Staff", "Rehearse"
  };
  static final String[] OBJECTS = {
    "brigade command post", "air operations centre", "logistics node", "signal battalion",
    "maritime task group", "joint fires cell", "intelligence cell", "theatre reserve",
    "combined staff", "rear-area security", "counter-fire headquarters", "medical evacuation"
  };
  static final String[][] AUTHORITIES = {
    {"usfk", "US Forces Korea"},
    {"rok-army", "Republic of Korea Army"},
    {"rok-navy", "Republic of Korea Navy"},
    {"rok-air-force", "Republic of Korea Air Force"},
    {"cfc", "Combined Forces Command"},
    {"f-cfc", "Future Combined Forces Command"}
  };
  static final int KIND_MILESTONE = 0;
  static final String[] KINDS = {
    "milestone", "decision", "condition", "capability", "evaluation", "exercise", "transfer"
  };

  public static void main(String[] args) throws IOException {
    long seed = 1;
    String tjp = null;
    String from = "roadmaps/opcon-transition.yaml";
    Shape shape = Shape.DEFAULT;
    java.util.List<String> rest = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--tjp" -> tjp = args[++i];
        case "--from" -> from = args[++i];
        case "--shape" -> shape = Shape.named(args[++i]);
        case "--links" -> shape = shape.withLinks(range(args[++i]));
        case "--reach" -> shape = shape.withReach(range(args[++i]));
        case "--long-form" -> shape = shape.withLongForm(percent(args[++i]));
        case "--durations" -> shape = shape.withDurations(percent(args[++i]));
        case "--redundant" -> shape = shape.withRedundant(percent(args[++i]));
        case "--title-length" -> shape = shape.withTitleLength(Integer.parseInt(args[++i]));
        case "--longest" -> shape = shape.withLongest(Integer.parseInt(args[++i]));
        default -> rest.add(args[i]);
      }
    }
    if (rest.size() == 3 && rest.get(0).equals("roadmap")) {
      Project p = Project.generate(Integer.parseInt(rest.get(1)), seed, shape);
      try (Writer w = writer(Path.of(rest.get(2)))) {
        p.writeYaml(w);
      }
      if (tjp != null) {
        try (Writer w = writer(Path.of(tjp))) {
          p.writeTjp(w);
        }
      }
    } else if (rest.size() == 3 && rest.get(0).equals("sample")) {
      Sample sample = Sample.repeat(Files.readString(Path.of(from)), Integer.parseInt(rest.get(1)));
      Files.writeString(Path.of(rest.get(2)), sample.text());
      System.out.println(sample.milestones() + " milestones in " + sample.copies() + " copies");
    } else if (rest.size() == 4 && rest.get(0).equals("many")) {
      many(
          Path.of(rest.get(1)), Integer.parseInt(rest.get(2)), Integer.parseInt(rest.get(3)), seed);
    } else {
      System.err.println(
          "usage: java bench/Generate.java roadmap N OUT.yaml [--tjp OUT.tjp] [--seed S]"
              + " [--shape default|dense]\n"
              + "         [--links MIN-MAX] [--reach MIN-MAX] [--long-form %] [--durations %]"
              + " [--redundant %] [--title-length CHARS] [--longest DAYS]\n"
              + "       java bench/Generate.java sample N OUT.yaml [--from roadmaps/X.yaml]\n"
              + "       java bench/Generate.java many DIR FILES MILESTONES [--seed S]");
      System.exit(2);
    }
  }

  static int[] range(String s) {
    int dash = s.indexOf('-', 1);
    int lo = Integer.parseInt(dash < 0 ? s : s.substring(0, dash));
    int hi = dash < 0 ? lo : Integer.parseInt(s.substring(dash + 1));
    if (lo < 0 || hi < lo) {
      throw new IllegalArgumentException("not a range MIN-MAX: " + s);
    }
    return new int[] {lo, hi};
  }

  static int percent(String s) {
    int p = Integer.parseInt(s.endsWith("%") ? s.substring(0, s.length() - 1) : s);
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("not a percentage: " + s);
    }
    return p;
  }

  /**
   * The shape of a generated roadmap. {@link #DEFAULT} is the generator's first shape, byte for
   * byte; {@link #DENSE} is the shape of issue 22's table: 1-3 prerequisites on any of the 100
   * milestones before, every link written in long form, durations on 80% of the milestones, and
   * 3% of the milestones with one redundant prerequisite (RM207 warnings).
   *
   * @param links prerequisites per milestone, uniform in [min, max]; null: 0-3, mostly 1-2
   * @param reach how far back a prerequisite is, uniform in [min, max] milestones; null: on the
   *     milestone's track of about 100 (see the class comment), with 1 in 10 far back on any track
   * @param longForm percentage of links written as a block mapping with id, type and lag
   * @param durations percentage of milestones that take time (the rest are zero-length)
   * @param redundant percentage of milestones given one redundant prerequisite (RM207)
   * @param titleLength titles padded with words to at least this many characters; 0: as they are
   * @param longest durations of 1 to this many days; 0: a mix of days and weeks, up to 12 weeks
   */
  record Shape(
      int[] links,
      int[] reach,
      int longForm,
      int durations,
      int redundant,
      int titleLength,
      int longest) {
    static final Shape DEFAULT = new Shape(null, null, 0, 80, 0, 0, 0);

    /**
     * Its chains grow with N (any of the 100 milestones before may be a prerequisite), so its
     * durations are short: 10,000 milestones end within TaskJuggler's calendar (up to 2035).
     */
    static final Shape DENSE = new Shape(new int[] {1, 3}, new int[] {1, 100}, 100, 80, 3, 0, 3);

    static Shape named(String name) {
      return switch (name) {
        case "default" -> DEFAULT;
        case "dense" -> DENSE;
        default -> throw new IllegalArgumentException("no shape " + name + ": default, dense");
      };
    }

    Shape withLinks(int[] v) {
      return new Shape(v, reach, longForm, durations, redundant, titleLength, longest);
    }

    Shape withReach(int[] v) {
      return new Shape(links, v, longForm, durations, redundant, titleLength, longest);
    }

    Shape withLongForm(int v) {
      return new Shape(links, reach, v, durations, redundant, titleLength, longest);
    }

    Shape withDurations(int v) {
      return new Shape(links, reach, longForm, v, redundant, titleLength, longest);
    }

    Shape withRedundant(int v) {
      return new Shape(links, reach, longForm, durations, v, titleLength, longest);
    }

    Shape withTitleLength(int v) {
      return new Shape(links, reach, longForm, durations, redundant, v, longest);
    }

    Shape withLongest(int v) {
      return new Shape(links, reach, longForm, durations, redundant, titleLength, v);
    }
  }

  static Writer writer(Path p) throws IOException {
    return new BufferedWriter(
        new java.io.OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8),
        1 << 16);
  }

  /** The roadmap of N milestones as text: for the JMH benchmarks. */
  public static String roadmap(int n, long seed) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      Project.generate(n, seed, Shape.DEFAULT).writeYaml(w);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return w.toString();
  }

  /** One generated project: milestones as parallel arrays, dates in days from the start. */
  static final class Project {
    final int n;
    final long seed;
    final Shape shape;
    final int phases;
    final int missions;
    final int width;
    final int[] phase;
    final int[] duration;
    final byte[] kind;
    final byte[] status; // 0 planned, 1 in-progress, 2 at-risk
    final int[] mission; // -1: none
    final int[] reqFirst; // requires of i: reqFirst[i] .. reqFirst[i + 1] - 1
    int[] reqTarget;
    byte[] reqType;
    int[] reqLag;
    final byte[] pin; // 0 none, 1 date, 2 start + duration, 3 start + end
    final int[] notBefore; // -1: none
    final int[] deadline; // -1: none
    final int[] start;
    final boolean[] weeks; // write the duration in weeks
    final int[] phaseStart;
    final int[] phaseEnd;
    final int[] missionFrom;
    final int[] missionTo;
    int projectEnd;
    private int[] stack = new int[64];
    private int[] seenAt; // the visit in which reaches() last saw a milestone
    private int visit;

    private Project(int n, long seed, Shape shape) {
      this.n = n;
      this.seed = seed;
      this.shape = shape;
      int p = 4 + 2 * (int) Math.floor(Math.log10(Math.max(1, n / 1000.0)));
      this.phases = Math.max(3, Math.min(12, p));
      this.missions = Math.max(1, Math.min(n / 4, n / 250));
      this.width = Math.max(4, Integer.toString(Math.max(0, n - 1)).length());
      phase = new int[n];
      duration = new int[n];
      kind = new byte[n];
      status = new byte[n];
      mission = new int[n];
      reqFirst = new int[n + 1];
      reqTarget = new int[Math.max(16, n * 2)];
      reqType = new byte[reqTarget.length];
      reqLag = new int[reqTarget.length];
      pin = new byte[n];
      seenAt = new int[n];
      notBefore = new int[n];
      deadline = new int[n];
      start = new int[n];
      weeks = new boolean[n];
      phaseStart = new int[phases];
      phaseEnd = new int[phases];
      missionFrom = new int[missions];
      missionTo = new int[missions];
    }

    static Project generate(int n, long seed, Shape shape) {
      if (n < 4) {
        throw new IllegalArgumentException("N must be at least 4");
      }
      Project p = new Project(n, seed, shape);
      p.build(new Random(seed));
      return p;
    }

    int end(int i) {
      return start[i] + duration[i];
    }

    /** The last day a milestone occupies, inclusive (its day for a zero-length one). */
    int finish(int i) {
      return duration[i] == 0 ? start[i] : start[i] + duration[i] - 1;
    }

    private void build(Random r) {
      for (int m = 0; m < missions; m++) {
        missionFrom[m] = r.nextInt(AUTHORITIES.length);
        missionTo[m] = (missionFrom[m] + 1 + r.nextInt(AUTHORITIES.length - 1)) % AUTHORITIES.length;
      }
      // Parallel tracks of about 100 milestones each (milestone i is on track i % tracks): most
      // links stay on a track, so the longest chain, hence the project span, does not grow with N.
      int tracks = Math.max(1, n / 100);
      int stride = n / missions; // milestone stride * k + stride - 1 is the transfer of mission k
      int links = 0;
      int most = shape.links == null ? 3 : shape.links[1];
      int[] chosen = new int[most + 2];
      int[] chosenType = new int[most + 2];
      int[] chosenLag = new int[most + 2];
      int zeroLength = 100 - shape.durations; // the rolls below it make zero-length milestones
      for (int i = 0; i < n; i++) {
        phase[i] = (int) ((long) i * phases / n);
        mission[i] = -1;
        deadline[i] = -1;
        boolean transfer = i % stride == stride - 1 && i / stride < missions;
        boolean readiness = (i + 1) % stride == stride - 1 && (i + 1) / stride < missions;
        // Kind and duration.
        int roll = r.nextInt(100);
        // Rescaled so that the default shape (80% with durations) draws as it always did.
        roll =
            roll < zeroLength
                ? roll * 20 / zeroLength
                : 20 + (roll - zeroLength) * 80 / Math.max(1, shape.durations);
        if (transfer) {
          kind[i] = 6;
          mission[i] = i / stride;
          duration[i] = 0;
        } else if (readiness) {
          kind[i] = 3;
          duration[i] = 7 * (2 + r.nextInt(8));
        } else if (roll < 20) {
          kind[i] = (byte) (roll < 14 ? 0 : roll < 18 ? 1 : 2);
          duration[i] = 0;
        } else if (roll < 50) {
          kind[i] = (byte) (roll < 40 ? 0 : 5);
          duration[i] = 1 + r.nextInt(10);
        } else {
          kind[i] = (byte) (roll < 80 ? 3 : 4);
          duration[i] = 7 * (2 + r.nextInt(11));
        }
        if (shape.longest > 0 && duration[i] > 0) {
          duration[i] = 1 + r.nextInt(shape.longest);
        }
        weeks[i] = duration[i] > 0 && duration[i] % 7 == 0 && r.nextInt(4) != 0;
        int s = r.nextInt(100);
        status[i] = (byte) (s < 3 ? 1 : s < 5 ? 2 : 0);

        // Prerequisites.
        int count;
        if (i == 0) {
          count = 0;
        } else if (shape.links == null) {
          int c = r.nextInt(100);
          count = c < 5 ? 0 : c < 50 ? 1 : c < 85 ? 2 : 3;
          count = Math.min(count, i);
        } else {
          count = shape.links[0] + r.nextInt(shape.links[1] - shape.links[0] + 1);
          count = Math.min(count, i);
        }
        int k = 0;
        if (transfer) {
          chosen[k] = i - 1;
          chosenType[k] = FS;
          chosenLag[k] = 0;
          k++;
          count = Math.max(count, 1);
        }
        for (int attempt = 0; k < count && attempt < 8; attempt++) {
          boolean far = shape.reach == null && r.nextInt(10) == 0 && i > 200;
          int target;
          if (shape.reach != null) {
            target = i - shape.reach[0] - r.nextInt(shape.reach[1] - shape.reach[0] + 1);
          } else if (far) {
            target = r.nextInt(i);
          } else {
            // Mostly the last few milestones of the same track.
            int back = 1 + (int) Math.min(19, Math.floor(-Math.log(1 - r.nextDouble()) * 1.5));
            target = i - back * tracks;
          }
          if (target < 0 || contains(chosen, k, target)) {
            continue;
          }
          int type;
          int lag;
          int t = r.nextInt(100);
          if (far) {
            // A far link is never a plain finish-to-start: RM207 could not then flag it, and
            // checking a long chain for it would be slow.
            if (t < 50) {
              type = FS;
              lag = 1 + r.nextInt(28);
            } else {
              type = t < 75 ? SS : FF;
              lag = r.nextInt(15);
            }
          } else if (t < 85) {
            type = FS;
            int l = r.nextInt(100);
            lag = l < 80 ? 0 : l < 92 ? 1 + r.nextInt(28) : -(1 + r.nextInt(5));
            if (lag < 0) {
              lag = Math.max(lag, -duration[target]); // a lead is never longer than the task
            }
          } else {
            type = t < 93 ? SS : FF;
            lag = r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(14);
          }
          if (type == FF && duration[target] + lag - duration[i] < 0) {
            type = FS; // TaskJuggler can only say a finish-to-finish link as a gap after a start
          }
          chosen[k] = target;
          chosenType[k] = type;
          chosenLag[k] = lag;
          if (redundant(chosen, chosenType, chosenLag, k, links)) {
            continue;
          }
          k++;
        }
        if (k > 0 && shape.redundant > 0 && r.nextInt(100) < shape.redundant) {
          k = addRedundant(r, chosen, chosenType, chosenLag, k);
        }
        if (links + k > reqTarget.length) {
          int size = Math.max(reqTarget.length * 2, links + k);
          reqTarget = Arrays.copyOf(reqTarget, size);
          reqType = Arrays.copyOf(reqType, size);
          reqLag = Arrays.copyOf(reqLag, size);
        }
        for (int j = 0; j < k; j++) {
          reqTarget[links] = chosen[j];
          reqType[links] = (byte) chosenType[j];
          reqLag[links] = chosenLag[j];
          links++;
        }
        reqFirst[i + 1] = links;

        // Not-before: a milestone with no prerequisite waits for its phase (nominal) start.
        notBefore[i] = k == 0 && phase[i] > 0 ? phase[i] * 91 : -1;

        // Forward pass (docs/format.md): the latest constraint wins; then a pin on or after it.
        int earliest = Math.max(0, notBefore[i]);
        for (int l = reqFirst[i]; l < links; l++) {
          int q = reqTarget[l];
          int c =
              switch (reqType[l]) {
                case SS -> start[q] + reqLag[l];
                case FF -> end(q) + reqLag[l] - duration[i];
                default -> end(q) + reqLag[l];
              };
          earliest = Math.max(earliest, c);
        }
        int pr = r.nextInt(100);
        if (pr < 3 && !transfer) {
          pin[i] = (byte) (duration[i] == 0 ? 1 : pr < 2 ? 2 : 3);
          start[i] = earliest + r.nextInt(21);
        } else {
          start[i] = earliest;
          if (pr >= 97 && !transfer) {
            deadline[i] = finish(i) + r.nextInt(61);
          }
        }
      }
      // Phase windows: they hold every milestone of the phase, with a margin after.
      Arrays.fill(phaseStart, Integer.MAX_VALUE);
      Arrays.fill(phaseEnd, Integer.MIN_VALUE);
      projectEnd = 0;
      for (int i = 0; i < n; i++) {
        phaseStart[phase[i]] = Math.min(phaseStart[phase[i]], start[i]);
        phaseEnd[phase[i]] = Math.max(phaseEnd[phase[i]], finish(i));
        projectEnd = Math.max(projectEnd, end(i) + 1);
      }
      for (int p = 0; p < phases; p++) {
        phaseEnd[p] += 30;
        projectEnd = Math.max(projectEnd, phaseEnd[p] + 1);
      }
    }

    /**
     * Adds a prerequisite that RM207 reports: a plain finish-to-start link on a prerequisite of a
     * prerequisite, both links finish-to-start with no lead. Returns the new count of links (the
     * same when no chosen prerequisite has such a link of its own).
     */
    int addRedundant(Random r, int[] chosen, int[] type, int[] lag, int k) {
      int from = r.nextInt(k);
      for (int j = 0; j < k; j++) {
        int via = chosen[(from + j) % k];
        if (!followed(type[(from + j) % k], lag[(from + j) % k])) {
          continue;
        }
        for (int l = reqFirst[via]; l < reqFirst[via + 1]; l++) {
          if (followed(reqType[l], reqLag[l]) && !contains(chosen, k, reqTarget[l])) {
            chosen[k] = reqTarget[l];
            type[k] = FS;
            lag[k] = 0;
            return k + 1;
          }
        }
      }
      return k;
    }

    static boolean contains(int[] a, int k, int v) {
      for (int j = 0; j < k; j++) {
        if (a[j] == v) {
          return true;
        }
      }
      return false;
    }

    static boolean plain(int type, int lag) {
      return type == FS && lag <= 0;
    }

    static boolean followed(int type, int lag) {
      return type == FS && lag >= 0;
    }

    /**
     * Whether the candidate {@code chosen[k]} would make a prerequisite redundant (RM207) with one
     * already chosen: a plain finish-to-start prerequisite reached from another finish-to-start
     * one through finish-to-start links with no lead.
     */
    boolean redundant(int[] chosen, int[] type, int[] lag, int k, int links) {
      for (int j = 0; j < k; j++) {
        if (plain(type[k], lag[k]) && followed(type[j], lag[j]) && reaches(chosen[j], chosen[k])) {
          return true;
        }
        if (plain(type[j], lag[j]) && followed(type[k], lag[k]) && reaches(chosen[k], chosen[j])) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code to} is an ancestor of {@code from} through followed links (or may be). */
    boolean reaches(int from, int to) {
      if (from < to) {
        return false; // prerequisites always come earlier in the file
      }
      int[] stack = this.stack;
      int top = 0;
      if (++visit == 0) {
        Arrays.fill(seenAt, 0);
        visit = 1;
      }
      int seen = 0;
      stack[top++] = from;
      while (top > 0) {
        int x = stack[--top];
        for (int l = reqFirst[x]; l < reqFirst[x + 1]; l++) {
          int q = reqTarget[l];
          if (!followed(reqType[l], reqLag[l]) || q < to) {
            continue;
          }
          if (q == to) {
            return true;
          }
          if (seenAt[q] != visit) {
            seenAt[q] = visit;
            if (++seen > 2000) {
              return true; // too far to tell cheaply: treat as redundant
            }
            if (top == stack.length) {
              stack = this.stack = Arrays.copyOf(stack, top * 2);
            }
            stack[top++] = q;
          }
        }
      }
      return false;
    }

    String id(int i) {
      String s = Integer.toString(i);
      return "m" + "0".repeat(Math.max(0, width - s.length())) + s;
    }

    static String phaseId(int p) {
      return p < 9 ? "p0" + (p + 1) : "p" + (p + 1);
    }

    static String missionId(int m) {
      return String.format("mission-%04d", m + 1);
    }

    String title(int i) {
      if (kind[i] == 6) {
        return "Transfer of " + missionId(mission[i]);
      }
      long h = mix(seed * 0x9E3779B97F4A7C15L + i);
      String t =
          VERBS[(int) Long.remainderUnsigned(h, VERBS.length)]
              + " "
              + OBJECTS[(int) Long.remainderUnsigned(h >>> 20, OBJECTS.length)]
              + " "
              + (1 + Long.remainderUnsigned(h >>> 40, 99));
      if (t.length() >= shape.titleLength) {
        return t;
      }
      StringBuilder b = new StringBuilder(t).append(", with the");
      for (int w = 1; b.length() < shape.titleLength; w++) {
        b.append(' ').append(OBJECTS[(int) Long.remainderUnsigned(mix(h + w), OBJECTS.length)]);
      }
      return b.toString();
    }

    /** Whether link l is written as a block mapping with all of id, type and lag. */
    boolean longForm(int l) {
      return shape.longForm > 0
          && Long.remainderUnsigned(mix(seed * 31 + l), 100) < shape.longForm;
    }

    static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    static String date(int day) {
      return PROJECT_START.plusDays(day).toString();
    }

    static String span(int days, boolean weeks) {
      return weeks && days % 7 == 0 && days != 0 ? days / 7 + "w" : days + "d";
    }

    void writeYaml(Writer w) throws IOException {
      StringBuilder b = new StringBuilder(1 << 16);
      b.append("# Generated by bench/Generate.java: ")
          .append(n)
          .append(" milestones, seed ")
          .append(seed)
          .append(".\nroadmap: 1\ntitle: Generated roadmap of ")
          .append(n)
          .append(" milestones (seed ")
          .append(seed)
          .append(")\nstart: ")
          .append(date(0))
          .append("\n\nauthorities:\n");
      for (String[] a : AUTHORITIES) {
        b.append("  - id: ").append(a[0]).append("\n    name: ").append(a[1]).append('\n');
      }
      b.append("\nmissions:\n");
      for (int m = 0; m < missions; m++) {
        b.append("  - id: ")
            .append(missionId(m))
            .append("\n    name: Mission ")
            .append(m + 1)
            .append(" of the combined command\n    from: ")
            .append(AUTHORITIES[missionFrom[m]][0])
            .append("\n    to: ")
            .append(AUTHORITIES[missionTo[m]][0])
            .append('\n');
      }
      b.append("\nphases:\n");
      for (int p = 0; p < phases; p++) {
        b.append("  - id: ")
            .append(phaseId(p))
            .append("\n    name: Phase ")
            .append(p + 1)
            .append("\n    start: ")
            .append(date(phaseStart[p]))
            .append("\n    end: ")
            .append(date(phaseEnd[p]))
            .append('\n');
      }
      b.append("\nmilestones:\n");
      for (int i = 0; i < n; i++) {
        b.append("  - id: ").append(id(i));
        b.append("\n    title: ").append(title(i));
        b.append("\n    phase: ").append(phaseId(phase[i]));
        if (kind[i] != KIND_MILESTONE) {
          b.append("\n    kind: ").append(KINDS[kind[i]]);
        }
        if (mission[i] >= 0) {
          b.append("\n    mission: ").append(missionId(mission[i]));
        }
        switch (pin[i]) {
          case 1 -> b.append("\n    date: ").append(date(start[i]));
          case 2 -> b.append("\n    start: ")
              .append(date(start[i]))
              .append("\n    duration: ")
              .append(span(duration[i], weeks[i]));
          case 3 -> b.append("\n    start: ")
              .append(date(start[i]))
              .append("\n    end: ")
              .append(date(finish(i)));
          default -> {
            if (duration[i] > 0) {
              b.append("\n    duration: ").append(span(duration[i], weeks[i]));
            }
          }
        }
        boolean block = false;
        for (int l = reqFirst[i]; l < reqFirst[i + 1] && !block; l++) {
          block = longForm(l);
        }
        if (block) {
          b.append("\n    requires:");
          for (int l = reqFirst[i]; l < reqFirst[i + 1]; l++) {
            b.append("\n      - ");
            if (!longForm(l)) {
              b.append(id(reqTarget[l]));
            } else {
              b.append("id: ")
                  .append(id(reqTarget[l]))
                  .append("\n        type: ")
                  .append(TYPE_KEYS[reqType[l]])
                  .append("\n        lag: ")
                  .append(span(reqLag[l], reqLag[l] > 0 && reqLag[l] % 7 == 0));
            }
          }
        } else if (reqFirst[i + 1] > reqFirst[i]) {
          b.append("\n    requires: [");
          for (int l = reqFirst[i]; l < reqFirst[i + 1]; l++) {
            if (l > reqFirst[i]) {
              b.append(", ");
            }
            if (reqType[l] == FS && reqLag[l] == 0) {
              b.append(id(reqTarget[l]));
            } else {
              b.append("{id: ").append(id(reqTarget[l]));
              if (reqType[l] != FS) {
                b.append(", type: ").append(TYPE_KEYS[reqType[l]]);
              }
              if (reqLag[l] != 0) {
                b.append(", lag: ").append(span(reqLag[l], reqLag[l] > 0 && reqLag[l] % 7 == 0));
              }
              b.append('}');
            }
          }
          b.append(']');
        }
        if (status[i] != 0) {
          b.append("\n    status: ").append(status[i] == 1 ? "in-progress" : "at-risk");
        }
        if (notBefore[i] >= 0) {
          b.append("\n    not-before: ").append(date(notBefore[i]));
        }
        if (deadline[i] >= 0) {
          b.append("\n    deadline: ").append(date(deadline[i]));
        }
        if (i % 50 == 7) {
          b.append("\n    source: \"Planning conference ").append(1 + i % 13).append(", minutes\"");
        }
        b.append('\n');
        if (b.length() > 60_000) {
          w.append(b);
          b.setLength(0);
        }
      }
      w.append(b);
    }

    void writeTjp(Writer w) throws IOException {
      StringBuilder b = new StringBuilder(1 << 16);
      b.append("# Generated by bench/Generate.java: ")
          .append(n)
          .append(" milestones, seed ")
          .append(seed)
          .append(" (the same project as the YAML file).\n")
          .append("project roadmap \"Generated roadmap of ")
          .append(n)
          .append(" milestones (seed ")
          .append(seed)
          .append(")\" ")
          .append(date(0))
          .append(" - ")
          .append(date(projectEnd + 31))
          .append(" {\n  timezone \"UTC\"\n}\n");
      int p = -1;
      for (int i = 0; i < n; i++) {
        if (phase[i] != p) {
          if (p >= 0) {
            b.append("}\n");
          }
          p = phase[i];
          b.append("task ").append(phaseId(p)).append(" \"Phase ").append(p + 1).append("\" {\n");
        }
        b.append("  task ").append(id(i)).append(" \"").append(title(i)).append("\" {");
        b.append(duration[i] == 0 ? " milestone" : " duration " + duration[i] + "d");
        if (pin[i] != 0) {
          b.append(" start ").append(date(start[i]));
        } else if (notBefore[i] >= 0) {
          b.append(" start ").append(date(notBefore[i]));
        } else if (reqFirst[i + 1] == reqFirst[i]) {
          b.append(" start ").append(date(0));
        }
        if (deadline[i] >= 0) {
          b.append(" maxend ").append(date(deadline[i] + 1));
        }
        for (int l = reqFirst[i]; l < reqFirst[i + 1]; l++) {
          int q = reqTarget[l];
          b.append(l == reqFirst[i] ? " depends " : ", ")
              .append(phaseId(phase[q]))
              .append('.')
              .append(id(q));
          boolean onStart;
          int gap;
          switch (reqType[l]) {
            case SS -> {
              onStart = true;
              gap = reqLag[l];
            }
            case FF -> {
              onStart = true;
              gap = duration[q] + reqLag[l] - duration[i];
            }
            default -> {
              onStart = reqLag[l] < 0;
              gap = onStart ? duration[q] + reqLag[l] : reqLag[l];
            }
          }
          if (gap < 0) {
            throw new IllegalStateException("negative gap on " + id(i));
          }
          if (duration[q] == 0) {
            // Start and end are one point; TaskJuggler 3.7.1 reports a dependency loop for an
            // onstart link on a milestone.
            onStart = false;
          }
          if (onStart || gap > 0) {
            b.append(" {");
            if (onStart) {
              b.append(" onstart");
            }
            if (gap > 0) {
              b.append(" gapduration ").append(gap).append('d');
            }
            b.append(" }");
          }
        }
        b.append(" }\n");
        if (b.length() > 60_000) {
          w.append(b);
          b.setLength(0);
        }
      }
      b.append("}\n");
      w.append(b);
    }
  }

  /**
   * A roadmap's milestones repeated: the shape of a hand-written file (comments, sources, long
   * titles, its own mix of links), at any size. Copy c > 0 of the milestones and of the missions
   * gets ids ending in {@code -cC}, and every id in the copy's lines (outside comments, titles,
   * names, sources and mission groups, which are written once) is renamed with it, so each copy is the whole roadmap again, with the same
   * dates and findings. Everything else in the file is written once.
   */
  record Sample(String text, int milestones, int copies) {
    static final java.util.regex.Pattern ID =
        java.util.regex.Pattern.compile("^  - id: ([A-Za-z0-9_-]+)");
    static final java.util.regex.Pattern TEXT =
        java.util.regex.Pattern.compile("^\\s*(?:- )?(?:title|name|source|note|group):");

    static Sample repeat(String text, int atLeast) {
      String[] lines = text.split("\n", -1);
      int missions = section(lines, "missions:");
      int milestones = section(lines, "milestones:");
      if (missions < 0 || milestones < 0 || missions > milestones) {
        throw new IllegalArgumentException("the file needs missions: before milestones:");
      }
      int missionsEnd = end(lines, missions);
      int milestonesEnd = end(lines, milestones);
      java.util.List<String> ids = new java.util.ArrayList<>();
      int count = collect(lines, missions, missionsEnd, ids);
      count = collect(lines, milestones, milestonesEnd, ids) - count;
      java.util.regex.Pattern any =
          java.util.regex.Pattern.compile(
              "(?<![A-Za-z0-9_-])("
                  + String.join("|", ids.stream().map(java.util.regex.Pattern::quote).toList())
                  + ")(?![A-Za-z0-9_-])");
      int copies = Math.max(1, (atLeast + count - 1) / count);
      StringBuilder b = new StringBuilder(text.length() * copies);
      b.append("# ").append(copies).append(" copies of the milestones below (bench/Generate.java)\n");
      append(b, lines, 0, missions + 1);
      for (int c = 0; c < copies; c++) {
        copy(b, lines, missions + 1, missionsEnd, any, c);
      }
      append(b, lines, missionsEnd, milestones + 1);
      for (int c = 0; c < copies; c++) {
        copy(b, lines, milestones + 1, milestonesEnd, any, c);
      }
      append(b, lines, milestonesEnd, lines.length);
      return new Sample(b.toString(), count * copies, copies);
    }

    /** The line of a top-level key, or -1. */
    static int section(String[] lines, String key) {
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].startsWith(key)) {
          return i;
        }
      }
      return -1;
    }

    /** The line after a section: the next top-level key, or the end. */
    static int end(String[] lines, int start) {
      for (int i = start + 1; i < lines.length; i++) {
        String l = lines[i];
        if (!l.isEmpty() && l.charAt(0) != ' ' && l.charAt(0) != '#' && l.charAt(0) != '-') {
          return i;
        }
      }
      return lines.length;
    }

    static int collect(String[] lines, int from, int to, java.util.List<String> ids) {
      for (int i = from; i < to; i++) {
        java.util.regex.Matcher m = ID.matcher(lines[i]);
        if (m.find()) {
          ids.add(m.group(1));
        }
      }
      return ids.size();
    }

    static void append(StringBuilder b, String[] lines, int from, int to) {
      for (int i = from; i < to; i++) {
        b.append(lines[i]);
        if (i < lines.length - 1) {
          b.append('\n');
        }
      }
    }

    static void copy(
        StringBuilder b, String[] lines, int from, int to, java.util.regex.Pattern ids, int c) {
      for (int i = from; i < to; i++) {
        String l = lines[i];
        if (c > 0 && !l.stripLeading().startsWith("#") && !TEXT.matcher(l).find()) {
          int hash = l.indexOf(" #");
          String body = hash < 0 ? l : l.substring(0, hash);
          l = ids.matcher(body).replaceAll("$1-c" + c) + (hash < 0 ? "" : l.substring(hash));
        }
        b.append(l).append('\n');
      }
    }
  }

  /** The many-files set: the format of the first bench/many-files.sh. */
  static void many(Path dir, int files, int milestones, long seed) throws IOException {
    Files.createDirectories(dir);
    Random r = new Random(seed);
    for (int f = 0; f < files; f++) {
      StringBuilder s = new StringBuilder();
      s.append("roadmap: 1\ntitle: File ")
          .append(f)
          .append("\nstart: 2024-01-01\nphases: [{id: p1}, {id: p2}]\nmilestones:\n");
      for (int i = 0; i < milestones; i++) {
        int count = i == 0 ? 0 : Math.min(i, r.nextInt(4));
        int[] pool = new int[i];
        for (int j = 0; j < i; j++) {
          pool[j] = j;
        }
        StringBuilder req = new StringBuilder();
        for (int j = 0; j < count; j++) {
          int pick = j + r.nextInt(i - j);
          int t = pool[pick];
          pool[pick] = pool[j];
          pool[j] = t;
          req.append(j == 0 ? "" : ", ").append('m').append(t);
        }
        s.append("  - {id: m")
            .append(i)
            .append(", title: M")
            .append(i)
            .append(", phase: p")
            .append(i < milestones / 2 ? 1 : 2)
            .append(", duration: ")
            .append(r.nextInt(21))
            .append('d')
            .append(count > 0 ? ", requires: [" + req + "]" : "")
            .append("}\n");
      }
      Files.writeString(dir.resolve(String.format("r%05d.yaml", f)), s);
    }
  }
}
