package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Authority;
import dev.roadmap.model.AuthorityField;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Mission;
import dev.roadmap.model.MissionField;
import dev.roadmap.model.MissionGroup;
import dev.roadmap.model.MissionGroupField;
import dev.roadmap.model.Phase;
import dev.roadmap.model.PhaseField;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.RoadmapField;
import dev.roadmap.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Loads format version 1 of the roadmap file (docs/format.md) from YAML text. Never throws on user
 * input: every problem becomes a diagnostic, and as much of the roadmap as can be read is kept, so
 * the checks can report everything in one run.
 *
 * <p>The reader ({@link YamlReader}) makes a tree of {@link YamlNode}s with positions; this class
 * binds the top level, the authorities, missions and phases, and {@link MilestoneBinder} each
 * milestone, through a {@link BoundMapping} per mapping. The positions go to the roadmap's {@link
 * dev.roadmap.model.PositionTable} as each element is bound.
 */
public final class RoadmapLoader {
  /** The format versions this loader reads. */
  public static final int FORMAT_VERSION = 1;

  private static final RoadmapField[] TOP_FIELDS = RoadmapField.values();
  private static final String[] TOP_KEYS = Binding.keys(TOP_FIELDS);
  private static final AuthorityField[] AUTHORITY_FIELDS = AuthorityField.values();
  private static final String[] AUTHORITY_KEYS = Binding.keys(AUTHORITY_FIELDS);
  private static final MissionField[] MISSION_FIELDS = MissionField.values();
  private static final String[] MISSION_KEYS = Binding.keys(MISSION_FIELDS);
  private static final MissionGroupField[] GROUP_FIELDS = MissionGroupField.values();
  private static final String[] GROUP_KEYS = Binding.keys(GROUP_FIELDS);
  private static final PhaseField[] PHASE_FIELDS = PhaseField.values();
  private static final String[] PHASE_KEYS = Binding.keys(PHASE_FIELDS);

  private final String file;
  private final Limits limits;
  private final Binding binding;
  private final MilestoneBinder milestones;
  private final SourceBinder sources;
  private final ReadOptions options;

  /** Whether the file is included by another ({@code include}), not a roadmap of its own. */
  private final boolean included;

  private final List<Include> includes = new ArrayList<>();

  /*
   * The milestones are streamed (YamlReader.readStreaming): each is bound as soon as the reader
   * has read it, and its nodes are dropped. The findings stay in the order of a whole-tree load:
   * the reader's first, then the loader's for the top level, then those of the milestones.
   */
  private YamlNode.Sequence streamed;
  private int streamedCount;
  private List<Milestone> streamedMilestones = new ArrayList<>();
  private final List<Diagnostic> milestoneDiagnostics = new ArrayList<>();

  private RoadmapLoader(String file, Limits limits, ReadOptions options) {
    this(file, limits, options, false);
  }

