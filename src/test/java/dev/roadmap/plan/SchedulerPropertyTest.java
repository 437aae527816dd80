package dev.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the scheduler on random acyclic roadmaps (fixed seeds, so every run checks the same
 * 300 roadmaps): every constraint holds for every unpinned milestone, no unpinned milestone could
 * start a day earlier, slack is never negative without a violated pin, and two runs agree.
 */
class SchedulerPropertyTest {
  static final LocalDate START = LocalDate.of(2030, 1, 1);
  static final String[] TYPES = {"finish-to-start", "start-to-start", "finish-to-finish"};

  @TestFactory
  Stream<DynamicTest> randomAcyclicRoadmaps() {
    return IntStream.range(0, 300)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
  }

  static String randomRoadmap(long seed) {
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(40);
    StringBuilder b = new StringBuilder("roadmap: 1\ntitle: Random\nstart: " + START + "\n");
    b.append("phases:\n  - {id: p}\n  - {id: q, start: ")
        .append(START.plusDays(rnd.nextInt(60)))
        .append("}\nmilestones:\n");
    for (int i = 0; i < n; i++) {
      b.append("  - id: m").append(i).append("\n    title: M").append(i).append("\n");
      b.append("    phase: ").append(rnd.nextInt(4) == 0 ? "q" : "p").append("\n");
      int kind = rnd.nextInt(10);
      if (kind == 0) {
        b.append("    date: ").append(START.plusDays(rnd.nextInt(200))).append("\n");
      } else if (kind == 1) {
        b.append("    start: ")
            .append(START.plusDays(rnd.nextInt(200)))
            .append("\n    duration: ")
            .append(rnd.nextInt(20))
            .append("d\n");
      } else if (rnd.nextBoolean()) {
        b.append("    duration: ")
            .append(rnd.nextInt(6))
            .append(rnd.nextBoolean() ? "w" : "d")
            .append("\n");
      }
      if (rnd.nextInt(5) == 0) {
        b.append("    not-before: ").append(START.plusDays(rnd.nextInt(100))).append("\n");
      }
      if (rnd.nextInt(12) == 0) {
        b.append("    status: superseded\n");
      }
      // Prerequisites only among earlier milestones: acyclic by construction.
      List<Integer> prereqs = new ArrayList<>();
      int k = i == 0 ? 0 : rnd.nextInt(Math.min(i, 3) + 1);
      while (prereqs.size() < k) {
        int p = rnd.nextInt(i);
        if (!prereqs.contains(p)) {
          prereqs.add(p);
        }
      }
      if (!prereqs.isEmpty()) {
        b.append("    requires:\n");
        for (int p : prereqs) {
          b.append("      - {id: m")
              .append(p)
              .append(", type: ")
              .append(TYPES[rnd.nextInt(3)])
              .append(", lag: ")
              .append(rnd.nextInt(21) - 7)
              .append("d}\n");
        }
      }
    }
    return b.toString();
  }

  static void check(long seed) {
    String text = randomRoadmap(seed);
    LoadResult r = RoadmapLoader.load("random.yaml", text);
    assertThat(r.diagnostics()).as(text).isEmpty();
    Roadmap roadmap = r.roadmap();
    Schedule s = Scheduler.schedule(roadmap).orElseThrow();
    assertThat(Scheduler.schedule(roadmap).orElseThrow()).isEqualTo(s);
    for (Milestone m : roadmap.milestones()) {
      Schedule.Entry e = s.get(m.id());
      if (e.pinned()) {
        assertThat(e.dates()).isEqualTo(Pins.of(m).orElseThrow());
        continue;
      }
      LocalDate earliest = START;
      if (m.notBefore() != null && m.notBefore().isAfter(earliest)) {
        earliest = m.notBefore();
      }
      LocalDate phaseStart =
          roadmap.phases().stream()
              .filter(p -> p.id().equals(m.phase()))
              .findFirst()
              .orElseThrow()
              .start();
      if (phaseStart != null && phaseStart.isAfter(earliest)) {
        earliest = phaseStart;
      }
      int duration = m.durationDays() == null ? 0 : m.durationDays();
      assertThat(e.dates().days()).isEqualTo(duration);
      for (Dependency d : m.requires()) {
        Schedule.Entry p = s.get(d.target());
        if (!p.milestone().status().isLive()) {
          continue;
        }
        LocalDate bound =
            switch (d.type()) {
              case FINISH_TO_START -> p.dates().end().plusDays(d.lagDays());
              case START_TO_START -> p.dates().start().plusDays(d.lagDays());
              case FINISH_TO_FINISH -> p.dates().end().plusDays(d.lagDays()).minusDays(duration);
            };
        assertThat(e.dates().start())
            .as("%s satisfies its link to %s in%n%s", m.id(), p.milestone().id(), text)
            .isAfterOrEqualTo(bound);
        if (bound.isAfter(earliest)) {
          earliest = bound;
        }
      }
      assertThat(e.dates().start())
          .as("%s starts as early as it can in%n%s", m.id(), text)
          .isEqualTo(earliest);
    }
  }
}
