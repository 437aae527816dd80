package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Precision;
import dev.roadmap.model.Precisions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates written as a month ({@code 2004-08}) or a year ({@code 2004}). */
class CoarseDateLoaderTest {
  @Test
  void monthsAndYearsAreReadWithTheirPrecisionAtTheDayTheFormatGivesThem() {
    LoadResult r =
        RoadmapLoader.load(
            "t.yaml",
            """
            roadmap: 1
            title: T
            start: 2002
            phases:
              - {id: p, start: 2004-01, end: 2008}
            milestones:
              - {id: a, title: A, phase: p, date: 2004-08}
              - {id: b, title: B, phase: p, start: 2005-01, end: 2005-08, deadline: 2005}
              - {id: c, title: C, phase: p, not-before: "2006-02", deadline: 2006-02}
              - {id: d, title: D, phase: p, date: 2004-08-01}
            """);
    assertThat(r.diagnostics()).isEmpty();
    var roadmap = r.roadmap();
    assertThat(roadmap.start()).isEqualTo(LocalDate.of(2002, 1, 1));
    assertThat(roadmap.startPrecision()).isEqualTo(Precision.YEAR);
    Phase p = roadmap.phases().get(0);
    assertThat(p.start()).isEqualTo(LocalDate.of(2004, 1, 1));
    assertThat(p.startPrecision()).isEqualTo(Precision.MONTH);
    assertThat(p.end()).as("a coarse end is its last day").isEqualTo(LocalDate.of(2008, 12, 31));
    assertThat(p.endPrecision()).isEqualTo(Precision.YEAR);

    Milestone a = roadmap.milestones().get(0);
    assertThat(a.date()).isEqualTo(LocalDate.of(2004, 8, 1));
    assertThat(a.precision(MilestoneField.DATE)).isEqualTo(Precision.MONTH);
    assertThat(a.precision(MilestoneField.START)).isEqualTo(Precision.DAY);

    Milestone b = roadmap.milestones().get(1);
    assertThat(b.start()).isEqualTo(LocalDate.of(2005, 1, 1));
    assertThat(b.end()).isEqualTo(LocalDate.of(2005, 8, 31));
    assertThat(b.deadline()).isEqualTo(LocalDate.of(2005, 12, 31));
    assertThat(b.precision(MilestoneField.DEADLINE)).isEqualTo(Precision.YEAR);

    Milestone c = roadmap.milestones().get(2);
    assertThat(c.notBefore()).isEqualTo(LocalDate.of(2006, 2, 1));
    assertThat(c.deadline()).isEqualTo(LocalDate.of(2006, 2, 28));

    Milestone d = roadmap.milestones().get(3);
    assertThat(d.precisions())
        .as("a milestone of days shares the one all-days value: no object of its own")
        .isSameAs(Precisions.DAY);
    assertThat(d.date()).as("the same day as the month's, at day precision").isEqualTo(a.date());
  }

  @Test
  void impossibleMonthsAndMalformedDatesGetTheDateDiagnosticAtTheirPlace() {
    LoadResult r =
        RoadmapLoader.load(
            "t.yaml",
            """
            roadmap: 1
            title: T
            start: 2004-13
            as-of: 2026-11
            phases: []
            milestones:
              - {id: a, title: A, phase: p, date: 20041}
              - {id: b, title: B, phase: p, date: 2004-8}
            """);
    assertThat(RoadmapLoaderTest.codes(r))
        .containsExactly("RM105@3:8", "RM105@4:8", "RM105@7:39", "RM105@8:39");
    var d = RoadmapLoaderTest.sorted(r);
    assertThat(d.get(0).message())
        .isEqualTo("'start' is '2004-13', which is not a month of the calendar");
    assertThat(d.get(1).message())
        .isEqualTo("'as-of' is '2026-11', a month: the status date must be a day");
    assertThat(d.get(1).hint()).isEqualTo("give the day the status is taken, e.g. 2026-11-30");
    assertThat(d.get(2).message())
        .isEqualTo("'date' is '20041', not a date written YYYY-MM-DD, YYYY-MM or YYYY");
    assertThat(d.get(3).hint()).isEqualTo("write the month with two digits, e.g. 2004-08");
    assertThat(r.roadmap().asOf()).isNull();
  }
}
