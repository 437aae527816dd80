package dev.roadmap.plan;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.Status;
import java.time.LocalDate;

/**
 * A milestone as it stood on a date: the status of the file replayed to that date (design.md
 * section 4). The file records the status as of its own {@code as-of}; a date before it sees only
 * what had happened by then, and a date after it sees nothing the file has not recorded.
 *
 * <ul>
 *   <li>{@link #DONE} only when the file says {@code done} and the milestone finished on or before
 *       the date.
 *   <li>A milestone the file says is done but that finishes after the date is shown as it stood on
 *       the date: {@link #IN_PROGRESS} if it had started, else {@link #PLANNED}.
 *   <li>A live milestone not done whose pinned finish is before the date is {@link #OVERDUE} when
 *       the file's {@code as-of} (or the date, if the file has none) is after that finish: the file
 *       says it was still not done then. When the finish falls after the file's {@code as-of}, the
 *       file cannot say whether it happened: it is {@link #DUE}, never done.
 *   <li>A live milestone not done whose computed finish is before the date is {@link #BEHIND} when
 *       that finish is also before the file's {@code as-of} (or the date): its prerequisites
 *       allowed it by then, and the file does not record it done. It misses no date of the file, so
 *       it is not overdue. When the computed finish falls after the file's {@code as-of}, it is
 *       {@link #DUE}, as a pinned one is.
 *   <li>Superseded and cancelled milestones keep their status.
 * </ul>
 */
public enum Standing {
  DONE("done"),
  IN_PROGRESS("in-progress"),
  PLANNED("planned"),
  AT_RISK("at-risk"),
  OVERDUE("overdue"),
  DUE("due"),
  BEHIND("behind"),
  SUPERSEDED("superseded"),
  CANCELLED("cancelled");

  private final String key;

  Standing(String key) {
    this.key = key;
  }

  /** The word shown in outputs. */
  public String key() {
    return key;
  }

  /** True for a live milestone that is not done on the date. */
  public boolean isOpen() {
    return this != DONE && this != SUPERSEDED && this != CANCELLED;
  }

  /**
   * How {@code e} stood on {@code date}.
   *
   * @param e the milestone's place in the schedule
   * @param date the status date
   * @param recorded the file's {@code as-of} (up to when its statuses are recorded), or null
   */
  public static Standing of(Schedule.Entry e, LocalDate date, LocalDate recorded) {
    return of(e.milestone(), e.dates(), e.pinned(), date, recorded);
  }

  /** As {@link #of(Schedule.Entry, LocalDate, LocalDate)}, from the parts of an entry. */
  public static Standing of(
      Milestone m, Interval dates, boolean pinned, LocalDate date, LocalDate recorded) {
    Status s = m.status();
    switch (s) {
      case SUPERSEDED:
        return SUPERSEDED;
      case CANCELLED:
        return CANCELLED;
      default:
        break;
    }
    LocalDate finish = dates.finish();
    if (s == Status.DONE) {
      if (!finish.isAfter(date)) {
        return DONE;
      }
      return dates.start().isAfter(date) ? PLANNED : IN_PROGRESS;
    }
    if (finish.isBefore(date)) {
      LocalDate known = recorded == null ? date : recorded;
      if (!pinned) {
        return finish.isBefore(known) ? BEHIND : DUE;
      }
      // Late only once the last day its month or year allows has passed.
      LocalDate last = Pins.bounds(m).map(Pins.Bounds::latestFinish).orElse(finish);
      if (last.isBefore(date)) {
        return last.isBefore(known) ? OVERDUE : DUE;
      }
    }
    if (s == Status.IN_PROGRESS && dates.start().isAfter(date)) {
      return PLANNED; // before it started, it was not in progress
    }
    return switch (s) {
      case IN_PROGRESS -> IN_PROGRESS;
      case AT_RISK -> AT_RISK;
      default -> PLANNED;
    };
  }
}
