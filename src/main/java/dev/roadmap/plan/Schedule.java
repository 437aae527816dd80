package dev.roadmap.plan;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Precision;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dates of every milestone of a roadmap: pinned ones as the file gives them, the others as
 * early as their constraints allow (design.md section 4), with slack and the critical path.
 *
 * @param roadmap the roadmap scheduled
 * @param milestones every milestone (the first of each id), in file order
 * @param finish the project finish: the latest end of a live milestone (exclusive)
 */
public record Schedule(Roadmap roadmap, Map<String, Entry> milestones, LocalDate finish) {
  public Schedule {
    // The scheduler's own map is a read-only view already.
    if (!(milestones instanceof Scheduler.Entries)) {
      milestones = Collections.unmodifiableMap(milestones);
    }
  }

  /**
   * What set a milestone's start.
   *
   * @param kind what kind of constraint it was
   * @param dependency the prerequisite link, for {@link DriverKind#PREREQUISITE}
   * @param date the date the constraint asked for
   */
  public record Driver(DriverKind kind, Dependency dependency, LocalDate date) {}

  /** The kinds of constraint that can date a milestone. */
  public enum DriverKind {
    /** The file pins its dates. */
    PINNED,
    /** A prerequisite, through its link type and lag. */
    PREREQUISITE,
    /** Its {@code not-before}. */
    NOT_BEFORE,
    /** The start of its phase's window. */
    PHASE_START,
    /** The project start. */
    PROJECT_START
  }

  /**
   * One milestone's place in the schedule.
   *
   * @param milestone the milestone
   * @param dates its days
   * @param pinned true when the file fixes the dates, false when they are computed
   * @param slackDays total slack: how many days it could start later without moving the project
   *     finish; 0 on the critical path
   * @param driver what set its start
   */
  public record Entry(
      Milestone milestone, Interval dates, boolean pinned, long slackDays, Driver driver) {

    /**
     * On the critical path: a live milestone not yet done with no slack. Done work is history, not
     * part of the path that decides the finish.
     */
    public boolean critical() {
      return slackDays <= 0
          && milestone.status().isLive()
          && milestone.status() != dev.roadmap.model.Status.DONE;
    }

    /** How precisely its first day is known: as the file writes it, or a day when computed. */
    public Precision startPrecision() {
      return pinned ? Pins.startPrecision(milestone) : Precision.DAY;
    }

    /** How precisely its last day is known: as the file writes it, or a day when computed. */
    public Precision finishPrecision() {
      return pinned ? Pins.finishPrecision(milestone) : Precision.DAY;
    }

    /** Its days at the precision they are known: "2004-08", "2005-01-10..2005-08-05". */
    public String display() {
      return dates.display(startPrecision(), finishPrecision());
    }

    /** Its last day, as a person reads it, at the precision it is known. */
    public String finishText() {
      return finishPrecision().format(dates.finish());
    }

    /**
     * The last day it may finish on: its finish, or for a pinned date written as a month or a year,
     * the last day of it (when it is overdue only once all of it has passed).
     */
    public LocalDate latestFinish() {
      if (pinned && !milestone.precisions().allDays()) {
        return Pins.bounds(milestone).map(Pins.Bounds::latestFinish).orElse(dates.finish());
      }
      return dates.finish();
    }

    /** The prerequisite that dates it, if a prerequisite does. */
    public Optional<String> drivingPrerequisite() {
      return driver.kind() == DriverKind.PREREQUISITE
          ? Optional.of(driver.dependency().target())
          : Optional.empty();
    }
  }

  public Entry get(String id) {
    return milestones.get(id);
  }

  /**
   * The chain of driving prerequisites that dates {@code id}, from the first (a milestone dated by
   * a pin or a project-level constraint) to {@code id} itself.
   */
  public List<Entry> drivingChain(String id) {
    List<Entry> chain = new ArrayList<>();
    Entry e = milestones.get(id);
    while (e != null && chain.size() <= milestones.size()) {
      chain.add(e);
      e = e.drivingPrerequisite().map(milestones::get).orElse(null);
    }
    java.util.Collections.reverse(chain);
    return chain;
  }

  /** The critical milestones in schedule order (by start, then file order). */
  public List<Entry> criticalPath() {
    return milestones.values().stream()
        .filter(Entry::critical)
        .sorted(
            java.util.Comparator.comparing((Entry e) -> e.dates().start())
                .thenComparing(e -> e.dates().end()))
        .toList();
  }
}
