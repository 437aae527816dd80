package dev.roadmap.plan;

import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Mission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds each mission on a date: a mission is under its {@code to} authority only when its live
 * transfer milestone is done by that date ({@link Standing#DONE}: the file says {@code done} and it
 * finished on or before the date); else under its {@code from} authority. A transfer still planned
 * after its date is never counted as transferred.
 */
public final class MissionStates {
  private MissionStates() {}

  /**
   * One mission on a date.
   *
   * @param mission the mission
   * @param transfer its live transfer milestone, or null when it has none
   * @param transferred true when the transfer is done by the date
   * @param holder the id of the authority holding it on the date (null if the file names none)
   * @param standing how the transfer stood on the date, or null when there is none
   */
  public record State(
      Mission mission,
      Schedule.Entry transfer,
      boolean transferred,
      String holder,
      Standing standing) {}

  /** Every mission, in file order, on {@code date}. */
  public static List<State> on(Schedule s, LocalDate date) {
    // The first live transfer of each mission, in file order: one pass, not one per mission.
    Map<String, Schedule.Entry> transfers = new HashMap<>();
    for (Schedule.Entry e : s.milestones().values()) {
      Milestone m = e.milestone();
      if (m.kind() == Kind.TRANSFER && m.status().isLive() && m.mission() != null) {
        transfers.putIfAbsent(m.mission(), e);
      }
    }
    List<State> out = new ArrayList<>();
    for (Mission m : s.roadmap().missions()) {
      Schedule.Entry transfer = transfers.get(m.id());
      Standing standing = transfer == null ? null : Standing.of(transfer, date, s.roadmap().asOf());
      boolean done = standing == Standing.DONE;
      var holder = done ? m.to() : m.from();
      out.add(new State(m, transfer, done, holder, standing));
    }
    return out;
  }

  public static long transferred(List<State> states) {
    return states.stream().filter(State::transferred).count();
  }
}
