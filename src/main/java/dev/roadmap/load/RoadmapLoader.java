package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Authority;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Mission;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Ref;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Span;
import dev.roadmap.model.Status;
import dev.roadmap.model.TextRun;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads format version 1 of the roadmap file (docs/format.md) from YAML text. Never throws on user
 * input: every problem becomes a diagnostic, and as much of the roadmap as can be read is kept, so
 * the checks can report everything in one run.
 */
public final class RoadmapLoader {
  /** The format versions this loader reads. */
  public static final int FORMAT_VERSION = 1;

  /** The longest duration or lag: 100 years, so that no date leaves the years 0001-9999. */
  static final int MAX_DAYS = 36_525;

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DURATION = Pattern.compile("([+-]?)(\\d{1,6})([dw])");
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  // The keys allowed in each mapping, as arrays: the binding of a million milestones looks keys up
  // in them, and an array is one class at every call site (lists of two and of more are not).
  private static final String[] TOP_KEYS = {
    "roadmap", "title", "start", "as-of", "authorities", "missions", "phases", "milestones"
  };
  private static final String[] AUTHORITY_KEYS = {"id", "name"};
  private static final String[] MISSION_KEYS = {"id", "name", "from", "to"};
  private static final String[] PHASE_KEYS = {"id", "name", "start", "end"};
  private static final String[] MILESTONE_KEYS = {
    "id",
    "title",
    "phase",
    "kind",
    "mission",
    "date",
    "start",
    "end",
    "duration",
    "requires",
    "status",
    "source",
    "not-before",
    "deadline"
  };
  private static final String[] DEPENDENCY_KEYS = {"id", "type", "lag"};

  /** The constants of each enum, once: {@code values()} copies its array at every call. */
  private static final Kind[] KINDS = Kind.values();

  private static final Status[] STATUSES = Status.values();
  private static final DependencyType[] TYPES = DependencyType.values();

  private final String file;

  /** Where findings go now: the loader's own list, or that of the streamed milestones. */
  private List<Diagnostic> diagnostics = new ArrayList<>();

  private final Limits limits;

  /*
   * The milestones are streamed (YamlReader.readStreaming): each is bound as soon as the reader
   * has read it, and its nodes are dropped. The findings stay in the order of a whole-tree load:
   * the reader's first, then the loader's for the top level, then those of the milestones.
   */
  private YamlNode.Sequence streamed;
  private int streamedCount;
  private List<Milestone> streamedMilestones = new ArrayList<>();
  private final List<Diagnostic> milestoneDiagnostics = new ArrayList<>();

  /**
   * One String per distinct id or reference, and one LocalDate per distinct date, for the length of
   * a load: 'p3' written 100,000 times is kept once, and a reference shares its target's id.
   */
  private final StringPool ids = new StringPool();

  private final Map<String, LocalDate> dates = new HashMap<>();

  private final ReadOptions options;

  private RoadmapLoader(String file, Limits limits, ReadOptions options) {
    this.file = file;
    this.limits = limits;
    this.options = options;
  }

  /**
   * Loads a roadmap.
   *
   * @param file the source name used in positions
   * @param text the whole file
   */
  public static LoadResult load(String file, String text) {
    return load(file, text, Limits.DEFAULT);
  }

  /** Loads a roadmap within {@code limits}. */
  public static LoadResult load(String file, String text, Limits limits) {
    return load(file, text, limits, ReadOptions.DEFAULT);
  }

  /** Loads a roadmap within {@code limits}, read as {@code options} say. */
  static LoadResult load(String file, String text, Limits limits, ReadOptions options) {
    return new RoadmapLoader(file, limits, options).run(text, true);
  }

  /** Loads from a whole tree, as before streaming: for tests that compare the two. */
  static LoadResult loadWithoutStreaming(String file, String text, Limits limits) {
    return new RoadmapLoader(file, limits, ReadOptions.DEFAULT).run(text, false);
  }

  /** The text being loaded: milestones keep their titles as runs of it. */
  private String source = "";

