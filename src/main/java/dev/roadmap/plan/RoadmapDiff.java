package dev.roadmap.plan;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Mission;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Precision;
import dev.roadmap.model.Status;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two schedules of a roadmap: milestones added, removed, retitled and moved
 * (by days, pinned and computed), the transfer of each mission, prerequisites added and removed,
 * phase and status changes, other milestone fields, and phases added, removed and changed.
 *
 * <p>Milestones, missions and phases are matched by id: a renamed id is a removal plus an addition.
 * Every list is in the file order of NEW, and removed elements in the file order of OLD, so the
 * same two files always give the same diff. Pure: no files, no clock.
 *
 * @param oldFile the source name of OLD
 * @param newFile the source name of NEW
 * @param added milestones only in NEW, in NEW's order
 * @param removed milestones only in OLD, in OLD's order
 * @param retitled milestones whose title changed
 * @param moved milestones whose dates changed
 * @param missionTransfers missions whose live transfer changed (its date, or which milestone it is)
 * @param dependenciesAdded prerequisite links only in NEW, of milestones in both
 * @param dependenciesRemoved prerequisite links only in OLD, of milestones in both
 * @param phaseChanges milestones that moved to another phase
 * @param statusChanges milestones whose status changed
 * @param otherChanges milestones whose kind, mission, deadline, not-before or pinning changed
 * @param phasesAdded phases only in NEW
 * @param phasesRemoved phases only in OLD
 * @param phasesChanged phases whose name or window changed
 */
