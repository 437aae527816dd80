package dev.roadmap.plan;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Precision;
import dev.roadmap.model.Roadmap;
import java.util.List;
import java.util.Optional;

/**
 * A roadmap laid out by phase, for display.
 *
 * @param roadmap the roadmap shown
 * @param phases phases in phase order, each with its entries
 * @param whole the timeline of the whole roadmap when this one shows a part of it (a filter, a
 *     phase, a window), so that a view can tell its finish from the roadmap's; null when this one
 *     is the whole
 */
public record Timeline(Roadmap roadmap, List<PhaseEntries> phases, Timeline whole) {
  public Timeline {
    phases = List.copyOf(phases);
  }

  /** The timeline of the whole roadmap. */
  public Timeline(Roadmap roadmap, List<PhaseEntries> phases) {
    this(roadmap, phases, null);
  }

  /** Its entries, phase by phase. */
  public List<Entry> entries() {
    return phases.stream().flatMap(p -> p.entries().stream()).toList();
  }

  /**
   * A phase and its milestones, dated ones by date, then undated ones in file order.
   *
   * @param number 1-based position in phase order
   * @param phase the phase
   * @param entries its milestones
   */
  public record PhaseEntries(int number, Phase phase, List<Entry> entries) {
    public PhaseEntries {
      entries = List.copyOf(entries);
    }
  }

  /**
   * A milestone and its dates, if known.
   *
   * @param milestone the milestone
   * @param dates its interval, or empty when it is not scheduled
   * @param computed true when the scheduler computed the dates, false when the file pins them
   * @param slackDays total slack in days, or null when there is no schedule
   * @param critical true on the critical path
   */
  public record Entry(
      Milestone milestone,
      Optional<Interval> dates,
      boolean computed,
      Long slackDays,
      boolean critical) {

    /**
     * Its days at the precision they are known (as the file writes a pinned date; a day when
     * computed), or empty when it is not scheduled.
     */
    public Optional<String> display() {
      if (computed) {
        return dates.map(Interval::display);
      }
      return dates.map(
          i -> i.display(Pins.startPrecision(milestone), Pins.finishPrecision(milestone)));
    }

    /** Its last day at the precision it is known, or empty when it is not scheduled. */
    public Optional<String> finishText() {
      Precision p = computed ? Precision.DAY : Pins.finishPrecision(milestone);
      return dates.map(i -> p.format(i.finish()));
    }
  }
}
