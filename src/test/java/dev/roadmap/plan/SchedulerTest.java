package dev.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Textbook networks with dates computed by hand. The project starts Monday 2024-01-01. */
class SchedulerTest {
  static Schedule schedule(String milestones) {
    return schedule("  - {id: p}\n", milestones);
  }

  static Schedule schedule(String phases, String milestones) {
    String text =
        "roadmap: 1\ntitle: T\nstart: 2024-01-01\nphases:\n"
            + phases
            + "milestones:\n"
            + milestones;
    LoadResult r = RoadmapLoader.load("t.yaml", text);
    assertThat(r.diagnostics()).isEmpty();
    Roadmap roadmap = r.roadmap();
    return Scheduler.schedule(roadmap).orElseThrow();
  }

  static String m(String id, String fields) {
    return "  - {id: "
        + id
        + ", title: "
        + id
        + ", phase: p"
        + (fields.isEmpty() ? "" : ", ")
        + fields
        + "}\n";
  }

  static Interval days(String start, String endExclusive) {
    return new Interval(LocalDate.parse(start), LocalDate.parse(endExclusive));
  }

  @Test
  void theEntriesAreTheFirstMilestoneOfEachIdInFileOrderAsById() {
    Schedule s =
        schedule(
            m("a", "duration: 5d")
                + m("c", "requires: [b]")
                + m("b", "duration: 3d, requires: [a]")
                + m("a", "duration: 1d"));
    DependencyGraph g = DependencyGraph.of(s.roadmap());
    assertThat(g.size()).isEqualTo(3);
    assertThat(s.milestones().keySet()).containsExactly("a", "c", "b");
    Schedule plain =
        new Schedule(s.roadmap(), new java.util.LinkedHashMap<>(s.milestones()), s.finish());
    for (int i = 0; i < g.size(); i++) {
      Schedule.Entry e = ((Scheduler.Entries) s.milestones()).entry(i);
      assertThat(e.milestone()).isSameAs(g.at(i));
      assertThat(e).isEqualTo(s.get(g.at(i).id())).isEqualTo(plain.get(g.at(i).id()));
    }
  }

  @Test
  void chain() {
    Schedule s =
        schedule(
            m("a", "duration: 5d")
                + m("b", "duration: 3d, requires: [a]")
                + m("c", "requires: [b]"));
    assertThat(s.get("a").dates()).isEqualTo(days("2024-01-01", "2024-01-06"));
    assertThat(s.get("b").dates()).isEqualTo(days("2024-01-06", "2024-01-09"));
    assertThat(s.get("c").dates()).isEqualTo(days("2024-01-09", "2024-01-09"));
    assertThat(s.get("a").dates().finish()).isEqualTo(LocalDate.parse("2024-01-05"));
    assertThat(s.finish()).isEqualTo(LocalDate.parse("2024-01-09"));
    assertThat(s.criticalPath()).extracting(e -> e.milestone().id()).containsExactly("a", "b", "c");
    assertThat(s.get("c").drivingPrerequisite()).contains("b");
    assertThat(s.get("a").driver().kind()).isEqualTo(Schedule.DriverKind.PROJECT_START);
  }

  @Test
  void diamond() {
    Schedule s =
        schedule(
            m("a", "duration: 2d")
                + m("b", "duration: 3d, requires: [a]")
                + m("c", "duration: 5d, requires: [a]")
                + m("d", "duration: 1d, requires: [b, c]"));
    assertThat(s.get("b").dates()).isEqualTo(days("2024-01-03", "2024-01-06"));
    assertThat(s.get("c").dates()).isEqualTo(days("2024-01-03", "2024-01-08"));
    assertThat(s.get("d").dates()).isEqualTo(days("2024-01-08", "2024-01-09"));
    assertThat(s.get("d").drivingPrerequisite()).contains("c");
    assertThat(s.get("a").slackDays()).isZero();
    assertThat(s.get("b").slackDays()).isEqualTo(2);
    assertThat(s.get("c").slackDays()).isZero();
    assertThat(s.get("d").slackDays()).isZero();
    assertThat(s.criticalPath()).extracting(e -> e.milestone().id()).containsExactly("a", "c", "d");
    assertThat(s.drivingChain("d"))
        .extracting(e -> e.milestone().id())
        .containsExactly("a", "c", "d");
  }

  @Test
  void startToStartWithLag() {
    Schedule s =
        schedule(
            m("a", "duration: 10d")
                + m("b", "duration: 4d, requires: [{id: a, type: start-to-start, lag: 2d}]"));
    assertThat(s.get("b").dates()).isEqualTo(days("2024-01-03", "2024-01-07"));
    // b ends 01-07, a ends 01-11: b has 4 days of slack, a none.
    assertThat(s.get("b").slackDays()).isEqualTo(4);
    assertThat(s.get("a").slackDays()).isZero();
  }