  private LoadResult run(String text, boolean stream) {
    source = text;
    List<Diagnostic> read = new ArrayList<>();
    YamlReader.Document doc =
        YamlReader.readStreaming(
            file,
            text,
            limits,
            read,
            stream ? "milestones" : null,
            this::streamedMilestone,
            options);
    YamlNode root = doc.root();
    if (root == null) {
      return new LoadResult(null, read);
    }
    diagnostics = read;
    streamed = doc.streamed();
    if (!(root instanceof YamlNode.Mapping map)) {
      diagnostics.add(
          Diagnostic.of(
              Code.WRONG_TYPE,
              root.span(),
              "a roadmap file is a mapping, but this document is " + root.describe(),
              "start with 'roadmap: 1', then 'title:', 'start:', 'phases:' and 'milestones:'"));
      return new LoadResult(null, diagnostics);
    }
    return new LoadResult(roadmap(map), diagnostics);
  }

  /** Binds one streamed milestone; past the limit, only counts them. */
  private void streamedMilestone(YamlNode item) {
    if (++streamedCount > limits.maxMilestones()) {
      // The whole-tree load binds none of them then: drop what was bound.
      if (streamedMilestones != null) {
        streamedMilestones = null;
        milestoneDiagnostics.clear();
      }
      return;
    }
    List<Diagnostic> outer = diagnostics;
    diagnostics = milestoneDiagnostics;
    try {
      Milestone m = milestone(item);
      if (m != null) {
        streamedMilestones.add(m);
      }
    } finally {
      diagnostics = outer;
    }
  }

  private Roadmap roadmap(YamlNode.Mapping map) {
    Obj top = new Obj(map, TOP_KEYS, "the roadmap");
    top.require("roadmap", "title", "start", "phases", "milestones");
    int version = 0;
    YamlNode v = top.get("roadmap");
    if (v != null) {
      version = version(v);
    }
    String title = top.string("title");
    LocalDate start = top.date("start");
    LocalDate asOf = top.date("as-of");
    List<Authority> authorities = top.list("authorities", this::authority);
    List<Mission> missions = top.list("missions", this::mission);
    List<Phase> phases = top.list("phases", this::phase);
    YamlNode ms = top.get("milestones");
    int count =
        ms != null && ms == streamed
            ? streamedCount
            : ms instanceof YamlNode.Sequence seq ? seq.items().size() : 0;
    if (count > limits.maxMilestones()) {
      diagnostics.add(
          Diagnostic.of(
              Code.LIMIT_EXCEEDED,
              top.spanOfKey("milestones"),
              "the file has "
                  + count
                  + " milestones, over the limit of "
                  + limits.maxMilestones()
                  + "; they are not checked",
              "raise the limit with --max-milestones if the file is genuine"));
      return new Roadmap(
          file, version, title, start, asOf, authorities, missions, phases, List.of(), top.spans());
    }
    List<Milestone> milestones;
    if (ms != null && ms == streamed) {
      milestones = streamedMilestones;
      diagnostics.addAll(milestoneDiagnostics);
    } else {
      milestones = top.list("milestones", this::milestone);
    }
    long links = milestones.stream().mapToLong(m -> m.requires().size()).sum();
    if (links > limits.maxDependencies()) {
      diagnostics.add(
          Diagnostic.of(
              Code.LIMIT_EXCEEDED,
              top.spanOfKey("milestones"),
              "the file has "
                  + links
                  + " prerequisite links, over the limit of "
                  + limits.maxDependencies()
                  + "; they are not checked",
              "raise the limit with --max-dependencies if the file is genuine"));
      milestones = List.of();
    }
    return new Roadmap(
        file, version, title, start, asOf, authorities, missions, phases, milestones, top.spans());
  }

