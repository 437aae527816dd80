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

  /** An instant and the milliseconds either side of it. */
  private static void near(List<Long> instants, long millis) {
    for (long d = -1; d <= 1; d++) {
      instants.add(millis + d);
    }
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
      // Every transition from 1970 to 2040 (spring and autumn), and the midnights of the days on
      // either side of it; else the midnights of each first of the month.
      Instant end = Instant.parse("2040-12-31T00:00:00Z");
      java.time.zone.ZoneOffsetTransition t =
          rules.getRules().nextTransition(Instant.parse("1970-01-01T00:00:00Z"));
      for (;
          t != null && t.getInstant().isBefore(end);
          t = rules.getRules().nextTransition(t.getInstant())) {
        LocalDate day = LocalDate.ofInstant(t.getInstant(), rules);
        for (LocalDate d = day.minusDays(1); !d.isAfter(day.plusDays(2)); d = d.plusDays(1)) {
          near(instants, d.atStartOfDay(rules).toInstant().toEpochMilli());
        }
        near(instants, t.getInstant().toEpochMilli());
      }
      for (LocalDate d = LocalDate.of(1970, 1, 1); d.getYear() <= 2040; d = d.plusMonths(1)) {
        near(instants, d.atStartOfDay(rules).toInstant().toEpochMilli());
      }
      for (long m : instants) {
        assertThat(Env.SystemClock.day(m, zone))
            .as("%s at %d", id, m)
            .isEqualTo(LocalDate.ofInstant(Instant.ofEpochMilli(m), rules));
      }
    }
  }
}