  private RoadmapLoader(String file, Limits limits, ReadOptions options, boolean included) {
    this.included = included;
    this.file = file;
    this.limits = limits;
    this.options = options;
    this.binding = new Binding(file, limits);
    this.sources = new SourceBinder(binding);
    this.milestones = new MilestoneBinder(binding, sources);
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

  /**
   * Loads a roadmap within {@code limits}, telling {@code position} now and then the offset in the
   * text that the load has reached (for a progress display).
   */
  public static LoadResult load(String file, String text, Limits limits, IntConsumer position) {
    return load(file, text, limits, ReadOptions.DEFAULT.telling(position));
  }

  /** Loads a roadmap within {@code limits}, read as {@code options} say. */
  static LoadResult load(String file, String text, Limits limits, ReadOptions options) {
    return new RoadmapLoader(file, limits, options).run(text, true);
  }

  /**
   * Loads a file that another includes ({@code include}): a part of a roadmap, which holds lists
   * (authorities, missions, mission groups, phases, milestones) and may include more files, but
   * none of the keys that only the top file has ({@link #TOP_FILE_ONLY}: RM101 there). Its roadmap
   * has no version, title or start; it is joined to the top file's by {@link Includes#merge}.
   */
  public static LoadResult loadIncluded(String file, String text, Limits limits) {
    return new RoadmapLoader(file, limits, ReadOptions.DEFAULT, true).run(text, true);
  }

  /** The keys of the top file alone: an included file may not give them. */
  public static final List<RoadmapField> TOP_FILE_ONLY =
      List.of(RoadmapField.ROADMAP, RoadmapField.TITLE, RoadmapField.START, RoadmapField.AS_OF);

  /** The keys an included file may give, in field order. */
  private static final List<String> INCLUDED_KEYS = includedKeys();

  private static List<String> includedKeys() {
    List<String> keys = new ArrayList<>();
    for (RoadmapField f : TOP_FIELDS) {
      if (!TOP_FILE_ONLY.contains(f)) {
        keys.add(f.key());
      }
    }
    return List.copyOf(keys);
  }

  /** Loads from a whole tree, as before streaming: for tests that compare the two. */
  static LoadResult loadWithoutStreaming(String file, String text, Limits limits) {
    return new RoadmapLoader(file, limits, ReadOptions.DEFAULT).run(text, false);
  }

  private LoadResult run(String text, boolean stream) {
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
    binding.reportTo(read);
    streamed = doc.streamed();
    if (!(root instanceof YamlNode.Mapping map)) {
      binding.report(
          Diagnostic.of(
              Code.WRONG_TYPE,
              root.span(),
              "a roadmap file is a mapping, but this document is " + root.describe(),
              "start with 'roadmap: 1', then 'title:', 'start:', 'phases:' and 'milestones:'"));
      return new LoadResult(null, read);
    }
    Roadmap roadmap = roadmap(map);
    return new LoadResult(roadmap, read, includes);
  }

  /** Binds one streamed milestone; past the limit, only counts them. */
  private void streamedMilestone(YamlNode item) {
    if (++streamedCount > limits.maxMilestones()) {
      // The whole-tree load binds none of them then: drop what was bound.
      if (streamedMilestones != null) {
        streamedMilestones = null;
        milestoneDiagnostics.clear();
        binding.positions.clearMilestones();
      }
      return;
    }
    List<Diagnostic> outer = binding.reportTo(milestoneDiagnostics);
    try {
      Milestone m = milestones.bind(item);
      if (m != null) {
        streamedMilestones.add(m);
      }
    } finally {
      binding.reportTo(outer);
    }
  }

  private Roadmap roadmap(YamlNode.Mapping map) {
    BoundMapping top =
        included
            ? new BoundMapping(
                binding, map, TOP_FIELDS, TOP_KEYS, INCLUDED_KEYS, "an included file")
            : new BoundMapping(binding, map, TOP_FIELDS, TOP_KEYS, "the roadmap");
    if (included) {
      topFileOnly(top);
    } else {
      top.require(
          RoadmapField.ROADMAP,
          RoadmapField.TITLE,
          RoadmapField.START,
          RoadmapField.PHASES,
          RoadmapField.MILESTONES);
    }
    includes.addAll(top.list(RoadmapField.INCLUDE, this::include));
    int version = 0;
    YamlNode v = included ? null : top.get(RoadmapField.ROADMAP);
    if (v != null) {
      version = version(v);
    }
    String title = included ? null : top.string(RoadmapField.TITLE);
    LocalDate start = included ? null : top.date(RoadmapField.START);
    LocalDate asOf = included ? null : top.date(RoadmapField.AS_OF);
    if (asOf != null && top.precision(RoadmapField.AS_OF).isCoarse()) {
      // The status date is a day: "as of August 2004" would not say what is done.
      binding.report(
          Diagnostic.of(
              Code.BAD_DATE,
              top.valueSpan(RoadmapField.AS_OF),
              "'as-of' is '"
                  + top.precision(RoadmapField.AS_OF).format(asOf)
                  + "', a "
                  + top.precision(RoadmapField.AS_OF).key()
                  + ": the status date must be a day",
              "give the day the status is taken, e.g. "
                  + top.precision(RoadmapField.AS_OF).last(asOf)));
      asOf = null;
    }
    List<Authority> authorities = top.list(RoadmapField.AUTHORITIES, this::authority);
    List<Mission> missions = top.list(RoadmapField.MISSIONS, this::mission);
    List<MissionGroup> groups = top.list(RoadmapField.MISSION_GROUPS, this::group);
    List<Phase> phases = top.list(RoadmapField.PHASES, this::phase);
    List<Source> cited = top.list(RoadmapField.SOURCES, sources::bind);
    for (RoadmapField f : TOP_FIELDS) {
      if (top.valueSpan(f) != null) {
        binding.positions.top(f, top.valueSpan(f));
      }
    }
    YamlNode ms = top.get(RoadmapField.MILESTONES);
    int count =
        ms != null && ms == streamed
            ? streamedCount
            : ms instanceof YamlNode.Sequence seq ? seq.items().size() : 0;
    List<Milestone> bound = List.of();
    if (count > limits.maxMilestones()) {
      tooMany(top, count + " milestones", limits.maxMilestones(), "--max-milestones");
    } else {
      if (ms != null && ms == streamed) {
        bound = streamedMilestones;
        milestoneDiagnostics.forEach(binding::report);
      } else {
        bound = top.list(RoadmapField.MILESTONES, milestones::bind);
      }
      long links = 0;
      for (Milestone m : bound) {
        links += m.requires().size();
      }
      if (links > limits.maxDependencies()) {
        tooMany(top, links + " prerequisite links", limits.maxDependencies(), "--max-dependencies");
        bound = List.of();
      }
    }
    if (bound.isEmpty()) {
      binding.positions.clearMilestones();
    }
    return new Roadmap(
        file,
        version,
        title,
        start,
        asOf,
        authorities,
        missions,
        phases,
        bound,
        binding.positions.build(),
        groups,
        top.precision(RoadmapField.START),
        cited,
        top.extensions());
  }

  /** Reports each key of an included file that only the top file may give (RM101). */
  private void topFileOnly(BoundMapping top) {
    for (RoadmapField f : TOP_FILE_ONLY) {
      if (top.valueSpan(f) != null) {
        binding.report(
            Diagnostic.of(
                Code.UNKNOWN_KEY,
                top.spanOfKey(f),
                "'"
                    + f.key()
                    + "' is a key of the top file only; this file is included by another, and"
                    + " its value is not read",
                "remove it: an included file holds "
                    + Values.quoteAll(INCLUDED_KEYS)
                    + ", and x- keys of its own"));
      }
    }
  }

  /** One entry of {@code include}: a path or a glob, as text. */
  private Include include(YamlNode node) {
    if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
      return new Include(s.text(), s.span());
    }
    binding.report(
        Diagnostic.of(
            Code.WRONG_TYPE,
            node.span(),
            "an entry of 'include' is a path or a glob, not " + node.describe(),
            "write a path relative to this file, such as 'missions/*.yaml'"));
    return null;
  }

