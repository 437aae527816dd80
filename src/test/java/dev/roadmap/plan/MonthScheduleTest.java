package dev.roadmap.plan;

import static dev.roadmap.plan.SchedulerTest.days;
import static dev.roadmap.plan.SchedulerTest.m;
import static dev.roadmap.plan.SchedulerTest.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lags and durations in calendar months, against dates computed by hand with a calendar: a month
 * keeps the day of the month, or takes the month's last day when the month is shorter. 2024 and
 * 2028 are leap years; 2025 is not.
 */
class MonthScheduleTest {
  @Test
  void aLagOfThreeMonthsFromTheLastOfJanuaryLandsOnTheLastOfApril() {
    Schedule s = schedule(m("a", "date: 2024-01-31") + m("b", "requires: [{id: a, lag: 3mo}]"));
    assertThat(s.get("b").dates()).isEqualTo(days("2024-04-30", "2024-04-30"));
  }

  @Test
  void aMonthAfterTheThirtyFirstOfJanuaryIsTheLastDayOfFebruaryInLeapYearsAndOthers() {
    Schedule s =
        schedule(
            m("leap", "date: 2024-01-31")
                + m("leap-next", "requires: [{id: leap, lag: 1mo}]")
                + m("plain", "date: 2025-01-31")
                + m("plain-next", "requires: [{id: plain, lag: 1mo}]")
                + m("leap-day", "date: 2028-02-29")
                + m("year-after", "requires: [{id: leap-day, lag: 12mo}]"));
    assertThat(s.get("leap-next").dates().start()).hasToString("2024-02-29");
    assertThat(s.get("plain-next").dates().start()).hasToString("2025-02-28");
    assertThat(s.get("year-after").dates().start()).hasToString("2029-02-28");
  }

  @Test
  void aLeadInMonthsCountsBackAndClampsTheSameWay() {
    Schedule s =
        schedule(
            m("a", "date: 2024-05-31")
                + m("b", "start: 2024-03-31, duration: 1d")
                + m("c", "not-before: 2024-01-01, requires: [{id: a, lag: -3mo}]")
                + m("d", "requires: [{id: b, type: start-to-start, lag: -1mo}]"));
    assertThat(s.get("c").dates().start()).hasToString("2024-02-29");
    assertThat(s.get("d").dates().start()).hasToString("2024-02-29");
  }

  /**
   * Each link counts its months from the day its prerequisite lands on, so a chain of two one-month
   * lags from 31 January 2024 gives 29 March (31 Jan, 29 Feb, 29 Mar), where a two-month lag gives
   * 31 March: 1mo + 1mo is not 2mo from a day the next month lacks. From the 15th the chain keeps
   * the 15th: twelve one-month links make a year to the day, with no drift.
   */
  @Test
  void aChainOfMonthLagsCountsFromEachPrerequisiteAndDoesNotDrift() {
    Schedule s =
        schedule(
            m("a", "date: 2024-01-31")
                + m("b", "requires: [{id: a, lag: 1mo}]")
                + m("c", "requires: [{id: b, lag: 1mo}]")
                + m("two", "requires: [{id: a, lag: 2mo}]"));
    assertThat(s.get("b").dates().start()).hasToString("2024-02-29");
    assertThat(s.get("c").dates().start()).hasToString("2024-03-29");
    assertThat(s.get("two").dates().start()).hasToString("2024-03-31");

    StringBuilder chain = new StringBuilder(m("k0", "date: 2024-01-15"));
    for (int k = 1; k <= 12; k++) {
      chain.append(m("k" + k, "requires: [{id: k" + (k - 1) + ", lag: 1mo}]"));
    }
    Schedule year = schedule(chain.toString());
    assertThat(year.get("k1").dates().start()).hasToString("2024-02-15");
    assertThat(year.get("k6").dates().start()).hasToString("2024-07-15");
    assertThat(year.get("k12").dates().start()).hasToString("2025-01-15");
  }

  @Test
  void aDurationInMonthsEndsOnTheSameDayOfTheMonthOrTheMonthsLastDay() {
    Schedule s =
        schedule(
            m("pinned", "start: 2024-01-31, duration: 1mo")
                + m("a", "date: 2024-01-31")
                + m("computed", "duration: 3mo, requires: [a]")
                + m("after", "requires: [computed]")
                + m("to-end", "end: 2024-04-30, duration: 3mo"));
    // [2024-01-31, 2024-02-29): the last day is 2024-02-28.
    assertThat(s.get("pinned").dates()).isEqualTo(days("2024-01-31", "2024-02-29"));
    assertThat(s.get("pinned").dates().finish()).hasToString("2024-02-28");
    assertThat(s.get("computed").dates()).isEqualTo(days("2024-01-31", "2024-04-30"));
    assertThat(s.get("after").dates().start()).hasToString("2024-04-30");
    // Counted back from the day after the end: 2024-05-01 less 3 months.
    assertThat(s.get("to-end").dates()).isEqualTo(days("2024-02-01", "2024-05-01"));
  }

  @Test
  void finishToFinishWithAMonthDurationStartsAsLateAsTheEndAllows() {
    // b must end on or after 2024-03-31: 2024-02-29 + 1 month is 2024-03-29, too early, and
    // 2024-03-01 + 1 month is 2024-04-01.
    Schedule s =
        schedule(
            m("a", "date: 2024-03-31")
                + m("b", "duration: 1mo, requires: [{id: a, type: finish-to-finish}]"));
    assertThat(s.get("b").dates()).isEqualTo(days("2024-03-01", "2024-04-01"));
  }

  @Test
  void slackBeforeAMonthLagIsTheDaysToTheLatestDayThatStillFits() {
    // y is pinned to 2024-03-31; x + 1 month must be on or before it. 2024-02-29 + 1 month is
    // 2024-03-29 and 2024-03-01 + 1 month is 2024-04-01, so x may be as late as 2024-02-29: 29
    // days after its early date, 2024-01-31.
    Schedule s =
        schedule(
            m("x", "not-before: 2024-01-31")
                + m("y", "date: 2024-03-31, requires: [{id: x, lag: 1mo}]")
                + m("z", "date: 2024-06-30"));
    assertThat(s.get("x").dates().start()).hasToString("2024-01-31");
    assertThat(s.get("x").slackDays()).isEqualTo(29);
  }
}
