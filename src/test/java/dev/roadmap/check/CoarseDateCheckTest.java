package dev.roadmap.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.load.RoadmapLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates written as a month or a year are checked honestly: a finding only when it holds for every
 * day the precision allows, in both directions.
 */
class CoarseDateCheckTest {
  static List<Diagnostic> check(String phases, String milestones) {
    String text =
        "roadmap: 1\ntitle: T\nstart: 2004-01-01\nphases:\n"
            + phases
            + "milestones:\n"
            + milestones;
    var r = RoadmapLoader.load("t.yaml", text);
    assertThat(r.diagnostics()).isEmpty();
    CheckContext c = new CheckContext(r.roadmap(), LocalDate.of(2004, 8, 20));
    List<Diagnostic> out = new java.util.ArrayList<>();
    out.addAll(new ScheduleCheck().run(c));
    out.addAll(new DateFieldsCheck().run(c));
    out.addAll(new StatusCheck().run(c));
    return out;
  }

  /** A prerequisite {@code a} on {@code pa} and a dependent {@code b} on {@code pb}. */
  static List<Diagnostic> ordering(String pa, String pb, String lag) {
    return check(
        "  - {id: p}\n",
        "  - {id: a, title: A, phase: p, date: "
            + pa
            + ", status: done}\n"
            + "  - {id: b, title: B, phase: p, date: "
            + pb
            + ", status: done, requires: [{id: a, lag: "
            + lag
            + "}]}\n");
  }

  @ParameterizedTest(name = "{0} then {1}, lag {2}: no finding")
  @CsvSource({
    "2004-08, 2004-08, 0d",
    "2004-08, 2004-08, 2w",
    "2004-08-31, 2004-08, 0d",
    "2004-08, 2004-08-01, 0d",
    "2004, 2004, 0d",
    "2004, 2004-01, 0d",
    "2004-12, 2004, 0d",
    "2004, 2004-12-31, 0d",
    "2004-08, 2004-09, 0d",
  })
  void anOrderingThatSomeDayOfThePrecisionMeetsIsNoFinding(String a, String b, String lag) {
    assertThat(ordering(a, b, lag)).isEmpty();
  }

  @ParameterizedTest(name = "{0} then {1}, lag {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2004-09 | 2004-08 | 0d | 'b' starts 2004-08, at least 1 day before 'a' allows (finish-to-start:"
            + " not before 2004-09-01)",
        "2005 | 2004-12 | 0d | 'b' starts 2004-12, at least 1 day before 'a' allows (finish-to-start: not"
            + " before 2005-01-01)",
        "2005 | 2004 | 0d | 'b' starts 2004, at least 1 day before 'a' allows (finish-to-start: not"
            + " before 2005-01-01)",
        "2004-09-02 | 2004-08 | 0d | 'b' starts 2004-08, at least 2 days before 'a' allows"
            + " (finish-to-start: not before 2004-09-02)",
        "2004-08 | 2004-08 | 5w | 'b' starts 2004-08, at least 5 days before 'a' allows (finish-to-start"
            + " with a lag of 35 days: not before 2004-09-05)",
      })
  void anOrderingBrokenOnEveryDayIsRm300(String a, String b, String lag, String message) {
    assertThat(ordering(a, b, lag))
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.STARTS_BEFORE_PREREQUISITE, message));
  }

  @Test
  void aDayPrecisionOrderingSaysNoAtLeast() {
    assertThat(ordering("2004-08-10", "2004-08-01", "0d"))
        .extracting(Diagnostic::message)
        .containsExactly(
            "'b' starts 2004-08-01, 9 days before 'a' allows (finish-to-start: not before"
                + " 2004-08-10)");
  }

  @Test
  void aMonthDeadlineIsMetByAnyDayOfItAndMissedOnlyAfter() {
    assertThat(
            check(
                "  - {id: p}\n",
                "  - {id: a, title: A, phase: p, date: 2004-08-31, deadline: 2004-08, status:"
                    + " done}\n"))
        .isEmpty();
    assertThat(
            check(
                "  - {id: p}\n",
                "  - {id: a, title: A, phase: p, date: 2004-08, deadline: 2004-08-15, status:"
                    + " done}\n"))
        .as("a month date may fall before a deadline within it")
        .isEmpty();
    assertThat(
            check(
                "  - {id: p}\n",
                "  - {id: a, title: A, phase: p, date: 2004-09, deadline: 2004-08, status:"
                    + " done}\n"))
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Code.MISSES_DEADLINE,
                "'a' finishes 2004-09, at least 1 day after its deadline 2004-08"));
  }

  @Test
  void aMonthPhaseWindowHoldsEveryDayOfItsMonths() {
    assertThat(
            check(
                "  - {id: p, start: 2004-08-15, end: 2004-09}\n",
                "  - {id: a, title: A, phase: p, date: 2004-08, status: done}\n"
                    + "  - {id: b, title: B, phase: p, date: 2004-09-30, status: done}\n"))
        .isEmpty();
    assertThat(
            check(
                "  - {id: p, start: 2004-08, end: 2004-09}\n",
                "  - {id: a, title: A, phase: p, date: 2004-07, status: done}\n"
                    + "  - {id: b, title: B, phase: p, date: 2004-10, status: done}\n"))
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Code.OUTSIDE_PHASE_WINDOW,
                "'a' starts 2004-07, at least 1 day before its phase 'p' opens on 2004-08"),
            org.assertj.core.groups.Tuple.tuple(
                Code.OUTSIDE_PHASE_WINDOW,
                "'b' finishes 2004-10, at least 1 day after its phase 'p' closes on 2004-09"));
  }

  @Test
  void startEndAndDurationAgreeIfSomeDaysOfTheirMonthsFit() {
    assertThat(
            check(
                "  - {id: p}\n",
                "  - {id: a, title: A, phase: p, start: 2004-07, end: 2004-08, duration: 30d,"
                    + " status: done}\n"))
        .isEmpty();
    assertThat(
            check(
                "  - {id: p}\n",
                "  - {id: a, title: A, phase: p, start: 2004-07, end: 2004-08, duration: 90d,"
                    + " status: done}\n"))
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Code.CONFLICTING_DATES,
                "'a' runs 62 days from 2004-07 to 2004-08 but its duration is 90 days"));
  }

  @Test
  void aMonthIsOverdueOnlyOnceTheWholeMonthHasPassed() {
    // The status date is 2004-08-20.
    assertThat(check("  - {id: p}\n", "  - {id: a, title: A, phase: p, date: 2004-08}\n"))
        .isEmpty();
    assertThat(check("  - {id: p}\n", "  - {id: a, title: A, phase: p, date: 2004-07}\n"))
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Code.OVERDUE,
                "'a' is planned but was due 2004-07, 20 days before the status date"
                    + " 2004-08-20"));
  }

  @Test
  void aYearBeforeTheProjectStartIsRm306OnlyWhenAllOfItIs() {
    assertThat(
            check("  - {id: p}\n", "  - {id: a, title: A, phase: p, date: 2004, status: done}\n"))
        .isEmpty();
    assertThat(
            check("  - {id: p}\n", "  - {id: a, title: A, phase: p, date: 2003, status: done}\n"))
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Code.BEFORE_PROJECT_START,
                "'a' is dated 2003, at least 1 day before the project start 2004-01-01"));
  }
}
