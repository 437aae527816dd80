package dev.roadmap.diag;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of findings. Each constant has a stable id {@code RMnnn}: ids are never renumbered
 * or reused (a retired code stays here, deprecated). The constant's name, in kebab-case, is the
 * rule's name ({@code unknown-key}), which users may write wherever they write the id ({@code
 * --disable}, {@code --enable}, {@code rules}, inline suppressions): it may not change either. The
 * hundreds digit of the id is the code's {@link Family}: RM1xx file and format, RM2xx ids and
 * references, RM3xx ordering and schedule, RM4xx command transition, RM5xx status.
 */
public enum Code {
  YAML_SYNTAX("RM100", Severity.ERROR, "the file is not well-formed YAML"),
  UNKNOWN_KEY("RM101", Severity.ERROR, "a key that the format does not define"),
  DUPLICATE_KEY("RM102", Severity.ERROR, "a key given twice in one mapping"),
  WRONG_TYPE("RM103", Severity.ERROR, "a value of the wrong type (mapping, list or scalar)"),
  MISSING_KEY("RM104", Severity.ERROR, "a required key is missing"),
  BAD_DATE(
      "RM105",
      Severity.ERROR,
      "a date that is not a real day, month or year written YYYY-MM-DD, YYYY-MM or YYYY"),
  BAD_DURATION("RM106", Severity.ERROR, "a duration or lag that is not Nd, Nw or Nmo"),
  UNSUPPORTED_VERSION("RM107", Severity.ERROR, "a format version this tool does not read"),
  BAD_VALUE(
      "RM108",
      Severity.ERROR,
      "a value outside the allowed set (kind, status, type), or a blank label, note or url"),
  BAD_ID("RM109", Severity.ERROR, "an id that does not match [a-z0-9][a-z0-9._-]*"),
  UNKNOWN_SUPPRESSED_CODE(
      "RM110", Severity.WARNING, "a suppression comment naming a code that does not exist"),
  UNUSED_SUPPRESSION("RM111", Severity.WARNING, "a suppression comment that suppresses nothing"),
  LIMIT_EXCEEDED("RM112", Severity.ERROR, "a file over a size, depth or count limit"),
  BAD_ENCODING("RM113", Severity.ERROR, "a file that is not UTF-8 (or UTF-16/32) text"),
  INCLUDE_NOT_FOUND(
      "RM114", Severity.ERROR, "an include that names no file, or a glob that matches none"),
  INCLUDE_NOT_A_FILE(
      "RM115", Severity.ERROR, "an include that names a directory or what is not a regular file"),
  INCLUDE_CYCLE("RM116", Severity.ERROR, "files that include each other in a cycle"),

  DUPLICATE_ID("RM200", Severity.ERROR, "two elements of one kind share an id"),
  UNKNOWN_PREREQUISITE("RM201", Severity.ERROR, "a prerequisite that is not defined"),
  UNKNOWN_PHASE("RM202", Severity.ERROR, "a milestone in a phase that is not defined"),
  UNKNOWN_MISSION("RM203", Severity.ERROR, "a milestone for a mission that is not defined"),
  UNKNOWN_AUTHORITY("RM204", Severity.ERROR, "a mission naming an authority that is not defined"),
  SELF_DEPENDENCY("RM205", Severity.ERROR, "a milestone that requires itself"),
  DEPENDENCY_CYCLE("RM206", Severity.ERROR, "milestones that require each other in a cycle"),
  REDUNDANT_PREREQUISITE(
      "RM207", Severity.WARNING, "a prerequisite already implied through another prerequisite"),
  REPEATED_PREREQUISITE("RM208", Severity.WARNING, "a prerequisite listed twice"),
  UNKNOWN_GROUP("RM209", Severity.ERROR, "a mission in a mission group that is not defined"),
  UNKNOWN_SOURCE("RM210", Severity.ERROR, "a citation of a source that is not defined"),
  UNUSED_SOURCE("RM211", Severity.WARNING, "a source that no milestone cites"),
  OWNER_LIKE_AUTHORITY(
      "RM212", Severity.WARNING, "an owner that names no authority but is close to one's id"),

  STARTS_BEFORE_PREREQUISITE(
      "RM300", Severity.ERROR, "a pinned milestone dated before its prerequisite allows"),
  PREREQUISITE_IN_LATER_PHASE(
      "RM301", Severity.ERROR, "a prerequisite that belongs to a later phase"),
  OUTSIDE_PHASE_WINDOW("RM302", Severity.ERROR, "a milestone dated outside its phase's window"),
  MISSES_DEADLINE("RM303", Severity.ERROR, "a milestone that finishes after its deadline"),
  CONFLICTING_DATES("RM304", Severity.ERROR, "date fields that contradict each other"),
  INVERTED_WINDOW("RM305", Severity.ERROR, "a phase window that ends before it starts"),
  BEFORE_PROJECT_START("RM306", Severity.ERROR, "a milestone dated before the project start"),
  DATE_OUT_OF_RANGE(
      "RM307", Severity.ERROR, "a milestone dated, or computed, outside the years 0001-9999"),