  private int version(YamlNode v) {
    if (v instanceof YamlNode.Scalar s && s.text().matches("\\d{1,9}")) {
      int version = Integer.parseInt(s.text());
      if (version != FORMAT_VERSION) {
        diagnostics.add(
            Diagnostic.of(
                Code.UNSUPPORTED_VERSION,
                s.span(),
                "format version "
                    + version
                    + " is not supported; this roadmap reads version "
                    + FORMAT_VERSION,
                "write 'roadmap: 1', or use a roadmap release that reads version " + version));
      }
      return version;
    }
    diagnostics.add(
        Diagnostic.of(
            Code.WRONG_TYPE,
            v.span(),
            "'roadmap' is the format version, a whole number, not " + v.describe(),
            "write 'roadmap: 1'"));
    return 0;
  }

  private Authority authority(YamlNode node) {
    Obj o = object(node, AUTHORITY_KEYS, "an authority");
    if (o == null) {
      return null;
    }
    o.require("id");
    Ref id = o.id("id");
    return id == null ? null : new Authority(id.id(), o.string("name"), id.span());
  }

  private Mission mission(YamlNode node) {
    Obj o = object(node, MISSION_KEYS, "a mission");
    if (o == null) {
      return null;
    }
    o.require("id", "from", "to");
    Ref id = o.id("id");
    if (id == null) {
      return null;
    }
    return new Mission(id.id(), o.string("name"), o.id("from"), o.id("to"), id.span());
  }

  private Phase phase(YamlNode node) {
    Obj o = object(node, PHASE_KEYS, "a phase");
    if (o == null) {
      return null;
    }
    o.require("id");
    Ref id = o.id("id");
    if (id == null) {
      return null;
    }
    return new Phase(
        id.id(),
        o.string("name"),
        o.date("start"),
        o.date("end"),
        id.span(),
        o.spanOf("start"),
        o.spanOf("end"));
  }

  private Milestone milestone(YamlNode node) {
    Obj o = object(node, MILESTONE_KEYS, "a milestone");
    if (o == null) {
      return null;
    }
    o.require("id", "title", "phase");
    Ref id = o.id("id");
    if (id == null) {
      return null;
    }
    Kind kind = o.choice("kind", KINDS, Kind::key, Kind.MILESTONE);
    Status status = o.choice("status", STATUSES, Status::key, Status.PLANNED);
    Integer duration = o.duration("duration", false);
    List<Dependency> requires = o.list("requires", this::dependency);
    return new Milestone(
        id.id(),
        o.text("title"),
        o.id("phase"),
        kind,
        o.id("mission"),
        o.date("date"),
        o.date("start"),
        o.date("end"),
        duration,
        o.date("not-before"),
        o.date("deadline"),
        requires,
        status,
        o.string("source"),
        id.span(),
        o.spans());
  }

  private Dependency dependency(YamlNode node) {
    if (node instanceof YamlNode.Scalar s && !s.isNull()) {
      Ref target = checkId(s);
      return target == null
          ? null
          : new Dependency(target, DependencyType.FINISH_TO_START, 0, s.span());
    }
    Obj o = object(node, DEPENDENCY_KEYS, "a prerequisite");
    if (o == null) {
      return null;
    }
    o.require("id");
    Ref target = o.id("id");
    DependencyType type =
        o.choice("type", TYPES, DependencyType::key, DependencyType.FINISH_TO_START);
    Integer lag = o.duration("lag", true);
    return target == null ? null : new Dependency(target, type, lag == null ? 0 : lag, node.span());
  }

  private Obj object(YamlNode node, String[] keys, String what) {
    if (node instanceof YamlNode.Mapping m) {
      return new Obj(m, keys, what);
    }
    diagnostics.add(
        Diagnostic.of(
            Code.WRONG_TYPE,
            node.span(),
            "expected " + what + " as a mapping, found " + node.describe(),
            what.equals("a prerequisite")
                ? "write the id of a milestone, or a mapping with 'id', 'type' and 'lag'"
                : "write it as '- id: ...' with its keys indented below"));
    return null;
  }

