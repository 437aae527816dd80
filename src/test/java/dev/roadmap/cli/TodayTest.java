package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

  @Test
  void theDayByTheZonesOffsetIsJavaTimesDay() {
    // Zones east and west of the date line, of half and quarter hours, with and without summer
    // time; instants on random days, around midnight and around each zone's transitions.
    java.util.Random random = new java.util.Random(22);
    for (String id :
        List.of(
            "UTC",
            "Asia/Seoul",
            "America/New_York",
            "Europe/London",
            "Australia/Lord_Howe",
            "Asia/Kathmandu",
            "Pacific/Kiritimati",
            "Pacific/Pago_Pago",
            "America/St_Johns",
            "GMT+05:30")) {
      java.util.TimeZone zone = java.util.TimeZone.getTimeZone(id);
      ZoneId rules = zone.toZoneId();
      List<Long> instants = new java.util.ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        instants.add(random.nextLong(-2_208_988_800_000L, 4_102_444_800_000L)); // 1900-2100
      }
      for (int year = 1970; year <= 2040; year++) {
        long midnight = LocalDate.of(year, 3, 1).atStartOfDay(rules).toInstant().toEpochMilli();
        for (long d = -1; d <= 1; d++) {
          instants.add(midnight + d);
        }
        java.time.zone.ZoneOffsetTransition t =
            rules.getRules().nextTransition(Instant.ofEpochMilli(midnight));
        if (t != null) {
          for (long d = -1; d <= 1; d++) {
            instants.add(t.getInstant().toEpochMilli() + d);
          }
        }
      }
      for (long m : instants) {
        assertThat(Env.SystemClock.day(m, zone))
            .as("%s at %d", id, m)
            .isEqualTo(LocalDate.ofInstant(Instant.ofEpochMilli(m), rules));
      }
    }
  }
}
