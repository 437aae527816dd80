package dev.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.Milestone;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PinsTest {
  static Milestone m(String fields) {
    String text =
        "roadmap: 1\ntitle: T\nstart: 2004-01-01\nphases: [{id: p}]\nmilestones:\n"
            + "  - {id: a, title: A, phase: p, "
            + fields
            + "}\n";
    return RoadmapLoader.load("t.yaml", text).roadmap().milestones().get(0);
  }

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void dateIsZeroLength() {
    Interval i = Pins.of(m("date: 2004-11-01")).orElseThrow();
    assertThat(i).isEqualTo(new Interval(d("2004-11-01"), d("2004-11-01")));
    assertThat(i.finish()).isEqualTo(d("2004-11-01"));
    assertThat(i.display()).isEqualTo("2004-11-01");
  }

  @Test
  void startAndEndAreInclusive() {
    Interval i = Pins.of(m("start: 2006-11-21, end: 2006-11-22")).orElseThrow();
    assertThat(i.end()).isEqualTo(d("2006-11-23"));
    assertThat(i.days()).isEqualTo(2);
    assertThat(i.finish()).isEqualTo(d("2006-11-22"));
    assertThat(i.display()).isEqualTo("2006-11-21..2006-11-22");
  }

  @Test
  void startWithDurationAndEndWithDuration() {
    assertThat(Pins.of(m("start: 2005-01-10, duration: 2w")).orElseThrow())
        .isEqualTo(new Interval(d("2005-01-10"), d("2005-01-24")));
    assertThat(Pins.of(m("end: 2005-01-23, duration: 2w")).orElseThrow())
        .isEqualTo(new Interval(d("2005-01-10"), d("2005-01-24")));
  }

  @Test
  void unpinnedAndConflictingGiveNothing() {
    assertThat(Pins.of(m("duration: 2w"))).isEmpty();
    assertThat(Pins.of(m("date: 2005-01-01, start: 2005-01-01"))).isEmpty();
    assertThat(Pins.of(m("start: 2005-01-10, end: 2005-01-01"))).isEmpty();
    assertThat(Pins.of(m("start: 2005-01-10, end: 2005-01-11, duration: 5d"))).isEmpty();
  }
}
