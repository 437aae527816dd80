package dev.roadmap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where each element of a roadmap is written (in one file, or in several: {@link #merge}): the span
 * of each field of each authority, mission, mission group, phase, milestone and source, of the id
 * each prerequisite and each citation names, and of each top-level key's value. The {@link Roadmap}
 * owns it; a check or a renderer asks it by element and field ({@code positions.of(milestone,
 * MilestoneField.DATE)}), never by key string.
 *
 * <p>The spans are packed in shared int blocks (four ints a span, one row of fields an element, in
 * field order, with a bit mask of the fields present), so that a million milestones keep a few
 * hundred arrays of positions rather than millions of small objects; a {@link Span} is made when
 * asked for. Elements are found by identity, through an index built on first use, so two equal
 * milestones written at two places keep their own positions. An element that the table does not
 * hold (one built in code) is placed at the whole file ({@link Span#ofFile}).
 *
 * <p>Immutable once built, and safe to share between threads.
 */
public final class PositionTable {
  static final int BLOCK_BITS = 14;
  static final int BLOCK = 1 << BLOCK_BITS;

  private final String file;

  /**
   * The files of a roadmap read from several ({@link #merge}), by index; null for one file's table.
   */
  private final String[] files;

  private final int[][] blocks;
  private final PositionRows top;
  private final PositionRows[] rows;

  /** The lists of elements whose rows these are, by {@link Kind}, or null when not bound. */
  private final List<?>[] bound;

  private final IdentityIndex[] indexes;

  /** The kinds of element with rows of their own. */
  private enum Kind {
    AUTHORITY,
    MISSION,
    PHASE,
    MILESTONE,
    GROUP,
    SOURCE
  }

  private static final Kind[] KINDS = Kind.values();

  private PositionTable(
      String file, int[][] blocks, PositionRows top, PositionRows[] rows, List<?>[] bound) {
    this(file, null, blocks, top, rows, bound);
  }

  private PositionTable(
      String file,
      String[] files,
      int[][] blocks,
      PositionRows top,
      PositionRows[] rows,
      List<?>[] bound) {
    this.file = file;
    this.files = files;
    this.blocks = blocks;
    this.top = top;
    this.rows = rows;
    this.bound = bound;
    this.indexes = new IdentityIndex[KINDS.length];
  }

  /** A table that knows no positions: every element is placed at the whole of {@code file}. */
  public static PositionTable empty(String file) {
    Objects.requireNonNull(file, "file");
    PositionRows[] none = new PositionRows[KINDS.length];
    for (int k = 0; k < none.length; k++) {
      none[k] = new PositionRows();
    }
    return new PositionTable(
        file, new int[0][], new PositionRows(), none, new List<?>[KINDS.length]);
  }

  /** A builder of the table of {@code file}, for the loader. */
  public static Builder builder(String file) {
    return new Builder(file);
  }

  /**
   * This table's positions for the elements of {@code roadmap}'s lists, matched by their place in
   * each list: the roadmap calls this with its own lists, so a roadmap that replaces milestones (a
   * what-if) keeps the positions of those it replaces.
   */
  PositionTable bind(
      List<Authority> authorities,
      List<Mission> missions,
      List<Phase> phases,
      List<Milestone> milestones,
      List<MissionGroup> groups,
      List<Source> sources) {
    List<?>[] lists = {authorities, missions, phases, milestones, groups, sources};
    boolean same = true;
    for (int k = 0; k < lists.length; k++) {
      same &= lists[k] == bound[k];
    }
    return same ? this : new PositionTable(file, files, blocks, top, rows, lists);
  }

  /** The source name the spans belong to. */
  public String file() {
    return file;
  }

  /** Where the value of a top-level key is written, or the whole file when it is absent. */
  public Span of(RoadmapField field) {
    return top.count == 0
        ? Span.ofFile(file)
        : span(top, 0, field.ordinal(), Span.ofFile(file), file);
  }

  /** Where an authority's id is written. */
  public Span of(Authority a) {
    return of(Kind.AUTHORITY, a, AuthorityField.ID);
  }

  /** Where a mission's id is written. */
  public Span of(Mission m) {
    return of(Kind.MISSION, m, MissionField.ID);
  }

  /** Where a field of a mission is written; its id's position when the field is absent. */
  public Span of(Mission m, MissionField field) {
    return of(Kind.MISSION, m, field);
  }

  /** Where a mission group's id is written. */
  public Span of(MissionGroup g) {
    return of(Kind.GROUP, g, MissionGroupField.ID);
  }

  /** Where a field of a mission group is written; its id's position when the field is absent. */
  public Span of(MissionGroup g, MissionGroupField field) {
    return of(Kind.GROUP, g, field);
  }

  /** Where a phase's id is written. */
  public Span of(Phase p) {
    return of(Kind.PHASE, p, PhaseField.ID);
  }

  /** Where a field of a phase is written; its id's position when the field is absent. */
  public Span of(Phase p, PhaseField field) {
    return of(Kind.PHASE, p, field);
  }

  /** Where a milestone's id is written. */
  public Span of(Milestone m) {
    return of(Kind.MILESTONE, m, MilestoneField.ID);
  }

  /** Where a field of a milestone is written; its id's position when the field is absent. */
  public Span of(Milestone m, MilestoneField field) {
    return of(Kind.MILESTONE, m, field);
  }

  /** Where a source's id is written. */
  public Span of(Source s) {
    return of(Kind.SOURCE, s, SourceField.ID);
  }

  /** Where a field of a source is written; its id's position when the field is absent. */
  public Span of(Source s, SourceField field) {
    return of(Kind.SOURCE, s, field);
  }

  /**
   * Where the {@code i}th id of {@code m.cites()} is written; the milestone's {@code source} when
   * the table does not know.
   */
  public Span ofCitation(Milestone m, int i) {
    int row = row(Kind.MILESTONE, m);
    if (row < 0) {
      return Span.ofFile(file);
    }
    PositionRows r = rows[Kind.MILESTONE.ordinal()];
    int p = r.offsets[row] + 4 * Integer.bitCount(r.masks[row]) + 4 * (m.requires().size() + i);
    return p + 4 <= r.offsets[row + 1] ? spanAt(p, fileOf(r, row)) : of(m, MilestoneField.SOURCE);
  }

  /** Where the id that the {@code i}th entry of {@code m.requires()} names is written. */
  public Span ofRequirementTarget(Milestone m, int i) {
    int row = row(Kind.MILESTONE, m);
    if (row < 0) {
      return Span.ofFile(file);
    }
    PositionRows r = rows[Kind.MILESTONE.ordinal()];
    int p = r.offsets[row] + 4 * Integer.bitCount(r.masks[row]) + 4 * i;
    return p + 4 <= r.offsets[row + 1] ? spanAt(p, fileOf(r, row)) : of(m);
  }

  private Span of(Kind kind, Object element, Field field) {
    int row = row(kind, element);
    if (row < 0) {
      return Span.ofFile(file);
    }
    PositionRows r = rows[kind.ordinal()];
    String in = fileOf(r, row);
    Span id = span(r, row, 0, Span.ofFile(in), in);
    return field.ordinal() == 0 ? id : span(r, row, field.ordinal(), id, in);
  }

  /** The file row {@code row} of {@code r} is written in. */
  private String fileOf(PositionRows r, int row) {
    return files == null ? file : files[r.files[row]];
  }

  /** The span of field {@code f} of row {@code row}, written in {@code in}, or {@code absent}. */
  private Span span(PositionRows r, int row, int f, Span absent, String in) {
    int mask = r.masks[row];
    if ((mask & (1 << f)) == 0) {
      return absent;
    }
    return spanAt(r.offsets[row] + 4 * Integer.bitCount(mask & ((1 << f) - 1)), in);
  }

  private Span spanAt(int p, String in) {
    return new Span(in, get(p), get(p + 1), get(p + 2), get(p + 3));
  }

  /**
   * One table for a roadmap read from several files ({@code include}): the rows of {@code parts[0]}
   * (the top file, whose top-level keys are kept), then those of each other part, kind by kind, so
   * that they match lists of elements joined in the same order. Each span keeps its own file.
   */
  public static PositionTable merge(List<PositionTable> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    for (PositionTable t : parts) {
      if (t.files != null) {
        throw new IllegalArgumentException("a merged table is merged again: " + t.file);
      }
    }
    PositionMerger m = new PositionMerger();
    String[] files = new String[parts.size()];
    PositionRows top = new PositionRows();
    PositionTable first = parts.get(0);
    for (int i = 0; i < first.top.count; i++) {
      m.copy(first, first.top, i, top, 0);
    }
    PositionRows[] rows = new PositionRows[KINDS.length];
    for (int k = 0; k < rows.length; k++) {
      rows[k] = new PositionRows();
      rows[k].files = new int[0];
    }
    for (int p = 0; p < parts.size(); p++) {
      PositionTable t = parts.get(p);
      files[p] = t.file;
      for (int k = 0; k < rows.length; k++) {
        PositionRows from = t.rows[k];
        for (int i = 0; i < from.count; i++) {
          m.copy(t, from, i, rows[k], p);
        }
      }
    }
    return new PositionTable(
        first.file, files, m.blocks.toArray(new int[0][]), top, rows, new List<?>[KINDS.length]);
  }

  /** The int at {@code p} of the blocks. */
  int get(int p) {
    return blocks[p >>> BLOCK_BITS][p & (BLOCK - 1)];
  }

  /** The row of {@code element} in its kind's rows, by identity, or -1. */
  private int row(Kind kind, Object element) {
    List<?> list = bound[kind.ordinal()];
    if (list == null || list.size() != rows[kind.ordinal()].count) {
      return -1;
    }
    IdentityIndex index = indexes[kind.ordinal()];
    if (index == null) {
      synchronized (this) {
        index = indexes[kind.ordinal()];
        if (index == null) {
          index = new IdentityIndex(list);
          indexes[kind.ordinal()] = index;
        }
      }
    }
    return index.find(element);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PositionTable t) || !file.equals(t.file) || !top.sameAs(this, t.top, t)) {
      return false;
    }
    for (int k = 0; k < rows.length; k++) {
      if (!rows[k].sameAs(this, t.rows[k], t)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, rows[Kind.MILESTONE.ordinal()].count);
  }

  @Override
  public String toString() {
    return "PositionTable[" + file + ", " + rows[Kind.MILESTONE.ordinal()].count + " milestones]";
  }

  /**
   * Gathers the positions as the loader binds a file: a row of an element is begun, given its
   * fields in field order and (for a milestone) its prerequisite entries, then ended. Not safe for
   * use by several threads.
   */
  public static final class Builder {
    private final String file;
    private final List<int[]> blocks = new ArrayList<>();
    private int[] block = new int[0];
    private int size;
    private final Span[] topFields = new Span[RoadmapField.values().length];
    private final PositionRows[] rows = new PositionRows[KINDS.length];
    private PositionRows current;
    private int rowStart;
    private int mask;
    private int lastField;
    private boolean requirements;
    private boolean citations;

    private Builder(String file) {
      this.file = Objects.requireNonNull(file, "file");
      for (int k = 0; k < rows.length; k++) {
        rows[k] = new PositionRows();
      }
    }

    /** The value of a top-level key is written at {@code span}. */
    public Builder top(RoadmapField field, Span span) {
      topFields[field.ordinal()] = span;
      return this;
    }

    /** Begins the row of the next authority (their rows are in file order, as the roadmap's). */
    public Builder authority() {
      return begin(Kind.AUTHORITY);
    }

    /** Begins the row of the next mission. */
    public Builder mission() {
      return begin(Kind.MISSION);
    }

    /** Begins the row of the next mission group. */
    public Builder group() {
      return begin(Kind.GROUP);
    }

    /** Begins the row of the next phase. */
    public Builder phase() {
      return begin(Kind.PHASE);
    }

    /** Begins the row of the next source. */
    public Builder source() {
      return begin(Kind.SOURCE);
    }

    /** Begins the row of the next milestone. */
    public Builder milestone() {
      return begin(Kind.MILESTONE);
    }

    private Builder begin(Kind kind) {
      if (current != null) {
        throw new IllegalStateException("a row is still open");
      }
      current = rows[kind.ordinal()];
      rowStart = size;
      mask = 0;
      lastField = -1;
      requirements = false;
      citations = false;
      return this;
    }

    /** The open row's {@code field} is written at {@code span}; fields come in field order. */
    public Builder field(Field field, Span span) {
      if (current == null || requirements || field.ordinal() <= lastField) {
        throw new IllegalStateException("field " + field + " out of order");
      }
      lastField = field.ordinal();
      mask |= 1 << field.ordinal();
      put(span);
      return this;
    }

    /**
     * The id that the open milestone row's next prerequisite names is written at {@code target}.
     */
    public Builder requirement(Span target) {
      if (current != rows[Kind.MILESTONE.ordinal()] || citations) {
        throw new IllegalStateException("a requirement outside a milestone, or after a citation");
      }
      requirements = true;
      put(target);
      return this;
    }

    /**
     * The id that the open milestone row's next citation names is written at {@code target}; the
     * citations come after the prerequisites.
     */
    public Builder citation(Span target) {
      if (current != rows[Kind.MILESTONE.ordinal()]) {
        throw new IllegalStateException("a citation outside a milestone");
      }
      requirements = true;
      citations = true;
      put(target);
      return this;
    }

    /** Ends the open row: it belongs to the element bound last. */
    public Builder end() {
      current.add(rowStart, size, mask);
      current = null;
      return this;
    }

    /** Drops every milestone row: the roadmap keeps none of its milestones. */
    public Builder clearMilestones() {
      rows[Kind.MILESTONE.ordinal()] = new PositionRows();
      return this;
    }

    /** Appends a span's four numbers (a block holds a whole number of spans). */
    private void put(Span s) {
      int at = size & (BLOCK - 1);
      if (at == 0 && size >>> BLOCK_BITS == blocks.size()) {
        block = new int[BLOCK];
        blocks.add(block);
      } else if (at == 0) {
        block = blocks.get(size >>> BLOCK_BITS);
      }
      block[at] = s.line();
      block[at + 1] = s.column();
      block[at + 2] = s.endLine();
      block[at + 3] = s.endColumn();
      size += 4;
    }

    /** The table, with the top-level keys given so far. */
    public PositionTable build() {
      if (current != null) {
        throw new IllegalStateException("a row is still open");
      }
      PositionRows topRow = new PositionRows();
      int start = size;
      int topMask = 0;
      for (int f = 0; f < topFields.length; f++) {
        if (topFields[f] != null) {
          topMask |= 1 << f;
          put(topFields[f]);
        }
      }
      topRow.add(start, size, topMask);
      return new PositionTable(
          file, blocks.toArray(new int[0][]), topRow, rows.clone(), new List<?>[KINDS.length]);
    }
  }
}