public record RoadmapDiff(
    String oldFile,
    String newFile,
    List<Schedule.Entry> added,
    List<Schedule.Entry> removed,
    List<Retitled> retitled,
    List<Moved> moved,
    List<MissionTransfer> missionTransfers,
    List<DependencyChange> dependenciesAdded,
    List<DependencyChange> dependenciesRemoved,
    List<PhaseChange> phaseChanges,
    List<StatusChange> statusChanges,
    List<FieldChange> otherChanges,
    List<Phase> phasesAdded,
    List<Phase> phasesRemoved,
    List<PhaseWindowChange> phasesChanged) {

  public RoadmapDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    retitled = List.copyOf(retitled);
    moved = List.copyOf(moved);
    missionTransfers = List.copyOf(missionTransfers);
    dependenciesAdded = List.copyOf(dependenciesAdded);
    dependenciesRemoved = List.copyOf(dependenciesRemoved);
    phaseChanges = List.copyOf(phaseChanges);
    statusChanges = List.copyOf(statusChanges);
    otherChanges = List.copyOf(otherChanges);
    phasesAdded = List.copyOf(phasesAdded);
    phasesRemoved = List.copyOf(phasesRemoved);
    phasesChanged = List.copyOf(phasesChanged);
  }

  /**
   * A milestone whose title changed.
   *
   * @param id the milestone
   * @param oldTitle the title in OLD (null if none)
   * @param newTitle the title in NEW (null if none)
   */
  public record Retitled(String id, String oldTitle, String newTitle) {}

  /**
   * A milestone whose dates changed.
   *
   * @param old its entry in OLD's schedule
   * @param neu its entry in NEW's schedule
   * @param startDays how many days later its start is (negative: earlier)
   * @param finishDays how many days later its finish (the last day) is (negative: earlier)
   */
  public record Moved(Schedule.Entry old, Schedule.Entry neu, long startDays, long finishDays) {
    public String id() {
      return neu.milestone().id();
    }

    /**
     * Watched for slips: a live transfer, or a milestone with a deadline (in NEW, or in OLD if NEW
     * dropped it).
     */
    public boolean watched() {
      Milestone m = neu.milestone();
      return m.status().isLive()
          && (m.kind() == Kind.TRANSFER
              || m.deadline() != null
              || old.milestone().deadline() != null);
    }
  }

  /**
   * A mission whose live transfer changed: its date, or which milestone it is.
   *
   * @param mission the mission id
   * @param old its live transfer in OLD, or null (no transfer, or the mission is new)
   * @param neu its live transfer in NEW, or null (no transfer, or the mission is gone)
   * @param finishDays days later the transfer is (negative: earlier); null unless both exist
   */
  public record MissionTransfer(
      String mission, Schedule.Entry old, Schedule.Entry neu, Long finishDays) {}

  /**
   * A prerequisite link of a milestone present on both sides.
   *
   * @param milestone the dependent
   * @param prerequisite the prerequisite's id
   * @param type the link type
   * @param lagDays signed lag in days
   * @param lagMonths signed lag in calendar months (0 for a lag in days)
   */
  public record DependencyChange(
      String milestone, String prerequisite, DependencyType type, int lagDays, int lagMonths) {
    /** A link whose lag, if any, is in days. */
    public DependencyChange(
        String milestone, String prerequisite, DependencyType type, int lagDays) {
      this(milestone, prerequisite, type, lagDays, 0);
    }

    /** True when the link has a lag or a lead. */
    public boolean hasLag() {
      return lagDays != 0 || lagMonths != 0;
    }

    /** The signed lag as written: "+14d", "-3d", "+3mo"; "0d" for none. */
    public String lagText() {
      if (lagMonths != 0) {
        return (lagMonths > 0 ? "+" : "") + lagMonths + "mo";
      }
      return (lagDays > 0 ? "+" : "") + lagDays + "d";
    }
  }

  /**
   * A milestone moved to another phase.
   *
   * @param milestone the milestone
   * @param oldPhase the phase in OLD (null if none)
   * @param newPhase the phase in NEW (null if none)
   */
  public record PhaseChange(String milestone, String oldPhase, String newPhase) {}

  /**
   * A milestone whose status changed.
   *
   * @param milestone the milestone
   * @param oldStatus its status in OLD
   * @param newStatus its status in NEW
   * @param oldDeadline its deadline in OLD as written ("2005-08-31", "2005-08"), or null
   */
  public record StatusChange(
      String milestone, Status oldStatus, Status newStatus, String oldDeadline) {}

  /**
   * Another field of a milestone that changed, as the file spells its values.
   *
   * @param milestone the milestone
   * @param field {@code kind}, {@code mission}, {@code deadline}, {@code not-before}, or {@code
   *     dates} when the same dates went from pinned to computed or back
   * @param oldValue the value in OLD, or null when absent
   * @param newValue the value in NEW, or null when absent
   */
  public record FieldChange(String milestone, String field, String oldValue, String newValue) {}

  /**
   * A phase present on both sides whose name or window changed.
   *
   * @param old the phase in OLD
   * @param neu the phase in NEW
   */
  public record PhaseWindowChange(Phase old, Phase neu) {
    public String id() {
      return neu.id();
    }

    public boolean renamed() {
      return !Objects.equals(old.name(), neu.name());
    }

    public boolean windowChanged() {
      return !Objects.equals(old.start(), neu.start()) || !Objects.equals(old.end(), neu.end());
    }
  }

  /**
   * A slip over the threshold of {@code --fail-on-slip}: a watched milestone that finishes later,
   * or one that is withdrawn (its slip has no end).
   *
   * @param milestone the milestone that moved later (in NEW), or was withdrawn
   * @param reason why it is watched: "transfer of MISSION" or "deadline DATE"
   * @param days how many days later it finishes; 0 when withdrawn
   * @param withdrawn null, or how it was withdrawn: "cancelled", "superseded", "removed" or "no
   *     longer a live transfer"
   */
  public record Slip(String milestone, String reason, long days, String withdrawn) {
    Slip(String milestone, String reason, long days) {
      this(milestone, reason, days, null);
    }
  }

  /** True when nothing this diff looks at changed. */
  public boolean isEmpty() {
    return added.isEmpty()
        && removed.isEmpty()
        && retitled.isEmpty()
        && moved.isEmpty()
        && missionTransfers.isEmpty()
        && dependenciesAdded.isEmpty()
        && dependenciesRemoved.isEmpty()
        && phaseChanges.isEmpty()
        && statusChanges.isEmpty()
        && otherChanges.isEmpty()
        && phasesAdded.isEmpty()
        && phasesRemoved.isEmpty()
        && phasesChanged.isEmpty();
  }

  /**
   * The live transfers and the milestones with a deadline that finish more than {@code days} later
   * in NEW than in OLD: the milestones moved, in NEW's order, then the missions whose transfer is
   * now another milestone (counted by the finish of the two transfers). Then the withdrawn ones,
   * whatever {@code days} (a transfer withdrawn never happens: no slip is longer): each mission
   * whose live transfer in OLD has none in NEW (cancelled, superseded, removed, or no longer a
   * transfer), each live milestone with a deadline that NEW withdraws (cancelled or superseded; a
   * transfer replaced by another is counted by the two dates instead), and each live milestone with
   * a deadline that NEW removes.
   */
  public List<Slip> slipsOver(long days) {
    return Slips.over(this, days);
  }

  /** The changes from {@code old} to {@code neu}. */
  public static RoadmapDiff of(Schedule old, Schedule neu) {
    List<Schedule.Entry> added = new ArrayList<>();
    List<Schedule.Entry> removed = new ArrayList<>();
    List<Retitled> retitled = new ArrayList<>();
    List<Moved> moved = new ArrayList<>();
    List<DependencyChange> depsAdded = new ArrayList<>();
    List<DependencyChange> depsRemoved = new ArrayList<>();
    List<PhaseChange> phaseChanges = new ArrayList<>();
    List<StatusChange> statusChanges = new ArrayList<>();
    List<FieldChange> other = new ArrayList<>();

    for (Schedule.Entry n : entries(neu)) {
      Milestone nm = n.milestone();
      Schedule.Entry o = old.get(nm.id());
      if (o == null) {
        added.add(n);
        continue;
      }
      Milestone om = o.milestone();
      if (!Objects.equals(om.title(), nm.title())) {
        retitled.add(new Retitled(nm.id(), om.title(), nm.title()));
      }
      if (!o.dates().equals(n.dates())) {
        moved.add(
            new Moved(
                o,
                n,
                ChronoUnit.DAYS.between(o.dates().start(), n.dates().start()),
                ChronoUnit.DAYS.between(o.dates().finish(), n.dates().finish())));
      }
      dependencies(om, nm, depsAdded, depsRemoved);
      if (!Objects.equals(om.phase(), nm.phase())) {
        phaseChanges.add(new PhaseChange(nm.id(), om.phase(), nm.phase()));
      }
      if (om.status() != nm.status()) {
        statusChanges.add(
            new StatusChange(
                nm.id(),
                om.status(),
                nm.status(),
                om.deadline() == null
                    ? null
                    : om.precision(MilestoneField.DEADLINE).format(om.deadline())));
      }
      field(other, nm.id(), "kind", om.kind().key(), nm.kind().key());
      field(other, nm.id(), "mission", om.mission(), nm.mission());
      field(
          other,
          nm.id(),
          "deadline",
          text(om.deadline(), om.precision(MilestoneField.DEADLINE)),
          text(nm.deadline(), nm.precision(MilestoneField.DEADLINE)));
      field(
          other,
          nm.id(),
          "not-before",
          text(om.notBefore(), om.precision(MilestoneField.NOT_BEFORE)),
          text(nm.notBefore(), nm.precision(MilestoneField.NOT_BEFORE)));
      if (o.dates().equals(n.dates())) {
        // When the dates moved too, the move shows each side's pinning.
        field(other, nm.id(), "dates", pinning(o), pinning(n));
      }
    }
    for (Schedule.Entry o : entries(old)) {
      if (neu.get(o.milestone().id()) == null) {
        removed.add(o);
      }
    }

    List<Phase> phasesAdded = new ArrayList<>();
    List<Phase> phasesRemoved = new ArrayList<>();
    List<PhaseWindowChange> phasesChanged = new ArrayList<>();
    Map<String, Phase> oldPhases = phases(old);
    Map<String, Phase> newPhases = phases(neu);
    for (Phase p : newPhases.values()) {
      Phase o = oldPhases.get(p.id());
      if (o == null) {
        phasesAdded.add(p);
        continue;
      }
      PhaseWindowChange c = new PhaseWindowChange(o, p);
      if (c.renamed() || c.windowChanged()) {
        phasesChanged.add(c);
      }
    }
    for (Phase p : oldPhases.values()) {
      if (!newPhases.containsKey(p.id())) {
        phasesRemoved.add(p);
      }
    }

    return new RoadmapDiff(
        old.roadmap().file(),
        neu.roadmap().file(),
        added,
        removed,
        retitled,
        moved,
        transfers(old, neu),
        depsAdded,
        depsRemoved,
        phaseChanges,
        statusChanges,
        other,
        phasesAdded,
        phasesRemoved,
        phasesChanged);
  }

  /** The entries of a schedule in file order, the first of each id. */
  private static List<Schedule.Entry> entries(Schedule s) {
    List<Schedule.Entry> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Milestone m : s.roadmap().milestones()) {
      Schedule.Entry e = s.get(m.id());
      if (e != null && seen.add(m.id())) {
        out.add(e);
      }
    }
    return out;
  }

  private static Map<String, Phase> phases(Schedule s) {
    Map<String, Phase> out = new LinkedHashMap<>();
    s.roadmap().phases().forEach(p -> out.putIfAbsent(p.id(), p));
    return out;
  }

  /**
   * Links matched as a multiset of (prerequisite, type, lag): a changed type or lag is the old link
   * removed and the new one added.
   */
  private static void dependencies(
      Milestone om, Milestone nm, List<DependencyChange> added, List<DependencyChange> removed) {
    List<DependencyChange> before = new ArrayList<>();
    om.requires().forEach(d -> before.add(link(nm.id(), d)));
    List<DependencyChange> after = new ArrayList<>();
    nm.requires().forEach(d -> after.add(link(nm.id(), d)));
    List<DependencyChange> unmatchedOld = new ArrayList<>(before);
    for (DependencyChange d : after) {
      if (!unmatchedOld.remove(d)) {
        added.add(d);
      }
    }
    List<DependencyChange> unmatchedNew = new ArrayList<>(after);
    for (DependencyChange d : before) {
      if (!unmatchedNew.remove(d)) {
        removed.add(d);
      }
    }
  }

  private static DependencyChange link(String milestone, Dependency d) {
    return new DependencyChange(milestone, d.target(), d.type(), d.lagDays(), d.lagMonths());
  }

  /**
   * Each mission (NEW's order, then missions only in OLD) whose live transfer is another milestone
   * or has another finish; the transfer is found as {@link MissionStates} finds it.
   */
  private static List<MissionTransfer> transfers(Schedule old, Schedule neu) {
    Map<String, Schedule.Entry> before = liveTransfers(old);
    Map<String, Schedule.Entry> after = liveTransfers(neu);
    Set<String> missions = new LinkedHashSet<>(after.keySet());
    missions.addAll(before.keySet());
    List<MissionTransfer> out = new ArrayList<>();
    for (String mission : missions) {
      Schedule.Entry o = before.get(mission);
      Schedule.Entry n = after.get(mission);
      if (o == null && n == null) {
        continue;
      }
      if (o != null && n != null) {
        long days = ChronoUnit.DAYS.between(o.dates().finish(), n.dates().finish());
        if (days != 0 || !o.milestone().id().equals(n.milestone().id())) {
          out.add(new MissionTransfer(mission, o, n, days));
        }
      } else {
        out.add(new MissionTransfer(mission, o, n, null));
      }
    }
    return out;
  }

  /** Every mission of the file, in file order, with its live transfer (null when none). */
  private static Map<String, Schedule.Entry> liveTransfers(Schedule s) {
    Map<String, Schedule.Entry> out = new LinkedHashMap<>();
    for (MissionStates.State st : MissionStates.on(s, s.finish())) {
      Mission m = st.mission();
      out.putIfAbsent(m.id(), st.transfer());
    }
    return out;
  }

  private static void field(
      List<FieldChange> out, String id, String field, String oldValue, String newValue) {
    if (!Objects.equals(oldValue, newValue)) {
      out.add(new FieldChange(id, field, oldValue, newValue));
    }
  }

  private static String pinning(Schedule.Entry e) {
    return e.pinned() ? "pinned" : "computed";
  }

  /** A date as written: at its precision, so a month reads "2005-10". */
  private static String text(LocalDate d, Precision p) {
    return d == null ? null : p.format(d);
  }
}