  @Test
  void finishToFinishAndLead() {
    Schedule s =
        schedule(
            m("a", "duration: 10d")
                + m("b", "duration: 3d, requires: [{id: a, type: finish-to-finish}]")
                + m("c", "duration: 3d, requires: [{id: a, type: finish-to-finish, lag: -2d}]")
                + m("d", "duration: 2d, requires: [{id: a, lag: -3d}]"));
    assertThat(s.get("b").dates()).isEqualTo(days("2024-01-08", "2024-01-11"));
    assertThat(s.get("c").dates()).isEqualTo(days("2024-01-06", "2024-01-09"));
    assertThat(s.get("d").dates()).isEqualTo(days("2024-01-08", "2024-01-10"));
  }

  @Test
  void lagInWeeks() {
    Schedule s = schedule(m("a", "date: 2024-03-01") + m("b", "requires: [{id: a, lag: 52w}]"));
    assertThat(s.get("b").dates().start()).isEqualTo(LocalDate.parse("2025-02-28"));
    assertThat(s.get("b").pinned()).isFalse();
    assertThat(s.get("a").pinned()).isTrue();
  }

  @Test
  void pinsKeepTheirDatesAndDateWhatFollows() {
    Schedule s =
        schedule(
            m("a", "start: 2024-02-01, duration: 1w")
                + m("b", "requires: [a]")
                + m("c", "date: 2024-01-15, requires: [a]"));
    assertThat(s.get("a").dates()).isEqualTo(days("2024-02-01", "2024-02-08"));
    assertThat(s.get("b").dates()).isEqualTo(days("2024-02-08", "2024-02-08"));
    // c is pinned before a allows: it keeps its date; the check reports it.
    assertThat(s.get("c").dates()).isEqualTo(days("2024-01-15", "2024-01-15"));
    assertThat(s.get("c").driver().kind()).isEqualTo(Schedule.DriverKind.PINNED);
  }

  @Test
  void aPinnedMilestoneHasNoSlackAndBoundsItsPrerequisites() {
    // a = [01-01, 01-06); b pinned 02-01 requires a; c pinned 2025-01-01 sets the finish.
    // a may end by 02-01 (b's pinned start): slack 26 days, not the year to the finish.
    Schedule s =
        schedule(
            m("a", "duration: 5d")
                + m("b", "date: 2024-02-01, requires: [a]")
                + m("c", "date: 2025-01-01"));
    assertThat(s.get("b").slackDays()).isZero();
    assertThat(s.get("a").slackDays()).isEqualTo(26);
  }

  @Test
  void aDeadlineBoundsSlackAndTheChainBeforeIt() {
    // a = [01-01, 01-06) then b (3d) with deadline 01-20; c pinned 2025-01-01 sets the finish.
    // b may finish by 01-20 (end 01-21): slack 12 days; a inherits the bound through b.
    Schedule s =
        schedule(
            m("a", "duration: 5d")
                + m("b", "duration: 3d, requires: [a], deadline: 2024-01-20")
                + m("c", "date: 2025-01-01"));
    assertThat(s.get("b").dates()).isEqualTo(days("2024-01-06", "2024-01-09"));
    assertThat(s.get("b").slackDays()).isEqualTo(12);
    assertThat(s.get("a").slackDays()).isEqualTo(12);
    assertThat(s.get("a").critical()).isFalse();
  }

  @Test
  void aZeroLengthMilestoneMayFallOnItsDeadlineDay() {
    Schedule s =
        schedule(
            m("a", "duration: 5d")
                + m("b", "requires: [a], deadline: 2024-01-10")
                + m("c", "date: 2025-01-01"));
    // b on 01-06; its deadline 01-10 leaves 4 days.
    assertThat(s.get("b").slackDays()).isEqualTo(4);
  }

  @Test
  void aMilestoneComputedPastItsDeadlineHasNegativeSlackAndIsCritical() {
    Schedule s =
        schedule(
            m("a", "duration: 10d")
                + m("b", "duration: 1d, requires: [a], deadline: 2024-01-05")
                + m("c", "date: 2025-01-01"));
    // b runs 01-11 only: 6 days past its deadline.
    assertThat(s.get("b").slackDays()).isEqualTo(-6);
    assertThat(s.get("a").slackDays()).isEqualTo(-6);
    assertThat(s.get("b").critical()).isTrue();
    assertThat(Deadlines.missedBy(s.get("b"))).isEqualTo(6);
  }

