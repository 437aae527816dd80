package dev.roadmap.load;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Field;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.PositionTable;
import dev.roadmap.model.Precisions;
import dev.roadmap.model.Span;
import dev.roadmap.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds one milestone mapping to a {@link Milestone}, and gives the position table its row: the
 * span of each field, then of each prerequisite kept, then of each source id cited.
 */
final class MilestoneBinder {
  private static final MilestoneField[] FIELDS = MilestoneField.values();
  private static final String[] KEYS = Binding.keys(FIELDS);

  /** The keys of a prerequisite written as a mapping; {@code id} first, like every element's. */
  private enum DependencyField implements Field {
    ID("id"),
    TYPE("type"),
    LAG("lag");

    private final String key;

    DependencyField(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  private static final DependencyField[] DEPENDENCY_FIELDS = DependencyField.values();
  private static final String[] DEPENDENCY_KEYS = Binding.keys(DEPENDENCY_FIELDS);

  /** The constants of each enum, once: {@code values()} copies its array at every call. */
  private static final Kind[] KINDS = Kind.values();

  private static final Status[] STATUSES = Status.values();
  private static final DependencyType[] TYPES = DependencyType.values();

  private final Binding binding;
  private final DetailsBinder details;

  /** Where the id of each prerequisite of the milestone being bound is written, in order. */
  private final List<Span> requirementSpans = new ArrayList<>();

  private final SourceBinder sources;

  MilestoneBinder(Binding binding, SourceBinder sources) {
    this.binding = binding;
    this.sources = sources;
    this.details = new DetailsBinder(binding);
  }

  /** The milestone {@code node} describes, or null (with findings) when it has no valid id. */
  Milestone bind(YamlNode node) {
    BoundMapping o = binding.mapping(node, FIELDS, KEYS, "a milestone");
    if (o == null) {
      return null;
    }
    o.require(MilestoneField.ID, MilestoneField.TITLE, MilestoneField.PHASE);
    String id = o.id(MilestoneField.ID);
    if (id == null) {
      return null;
    }
    Kind kind = o.choice(MilestoneField.KIND, KINDS, Kind::key, Kind.MILESTONE);
    Status status = o.choice(MilestoneField.STATUS, STATUSES, Status::key, Status.PLANNED);
    Length duration = o.duration(MilestoneField.DURATION, false);
    requirementSpans.clear();
    List<Dependency> requires = o.list(MilestoneField.REQUIRES, this::dependency);
    String title = o.string(MilestoneField.TITLE);
    String phase = o.id(MilestoneField.PHASE);
    String mission = o.id(MilestoneField.MISSION);
    LocalDate date = o.date(MilestoneField.DATE);
    LocalDate start = o.date(MilestoneField.START);
    LocalDate end = o.date(MilestoneField.END, true);
    LocalDate notBefore = o.date(MilestoneField.NOT_BEFORE);
    LocalDate deadline = o.date(MilestoneField.DEADLINE, true);
    List<String> cites = sources.cites(o);
    Milestone m =
        new Milestone(
            id,
            title,
            phase,
            kind,
            mission,
            date,
            start,
            end,
            duration == null ? null : duration.daysOrNull(),
            notBefore,
            deadline,
            requires,
            status,
            SourceBinder.text(o),
            o.hasCoarseDate() ? precisions(o) : Precisions.DAY,
            cites,
            duration == null ? null : duration.monthsOrNull(),
            details.bind(o));
    PositionTable.Builder positions = binding.positions.milestone();
    o.writeFields(positions);
    for (Span target : requirementSpans) {
      positions.requirement(target);
    }
    for (Span citation : sources.citationSpans()) {
      positions.citation(citation);
    }
    positions.end();
    return m;
  }

  /** The precisions of a milestone with a date written as a month or a year. */
  private static Precisions precisions(BoundMapping o) {
    Precisions p = Precisions.DAY;
    for (MilestoneField f :
        new MilestoneField[] {
          MilestoneField.DATE,
          MilestoneField.START,
          MilestoneField.END,
          MilestoneField.NOT_BEFORE,
          MilestoneField.DEADLINE
        }) {
      p = p.with(f, o.precision(f));
    }
    return p;
  }

  private Dependency dependency(YamlNode node) {
    if (node instanceof YamlNode.Scalar s && !s.isNull()) {
      String target = binding.id(s);
      if (target == null) {
        return null;
      }
      requirementSpans.add(s.span());
      return Dependency.on(target);
    }
    BoundMapping o = binding.mapping(node, DEPENDENCY_FIELDS, DEPENDENCY_KEYS, "a prerequisite");
    if (o == null) {
      return null;
    }
    o.require(DependencyField.ID);
    String target = o.id(DependencyField.ID);
    DependencyType type =
        o.choice(DependencyField.TYPE, TYPES, DependencyType::key, DependencyType.FINISH_TO_START);
    Length lag = o.duration(DependencyField.LAG, true);
    if (target == null) {
      return null;
    }
    requirementSpans.add(o.valueSpan(DependencyField.ID));
    if (lag == null) {
      return new Dependency(target, type, 0, 0, o.extensions());
    }
    return lag.months()
        ? new Dependency(target, type, 0, lag.amount(), o.extensions())
        : new Dependency(target, type, lag.amount(), 0, o.extensions());
  }
}