  private void tooMany(BoundMapping top, String what, long limit, String option) {
    binding.report(
        Diagnostic.of(
            Code.LIMIT_EXCEEDED,
            top.spanOfKey(RoadmapField.MILESTONES),
            "the file has " + what + ", over the limit of " + limit + "; they are not checked",
            "raise the limit with " + option + " if the file is genuine"));
  }

  private int version(YamlNode v) {
    if (v instanceof YamlNode.Scalar s && s.text().matches("\\d{1,9}")) {
      int version = Integer.parseInt(s.text());
      if (version != FORMAT_VERSION) {
        binding.report(
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
    binding.report(
        Diagnostic.of(
            Code.WRONG_TYPE,
            v.span(),
            "'roadmap' is the format version, a whole number, not " + v.describe(),
            "write 'roadmap: 1'"));
    return 0;
  }

  private Authority authority(YamlNode node) {
    BoundMapping o = binding.mapping(node, AUTHORITY_FIELDS, AUTHORITY_KEYS, "an authority");
    if (o == null) {
      return null;
    }
    o.require(AuthorityField.ID);
    String id = o.id(AuthorityField.ID);
    if (id == null) {
      return null;
    }
    Authority a = new Authority(id, o.string(AuthorityField.NAME), o.extensions());
    o.writeFields(binding.positions.authority());
    binding.positions.end();
    return a;
  }

  private Mission mission(YamlNode node) {
    BoundMapping o = binding.mapping(node, MISSION_FIELDS, MISSION_KEYS, "a mission");
    if (o == null) {
      return null;
    }
    o.require(MissionField.ID, MissionField.FROM, MissionField.TO);
    String id = o.id(MissionField.ID);
    if (id == null) {
      return null;
    }
    Mission m =
        new Mission(
            id,
            o.string(MissionField.NAME),
            o.id(MissionField.FROM),
            o.id(MissionField.TO),
            o.id(MissionField.GROUP),
            o.extensions());
    o.writeFields(binding.positions.mission());
    binding.positions.end();
    return m;
  }

  private MissionGroup group(YamlNode node) {
    BoundMapping o = binding.mapping(node, GROUP_FIELDS, GROUP_KEYS, "a mission group");
    if (o == null) {
      return null;
    }
    o.require(MissionGroupField.ID);
    String id = o.id(MissionGroupField.ID);
    if (id == null) {
      return null;
    }
    MissionGroup g = new MissionGroup(id, o.string(MissionGroupField.NAME), o.extensions());
    o.writeFields(binding.positions.group());
    binding.positions.end();
    return g;
  }

  private Phase phase(YamlNode node) {
    BoundMapping o = binding.mapping(node, PHASE_FIELDS, PHASE_KEYS, "a phase");
    if (o == null) {
      return null;
    }
    o.require(PhaseField.ID);
    String id = o.id(PhaseField.ID);
    if (id == null) {
      return null;
    }
    LocalDate start = o.date(PhaseField.START);
    LocalDate end = o.date(PhaseField.END, true);
    Phase p =
        new Phase(
            id,
            o.string(PhaseField.NAME),
            start,
            end,
            o.precision(PhaseField.START),
            o.precision(PhaseField.END),
            o.extensions());
    o.writeFields(binding.positions.phase());
    binding.positions.end();
    return p;
  }
}
