package dev.roadmap.plan;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hypothetical changes to a roadmap, applied in memory: a milestone slips by some days, or is
 * pinned to a date. The result is a new roadmap to schedule and compare with the old one.
 */
public final class WhatIf {
  private WhatIf() {}

  /** One hypothetical change. */
  public sealed interface Change permits Slip, Pin {
    String id();
  }

  /**
   * The milestone starts {@code days} later (earlier when negative). A pinned milestone's dates
   * move; an unpinned one gets a {@code not-before} that many days after its scheduled start (a
   * computed milestone cannot move earlier than its constraints allow).
   *
   * @param id the milestone
   * @param days signed days
   */
  public record Slip(String id, int days) implements Change {}

  /**
   * The milestone is pinned to start on {@code date}, keeping its duration.
   *
   * @param id the milestone
   * @param date its new start
   */
  public record Pin(String id, LocalDate date) implements Change {}

  /**
   * Applies the changes to the roadmap that {@code schedule} dates; each change must name a
   * milestone of it (the caller checks).
   */
  public static Roadmap apply(Schedule schedule, List<Change> changes) {
    Roadmap r = schedule.roadmap();
    Map<String, Milestone> changed = new HashMap<>();
    // Several slips of one milestone add up, whether it is pinned or not.
    Map<String, Integer> slipDays = new java.util.LinkedHashMap<>();
    List<Change> ordered = new ArrayList<>();
    for (Change c : changes) {
      if (c instanceof Slip s) {
        if (!slipDays.containsKey(s.id())) {
          ordered.add(c);
        }
        slipDays.merge(s.id(), s.days(), Integer::sum);
      } else {
        ordered.add(c);
      }
    }
    List<Change> total = new ArrayList<>();
    for (Change c : ordered) {
      total.add(c instanceof Slip s ? new Slip(s.id(), slipDays.get(s.id())) : c);
    }
    for (Change c : total) {
      Schedule.Entry e = schedule.get(c.id());
      Milestone m = changed.getOrDefault(c.id(), e.milestone());
      Milestone next = c instanceof Slip s ? slip(m, e, s.days()) : pin(m, e, ((Pin) c).date());
      changed.put(c.id(), next);
    }
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone m : r.milestones()) {
      Milestone n = changed.get(m.id());
      milestones.add(n != null && schedule.get(m.id()).milestone() == m ? n : m);
    }
    return r.withMilestones(milestones);
  }

  private static Milestone slip(Milestone m, Schedule.Entry e, int days) {
    if (m.isPinned()) {
      return with(
          m, shift(m.date(), days), shift(m.start(), days), shift(m.end(), days), m.notBefore());
    }
    if (days <= 0) {
      return m; // nothing holds it back that a slip could remove
    }
    LocalDate notBefore = e.dates().start().plusDays(days);
    if (m.notBefore() != null && m.notBefore().isAfter(notBefore)) {
      notBefore = m.notBefore();
    }
    return with(m, null, null, null, notBefore);
  }

  private static Milestone pin(Milestone m, Schedule.Entry e, LocalDate date) {
    if (e.dates().isZeroLength()) {
      return withDuration(m, date, null, null);
    }
    if (m.durationMonths() != null) {
      return m.withDates(null, date, null, m.notBefore());
    }
    return withDuration(m, null, date, (int) e.dates().days());
  }

  private static LocalDate shift(LocalDate d, int days) {
    return d == null ? null : d.plusDays(days);
  }

  private static Milestone with(
      Milestone m, LocalDate date, LocalDate start, LocalDate end, LocalDate notBefore) {
    return m.withDates(date, start, end, notBefore);
  }

  private static Milestone withDuration(
      Milestone m, LocalDate date, LocalDate start, Integer duration) {
    return m.withDates(date, start, null, duration, m.notBefore());
  }
}