  MISSION_WITHOUT_TRANSFER("RM400", Severity.WARNING, "a mission with no live transfer milestone"),
  DUPLICATE_TRANSFER("RM401", Severity.ERROR, "a mission with two live transfer milestones"),
  SAME_AUTHORITY("RM402", Severity.ERROR, "a mission transferred to the authority that holds it"),
  TRANSFER_WITHOUT_READINESS(
      "RM403", Severity.WARNING, "a transfer with no capability or evaluation milestone before it"),
  TRANSFER_WITHOUT_MISSION("RM404", Severity.ERROR, "a transfer milestone that names no mission"),

  DONE_BEFORE_PREREQUISITE(
      "RM500", Severity.ERROR, "a milestone marked done while a prerequisite is not"),
  OVERDUE("RM501", Severity.WARNING, "a milestone not done whose date has passed"),
  REQUIRES_WITHDRAWN(
      "RM502", Severity.WARNING, "a live milestone that requires a superseded or cancelled one"),
  /** Opt-in: reported only when {@code --enable} names it. */
  UNSOURCED_DONE_DATE(
      "RM503", Severity.WARNING, "a done milestone whose pinned date cites no source", true);

  /** The families of codes; a code's family is the hundreds digit of its id. */
  public enum Family {
    /** RM1xx: syntax, unknown or duplicate keys, types, dates, durations, the format version. */
    FILE("RM1xx", "file and format"),
    /** RM2xx: duplicate ids, references to what is not defined, cycles. */
    REFERENCES("RM2xx", "ids and references"),
    /** RM3xx: dates against prerequisites, phase windows and deadlines. */
    SCHEDULE("RM3xx", "ordering and schedule"),
    /** RM4xx: missions and their transfers. */
    TRANSITION("RM4xx", "command transition"),
    /** RM5xx: status against prerequisites and the status date. */
    STATUS("RM5xx", "status");

    private final String id;
    private final String title;

    Family(String id, String title) {
      this.id = id;
      this.title = title;
    }

    /** The family as ids name it: {@code RM4xx}. */
    public String id() {
      return id;
    }

    /** What its codes are about: {@code command transition}. */
    public String title() {
      return title;
    }

    /** The id and the title, as reports name the family: {@code RM4xx command transition}. */
    public String label() {
      return id + " " + title;
    }

    /** What the ids of its codes start with: {@code RM4}. */
    public String prefix() {
      return id.substring(0, 3);
    }

    /** The family of a code id {@code RMnnn}. */
    static Family of(String codeId) {
      for (Family f : values()) {
        if (codeId.startsWith(f.prefix())) {
          return f;
        }
      }
      throw new IllegalArgumentException("no family for code id " + codeId);
    }
  }

  private final String id;
  private final Severity severity;
  private final String summary;
  private final Family family;
  private final boolean optIn;
  private final String ruleName;

  Code(String id, Severity severity, String summary) {
    this(id, severity, summary, false);
  }

  Code(String id, Severity severity, String summary, boolean optIn) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
    this.family = Family.of(id);
    this.optIn = optIn;
    this.ruleName = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Each code by its id in upper case and by its rule's name in lower case: a suppression comment
   * names a code on each of thousands of lines of a big roadmap.
   */
  private static final Map<String, Code> BY_WORD = byWord();

  private static Map<String, Code> byWord() {
    Map<String, Code> byWord = new HashMap<>();
    for (Code c : values()) {
      byWord.putIfAbsent(c.id, c);
      byWord.putIfAbsent(c.ruleName, c);
    }
    return Map.copyOf(byWord);
  }

  /**
   * True for a rule that is off by default: its findings are reported only when {@code --enable}
   * names the code or the rule (a family does not turn it on).
   */
  public boolean optIn() {
    return optIn;
  }

  /** The stable id, {@code RMnnn}. */
  public String id() {
    return id;
  }

  /** The severity a finding of this code has. */
  public Severity severity() {
    return severity;
  }

  /** One line saying what the code detects. */
  public String summary() {
    return summary;
  }

  /** The family the code belongs to. */
  public Family family() {
    return family;
  }

  /** The rule's name: the constant's in kebab-case, as in {@code unknown-prerequisite}. */
  public String ruleName() {
    return ruleName;
  }

  /** Whether {@code word} is this code's id or its rule's name (case-insensitive). */
  public boolean isNamed(String word) {
    return id.equalsIgnoreCase(word) || ruleName.equalsIgnoreCase(word);
  }

  /** The code with this id (case-insensitive), if any. */
  public static Optional<Code> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equalsIgnoreCase(id)).findFirst();
  }

  /** The code with this id or rule name (case-insensitive), if any. */
  public static Optional<Code> find(String idOrName) {
    // Any case of an id or a rule's name from the table; a word that only equalsIgnoreCase
    // matches (a dotless i for an i) by the comparison itself.
    Code c = BY_WORD.get(idOrName.toUpperCase(Locale.ROOT));
    if (c == null) {
      c = BY_WORD.get(idOrName.toLowerCase(Locale.ROOT));
    }
    if (c != null && c.isNamed(idOrName)) {
      return Optional.of(c);
    }
    return Arrays.stream(values()).filter(k -> k.isNamed(idOrName)).findFirst();
  }

  /**
   * "did you mean 'RM201'?" or "did you mean 'unknown-key'?" for a word that names no code, or
   * null: ids are compared with ids, anything else with names.
   */
  public static String didYouMean(String word) {
    boolean id = word.toUpperCase(Locale.ROOT).startsWith("RM");
    return Suggestions.didYouMean(
        id ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT),
        Arrays.stream(values()).map(c -> id ? c.id : c.ruleName()).toList());
  }
}