  @Test
  void aMonthDeadlineBoundsSlackAtItsLastDay() {
    Schedule s = schedule(m("a", "duration: 5d, deadline: 2024-01") + m("c", "date: 2025-01-01"));
    // a ends 01-06 (exclusive); a deadline of January allows an end of 02-01: 26 days.
    assertThat(s.get("a").slackDays()).isEqualTo(26);
  }

  @Test
  void coarseDatesAreScheduledAtTheFirstDayAndAnEndAtTheLast() {
    Schedule s =
        schedule(
            m("a", "date: 2024-08")
                + m("b", "start: 2024-03, end: 2024-04")
                + m("c", "start: 2025, duration: 10d")
                + m("d", "end: 2024-06, duration: 10d")
                + m("e", "requires: [a]")
                + m("f", "not-before: 2024-05"));
    assertThat(s.get("a").dates()).isEqualTo(days("2024-08-01", "2024-08-01"));
    assertThat(s.get("a").display()).isEqualTo("2024-08");
    assertThat(s.get("b").dates()).isEqualTo(days("2024-03-01", "2024-05-01"));
    assertThat(s.get("b").display()).isEqualTo("2024-03..2024-04");
    assertThat(s.get("c").dates()).isEqualTo(days("2025-01-01", "2025-01-11"));
    assertThat(s.get("c").display()).isEqualTo("2025");
    assertThat(s.get("d").dates()).isEqualTo(days("2024-06-21", "2024-07-01"));
    assertThat(s.get("d").display()).isEqualTo("2024-06");
    // A computed date counted from a coarse prerequisite is a day, and computed.
    assertThat(s.get("e").dates()).isEqualTo(days("2024-08-01", "2024-08-01"));
    assertThat(s.get("e").display()).isEqualTo("2024-08-01");
    assertThat(s.get("e").pinned()).isFalse();
    assertThat(s.get("f").dates().start()).isEqualTo(LocalDate.parse("2024-05-01"));
  }

  @Test
  void startEndAndDurationAtMonthPrecisionStartAtTheEarliestDayBothAllow() {
    Schedule s = schedule(m("a", "start: 2024-07, end: 2024-08, duration: 20d"));
    // The last day, start + 19, must be in August: the earliest start is 07-13.
    assertThat(s.get("a").dates()).isEqualTo(days("2024-07-13", "2024-08-02"));
  }

  @Test
  void notBeforeAndPhaseStartHoldBackAMilestone() {
    Schedule s =
        schedule(
            "  - {id: p}\n  - {id: q, start: 2024-04-01}\n",
            m("a", "not-before: 2024-03-01")
                + "  - {id: b, title: b, phase: q}\n"
                + "  - {id: c, title: c, phase: q, requires: [a], not-before: 2024-03-15}\n");
    assertThat(s.get("a").dates().start()).isEqualTo(LocalDate.parse("2024-03-01"));
    assertThat(s.get("a").driver().kind()).isEqualTo(Schedule.DriverKind.NOT_BEFORE);
    assertThat(s.get("b").dates().start()).isEqualTo(LocalDate.parse("2024-04-01"));
    assertThat(s.get("b").driver().kind()).isEqualTo(Schedule.DriverKind.PHASE_START);
    assertThat(s.get("c").dates().start()).isEqualTo(LocalDate.parse("2024-04-01"));
  }

  @Test
  void latestConstraintWinsAndTiesGoToTheFirstListed() {
    Schedule s =
        schedule(
            m("a", "date: 2024-01-10")
                + m("b", "date: 2024-01-10")
                + m("c", "date: 2024-01-05")
                + m("d", "requires: [c, b, a]"));
    assertThat(s.get("d").dates().start()).isEqualTo(LocalDate.parse("2024-01-10"));
    assertThat(s.get("d").drivingPrerequisite()).contains("b");
  }

  @Test
  void supersededPrerequisitesConstrainNothing() {
    Schedule s =
        schedule(
            m("old", "date: 2024-06-01, status: superseded")
                + m("new", "date: 2024-02-01")
                + m("x", "requires: [old, new]"));
    assertThat(s.get("x").dates().start()).isEqualTo(LocalDate.parse("2024-02-01"));
    assertThat(s.finish()).isEqualTo(LocalDate.parse("2024-02-01"));
  }

  @Test
  void noScheduleWithACycle() {
    String text =
        "roadmap: 1\ntitle: T\nstart: 2024-01-01\nphases: [{id: p}]\nmilestones:\n"
            + m("a", "requires: [b]")
            + m("b", "requires: [a]");
    assertThat(Scheduler.schedule(RoadmapLoader.load("t.yaml", text).roadmap())).isEmpty();
  }
}