  private Ref checkId(YamlNode.Scalar s) {
    if (s.text().length() > Limits.MAX_ID_LENGTH) {
      diagnostics.add(
          Diagnostic.of(
              Code.BAD_ID,
              s.span(),
              "an id of "
                  + s.text().length()
                  + " characters; ids are at most "
                  + Limits.MAX_ID_LENGTH,
              "give it a short id and put the words in 'title' or 'name'"));
      return null;
    }
    if (!isId(s.text())) {
      String fixed = s.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
      fixed = fixed.replaceAll("^[^a-z0-9]+", "");
      diagnostics.add(
          Diagnostic.of(
              Code.BAD_ID,
              s.span(),
              "'" + s.text() + "' is not a valid id",
              "ids are lower-case letters, digits, '.', '_' and '-', starting with a letter or"
                  + " digit"
                  + (fixed.isEmpty() || !ID.matcher(fixed).matches() ? "" : ": '" + fixed + "'")));
      return null;
    }
    return new Ref(ids.intern(s.text()), s.span());
  }

  /** {@code ID.matcher(t).matches()}, without a Matcher: it runs for every id and reference. */
  static boolean isId(String t) {
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || (i > 0 && (c == '.' || c == '_' || c == '-'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The days of a duration that {@code DURATION} matches ({@code [+-]?\d{1,6}[dw]}), signed, or
   * null if it does not match or has a sign where none is allowed: the common case without a
   * Matcher. The caller reports a null through the pattern.
   */
  static Integer quickDays(String t, boolean signed) {
    int n = t.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      if (!signed) {
        return null;
      }
      negative = t.charAt(0) == '-';
      i = 1;
    }
    int digits = n - 1 - i;
    if (digits < 1 || digits > 6) {
      return null;
    }
    int value = 0;
    for (int j = i; j < n - 1; j++) {
      char c = t.charAt(j);
      if (c < '0' || c > '9') {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    char unit = t.charAt(n - 1);
    if (unit != 'd' && unit != 'w') {
      return null;
    }
    int days = value * (unit == 'w' ? 7 : 1);
    if (days > MAX_DAYS) {
      return null;
    }
    return negative ? -days : days;
  }

  /**
   * A mapping being bound: knows its allowed keys and reports unknown and missing ones. Its entries
   * are kept by the position of their key in the allowed keys, with no map: a million milestones
   * bind a million of these.
   */
  private final class Obj {
    private final YamlNode.Mapping map;
    private final String what;
    private final String[] keys;

    /** The entry of {@code keys.get(i)} at {@code i} (the last, if the key is repeated). */
    private final YamlNode.Entry[] entries;

    Obj(YamlNode.Mapping map, String[] keys, String what) {
      this.map = map;
      this.what = what;
      this.keys = keys;
      this.entries = new YamlNode.Entry[keys.length];
      for (YamlNode.Entry e : map.entries()) {
        String k = e.key().text();
        int i = indexOf(keys, k);
        if (i >= 0) {
          entries[i] = e;
        } else {
          diagnostics.add(
              Diagnostic.of(
                  Code.UNKNOWN_KEY,
                  e.key().span(),
                  "unknown key '" + k + "' in " + what,
                  unknownKeyHint(k, List.of(keys))));
        }
      }
    }

    /** The entry of one of the allowed keys, given as the constant of the keys array. */
    private YamlNode.Entry entry(String key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == key) {
          return entries[i]; // the same constant: no need to compare the characters
        }
      }
      int i = indexOf(keys, key);
      return i < 0 ? null : entries[i];
    }

    void require(String... required) {
      List<String> missing = new ArrayList<>();
      for (String k : required) {
        YamlNode.Entry e = entry(k);
        if (e == null) {
          missing.add(k);
        } else if (e.value() instanceof YamlNode.Scalar s && s.isNull()) {
          diagnostics.add(
              Diagnostic.of(
                  Code.MISSING_KEY,
                  e.key().span(),
                  "'" + k + "' of " + what + " has no value",
                  "give '" + k + "' a value"));
          entries[indexOf(keys, k)] = null;
        }
      }
      if (!missing.isEmpty()) {
        Span at = map.span();
        YamlNode.Entry idEntry = entry("id");
        if (idEntry != null) {
          at = idEntry.value().span();
        }
        String named =
            idEntry != null && idEntry.value() instanceof YamlNode.Scalar s
                ? what + " '" + s.text() + "'"
                : what;
        diagnostics.add(
            Diagnostic.of(
                Code.MISSING_KEY,
                at,
                named
                    + " lacks required key"
                    + (missing.size() > 1 ? "s " : " ")
                    + quoteAll(missing),
                "add " + quoteAll(missing)));
      }
    }

    YamlNode get(String key) {
      YamlNode.Entry e = entry(key);
      if (e == null || (e.value() instanceof YamlNode.Scalar s && s.isNull())) {
        return null;
      }
      return e.value();
    }

    Span spanOfKey(String key) {
      YamlNode.Entry e = entry(key);
      return e == null ? map.span() : e.key().span();
    }

    Span spanOf(String key) {
      YamlNode.Entry e = entry(key);
      return e == null ? Span.NONE : e.value().span();
    }

    /**
     * The position of each key's value, in the order of the allowed keys, under the allowed keys'
     * own strings: the map of a milestone is copied into its field positions at once, and the same
     * keys make the same key set.
     */
    Map<String, Span> spans() {
      List<Map.Entry<String, Span>> spans = new ArrayList<>(entries.length);
      for (int i = 0; i < entries.length; i++) {
        if (entries[i] != null) {
          spans.add(new AbstractMap.SimpleImmutableEntry<>(keys[i], entries[i].value().span()));
        }
      }
      // A read-only view of distinct keys: what the model's copies need, without a hash table.
      return new AbstractMap<>() {
        @Override
        public Set<Map.Entry<String, Span>> entrySet() {
          return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Span>> iterator() {
              return Collections.unmodifiableList(spans).iterator();
            }

            @Override
            public int size() {
              return spans.size();
            }
          };
        }
      };
    }

    private YamlNode.Scalar scalar(String key, String expected) {
      YamlNode n = get(key);
      if (n == null) {
        return null;
      }
      if (n instanceof YamlNode.Scalar s) {
        return s;
      }
      diagnostics.add(
          Diagnostic.of(
              Code.WRONG_TYPE,
              n.span(),
              "'" + key + "' of " + what + " should be " + expected + ", not " + n.describe(),
              null));
      return null;
    }

    String string(String key) {
      YamlNode.Scalar s = scalar(key, "a string");
      return s == null ? null : s.text();
    }

    /**
     * {@link #string}, as a run of the file's text when the value is written there as it reads (a
     * plain value on one line, as titles mostly are), else as the String.
     */
    CharSequence text(String key) {
      YamlNode.Scalar s = scalar(key, "a string");
      if (s == null) {
        return null;
      }
      return s.verbatimIn(source) ? new TextRun(source, s.start(), s.end()) : s.text();
    }

    Ref id(String key) {
      YamlNode.Scalar s = scalar(key, "an id");
      return s == null ? null : checkId(s);
    }

    LocalDate date(String key) {
      YamlNode.Scalar s = scalar(key, "a date (YYYY-MM-DD)");
      if (s == null) {
        return null;
      }
      String t = s.text();
      LocalDate seen = dates.get(t);
      if (seen != null) {
        return seen;
      }
      if (DATE.matcher(t).matches()) {
        try {
          LocalDate d = LocalDate.parse(t, ISO);
          dates.put(t, d);
          return d;
        } catch (DateTimeParseException e) {
          diagnostics.add(
              Diagnostic.of(
                  Code.BAD_DATE,
                  s.span(),
                  "'" + key + "' is '" + t + "', which is not a day of the calendar",
                  "check the month (01-12) and the day of the month"));
          return null;
        }
      }
      diagnostics.add(
          Diagnostic.of(
              Code.BAD_DATE,
              s.span(),
              "'" + key + "' is '" + t + "', not a date written YYYY-MM-DD",
              dateHint(t)));
      return null;
    }

    Integer duration(String key, boolean signed) {
      YamlNode.Scalar s = scalar(key, "a duration such as 30d or 2w");
      if (s == null) {
        return null;
      }
      Integer quick = quickDays(s.text(), signed);
      if (quick != null) {
        return quick;
      }
      Matcher m = DURATION.matcher(s.text());
      if (!m.matches() || (!signed && !m.group(1).isEmpty())) {
        String example = signed ? "'2w', '10d', or '-3d' for a lead" : "'30d' or '6w'";
        diagnostics.add(
            Diagnostic.of(
                Code.BAD_DURATION,
                s.span(),
                "'"
                    + key
                    + "' is '"
                    + s.text()
                    + "', not a "
                    + (signed ? "signed " : "")
                    + "number of days (d) or weeks (w)",
                "write " + example));
        return null;
      }
      int n = Integer.parseInt(m.group(2)) * (m.group(3).equals("w") ? 7 : 1);
      if (n > MAX_DAYS) {
        diagnostics.add(
            Diagnostic.of(
                Code.BAD_DURATION,
                s.span(),
                "'" + key + "' is '" + s.text() + "', " + n + " days: over 100 years",
                "a roadmap spans years, not centuries; check the number and the unit"));
        return null;
      }
      return m.group(1).equals("-") ? -n : n;
    }

    /** The constant of {@code values} spelled as the value of {@code key}, or the fallback. */
    <E extends Enum<E>> E choice(String key, E[] values, Function<E, String> spelling, E fallback) {
      YamlNode n = get(key);
      if (n == null) {
        return fallback;
      }
      if (!(n instanceof YamlNode.Scalar s)) {
        // The list of spellings only for the message: this runs for every milestone.
        scalar(key, "one of " + spellings(values, spelling));
        return fallback;
      }
      for (E e : values) {
        if (spelling.apply(e).equals(s.text())) {
          return e;
        }
      }
      List<String> allowed = Arrays.stream(values).map(spelling).toList();
      String hint = Suggestions.didYouMean(s.text(), allowed);
      diagnostics.add(
          Diagnostic.of(
              Code.BAD_VALUE,
              s.span(),
              "'" + key + "' is '" + s.text() + "', not one of " + spellings(values, spelling),
              hint));
      return fallback;
    }

    <T> List<T> list(String key, Function<YamlNode, T> item) {
      YamlNode n = get(key);
      if (n == null) {
        return List.of();
      }
      if (!(n instanceof YamlNode.Sequence seq)) {
        String hint =
            n instanceof YamlNode.Scalar s
                ? "write a list: '" + key + ": [" + s.text() + "]'"
                : "write a list, one '- ' item a line";
        diagnostics.add(
            Diagnostic.of(
                Code.WRONG_TYPE,
                n.span(),
                "'" + key + "' of " + what + " should be a list, not " + n.describe(),
                hint));
        return List.of();
      }
      List<T> out = new ArrayList<>();
      for (YamlNode i : seq.items()) {
        T t = item.apply(i);
        if (t != null) {
          out.add(t);
        }
      }
      return out;
    }
  }

  private static int indexOf(String[] keys, String key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private static String unknownKeyHint(String key, List<String> keys) {
    String kebab =
        key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    if (!kebab.equals(key) && keys.contains(kebab)) {
      return "keys are kebab-case: did you mean '" + kebab + "'?";
    }
    String hint = Suggestions.didYouMean(key, keys);
    return hint != null ? hint : "allowed keys here: " + String.join(", ", keys);
  }

  private static String dateHint(String t) {
    if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
      return "write months and days with two digits, e.g. 2004-11-01";
    }
    if (t.matches("\\d{4}-\\d{2}")) {
      return "give a day too: " + t + "-01 for the first of the month";
    }
    if (t.matches("\\d{4}")) {
      return "give a whole date, e.g. " + t + "-01-01";
    }
    if (t.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
      return "give the day alone, without a time: " + t.substring(0, 10);
    }
    return "write dates as YYYY-MM-DD, e.g. 2004-11-01";
  }

  private static <E extends Enum<E>> String spellings(E[] values, Function<E, String> f) {
    return Arrays.stream(values)
        .map(e -> "'" + f.apply(e) + "'")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static String quoteAll(List<String> words) {
    List<String> q = words.stream().map(w -> "'" + w + "'").toList();
    if (q.size() <= 1) {
      return String.join("", q);
    }
    return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
  }
}
