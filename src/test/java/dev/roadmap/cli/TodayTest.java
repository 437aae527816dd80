package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Today is asked only of a roadmap that gives no status date, and by the system clock. */
class TodayTest {
  private static final String ROADMAP =
      """
      roadmap: 1
      title: T
      start: 2024-01-01
      %s
      phases:
        - id: p1
          name: P
      milestones:
        - id: a
          title: A
          phase: p1
          date: 2024-02-01
      """;

  private static Analysis analyse(String asOfLine, java.util.function.Supplier<LocalDate> today) {
    return Analysis.of(
        new Sources.Source("r.yaml", ROADMAP.formatted(asOfLine)),
        null,
        today,
        Suppressions.Options.DEFAULT,
        Limits.DEFAULT,
        Progress.off());
  }

  @Test
  void aRoadmapWithItsOwnAsOfNeverAsksToday() {
    Analysis a =
        analyse(
            "as-of: 2024-03-01",
            () -> {
              throw new AssertionError("today was asked");
            });
    assertThat(a.asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void aRoadmapWithoutAsOfIsCheckedAsOfToday() {
    assertThat(analyse("", () -> LocalDate.of(2030, 5, 6)).asOf())
        .isEqualTo(LocalDate.of(2030, 5, 6));
  }

  @Test
  void theSystemClockIsTheDefaultZonesAndNow() {
    Env.SystemClock clock = new Env.SystemClock();
    assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
    assertThat(clock.instant())
        .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(5, ChronoUnit.SECONDS));
    assertThat(clock.withZone(ZoneId.of("Asia/Seoul")).getZone())
        .isEqualTo(ZoneId.of("Asia/Seoul"));
    assertThat(Env.system().today())
        .isIn(LocalDate.now().minusDays(1), LocalDate.now(), LocalDate.now().plusDays(1));
  }
}
