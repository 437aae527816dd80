package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date due in a month is overdue in {@code status} only once the month has passed, as RM501. */
class CoarseStatusTest {
  static Schedule schedule() {
    LoadResult r =
        RoadmapLoader.load(
            "t.yaml",
            """
            roadmap: 1
            title: T
            start: 2026-01-01
            phases:
              - {id: p}
            milestones:
              - {id: foc, title: FOC verified, phase: p, date: 2026-11}
            """);
    assertThat(r.diagnostics()).isEmpty();
    return Scheduler.schedule(r.roadmap()).orElseThrow();
  }

  @Test
  void withinTheMonthItIsNextNotOverdue() {
    String out = StatusRenderer.text(schedule(), LocalDate.of(2026, 11, 15), Style.PLAIN);
    assertThat(out).contains("Overdue: none\n").containsPattern("\n  2026-11 +foc +FOC verified\n");
  }

  @Test
  void afterTheMonthItIsLateByTheDaysSinceItsLastDay() {
    String out = StatusRenderer.text(schedule(), LocalDate.of(2027, 1, 1), Style.PLAIN);
    assertThat(out).contains("\n  2026-11  foc  planned  32 days late\n");
  }
}
