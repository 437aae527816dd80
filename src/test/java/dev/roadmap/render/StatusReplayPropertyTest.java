package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.model.Authority;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Mission;
import dev.roadmap.model.MissionGroup;
import dev.roadmap.model.Phase;
import dev.roadmap.model.PositionTable;
import dev.roadmap.model.Precision;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Status;
import dev.roadmap.plan.MissionStates;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.plan.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The status replay over random roadmaps and dates (a seeded loop, so a failure is reproducible):
 * no mission is ever both transferred and overdue, a transferred mission is held by its {@code to}
 * authority, no milestone after the date is done, nothing done is listed as next or overdue, and
 * the group counts add up to the missions.
 */
class StatusReplayPropertyTest {
  private static final LocalDate START = LocalDate.of(2004, 1, 1);
  private static final Status[] STATUSES = Status.values();

  @Test
  void statusReplaysTheDate() {
    Random random = new Random(14);
    int checkedDates = 0;
    for (int round = 0; round < 400; round++) {
      Roadmap r = randomRoadmap(random);
      Schedule s = Scheduler.schedule(r).orElseThrow();
      for (int k = 0; k < 6; k++) {
        LocalDate date = START.plusDays(random.nextInt(3000) - 100);
        check(s, date);
        checkedDates++;
      }
    }
    assertThat(checkedDates).isEqualTo(2400);
  }

  private static void check(Schedule s, LocalDate date) {
    StatusRenderer.Report report = StatusRenderer.report(s, date);
    Set<String> overdue = ids(report.overdue());
    Set<String> due = ids(report.due());
    for (MissionStates.State st : report.missions()) {
      if (st.transferred()) {
        String transfer = st.transfer().milestone().id();
        assertThat(overdue).as("transferred and overdue as of %s", date).doesNotContain(transfer);
        assertThat(due).doesNotContain(transfer);
        assertThat(st.transfer().milestone().status()).isEqualTo(Status.DONE);
        assertThat(st.transfer().dates().finish()).isBeforeOrEqualTo(date);
        assertThat(st.holder()).isEqualTo(st.mission().to());
      } else {
        assertThat(st.holder()).isEqualTo(st.mission().from());
      }
    }
    for (Schedule.Entry e : s.milestones().values()) {
      Standing standing = Standing.of(e, date, s.roadmap().asOf());
      if (e.dates().finish().isAfter(date)) {
        assertThat(standing)
            .as("%s finishes after %s", e.milestone().id(), date)
            .isNotEqualTo(Standing.DONE);
      }
      if (standing == Standing.DONE) {
        assertThat(e.milestone().status()).isEqualTo(Status.DONE);
      }
      if (s.roadmap().asOf() != null && date.isAfter(s.roadmap().asOf())) {
        // After the file's as-of, a milestone the file does not record as done never is.
        if (e.milestone().status() != Status.DONE) {
          assertThat(standing).isNotEqualTo(Standing.DONE);
        }
      }
    }
    for (Schedule.Entry e : report.next()) {
      assertThat(report.standing().get(e).isOpen()).isTrue();
      assertThat(overdue).doesNotContain(e.milestone().id());
    }
    long inGroups =
        StatusRenderer.groups(s.roadmap(), report.missions()).stream()
            .mapToLong(g -> g.missions().size())
            .sum();
    assertThat(inGroups).isEqualTo(report.missions().size());
  }

  private static Set<String> ids(List<Schedule.Entry> entries) {
    Set<String> out = new HashSet<>();
    entries.forEach(e -> out.add(e.milestone().id()));
    return out;
  }

  private static Roadmap randomRoadmap(Random random) {
    int missions = 1 + random.nextInt(5);
    List<Mission> ms = new ArrayList<>();
    for (int i = 0; i < missions; i++) {
      String group = random.nextInt(3) == 0 ? null : "g" + random.nextInt(2);
      ms.add(new Mission("m" + i, null, "a", "b", group));
    }
    List<Milestone> milestones = new ArrayList<>();
    int n = 2 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      List<Dependency> requires = new ArrayList<>();
      if (i > 0 && random.nextBoolean()) {
        requires.add(Dependency.on("x" + random.nextInt(i)));
      }
      boolean transfer = i < missions || random.nextInt(4) == 0;
      LocalDate date = random.nextInt(3) == 0 ? null : START.plusDays(random.nextInt(2800));
      Integer duration = date == null && random.nextBoolean() ? random.nextInt(60) : null;
      Status status = random.nextInt(3) == 0 ? Status.DONE : STATUSES[random.nextInt(4)];
      milestones.add(
          new Milestone(
              "x" + i,
              "X " + i,
              "p",
              transfer ? Kind.TRANSFER : Kind.CAPABILITY,
              transfer ? "m" + (i % missions) : null,
              date,
              null,
              null,
              duration,
              null,
              null,
              requires,
              status,
              null));
    }
    LocalDate asOf = random.nextInt(4) == 0 ? null : START.plusDays(random.nextInt(2800));
    return new Roadmap(
        "random.yaml",
        1,
        "Random",
        START,
        asOf,
        List.of(new Authority("a", null), new Authority("b", null)),
        ms,
        List.of(new Phase("p", null, null, null)),
        milestones,
        PositionTable.empty("random.yaml"),
        List.of(new MissionGroup("g0", "Group zero"), new MissionGroup("g1", null)),
        Precision.DAY);
  }
}
