package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of the checks on random roadmaps (fixed seeds): nothing throws, an injected cycle is
 * always reported, a renamed milestone always leaves its references reported, and the output of
 * {@code validate} is the same across runs and across {@code --jobs} settings.
 */
class CheckPropertyTest {
  static final LocalDate START = LocalDate.of(2030, 1, 1);
  static final String[] TYPES = {"finish-to-start", "start-to-start", "finish-to-finish"};
  static final String[] KINDS = {"milestone", "capability", "evaluation", "transfer", "decision"};
  static final String[] STATUSES = {"planned", "done", "in-progress", "superseded"};

  /** A random acyclic roadmap; {@code extra} adds requires entries: index -> list of indexes. */
  static String roadmap(Random rnd, int n, List<int[]> extraEdges, int renamed) {
    List<List<Integer>> requires = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Integer> r = new ArrayList<>();
      int k = i == 0 ? 0 : rnd.nextInt(Math.min(i, 3) + 1);
      while (r.size() < k) {
        int p = rnd.nextInt(i);
        if (!r.contains(p)) {
          r.add(p);
        }
      }
      requires.add(r);
    }
    for (int[] e : extraEdges) {
      if (!requires.get(e[0]).contains(e[1])) {
        requires.get(e[0]).add(e[1]);
      }
    }
    StringBuilder b = new StringBuilder("roadmap: 1\ntitle: Random\nstart: " + START + "\n");
    b.append("authorities: [{id: a}, {id: b}]\n");
    b.append("missions: [{id: m1, from: a, to: b}, {id: m2, from: a, to: b}]\n");
    b.append("phases: [{id: p1}, {id: p2}]\nmilestones:\n");
    for (int i = 0; i < n; i++) {
      String id = i == renamed ? "renamed-m" + i : "m" + i;
      String kind = KINDS[rnd.nextInt(KINDS.length)];
      b.append("  - id: ")
          .append(id)
          .append("\n    title: M")
          .append(i)
          .append("\n    phase: p1\n    kind: ")
          .append(kind)
          .append('\n');
      if (kind.equals("transfer") || rnd.nextInt(4) == 0) {
        b.append("    mission: m").append(1 + rnd.nextInt(2)).append('\n');
      }
      b.append("    status: ").append(STATUSES[rnd.nextInt(STATUSES.length)]).append('\n');
      switch (rnd.nextInt(4)) {
        case 0 -> b.append("    date: ").append(START.plusDays(rnd.nextInt(400))).append('\n');
        case 1 -> b.append("    duration: ").append(rnd.nextInt(30)).append("d\n");
        default -> {}
      }
      if (!requires.get(i).isEmpty()) {
        b.append("    requires:\n");
        for (int p : requires.get(i)) {
          b.append("      - {id: m")
              .append(p)
              .append(", type: ")
              .append(TYPES[rnd.nextInt(3)])
              .append(", lag: ")
              .append(rnd.nextInt(15) - 5)
              .append("d}\n");
        }
      }
    }
    return b.toString();
  }

  static List<String> codes(String text) {
    return Findings.of("random.yaml", text).stream()
        .map(Diagnostic::code)
        .map(c -> c.id())
        .toList();
  }

  @TestFactory
  Stream<DynamicTest> anInjectedCycleIsAlwaysReported() {
    return IntStream.range(0, 150)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      Random rnd = new Random(seed);
                      int n = 3 + rnd.nextInt(30);
                      int len = 2 + rnd.nextInt(Math.min(n - 1, 5));
                      List<Integer> ring = new ArrayList<>();
                      while (ring.size() < len) {
                        int x = rnd.nextInt(n);
                        if (!ring.contains(x)) {
                          ring.add(x);
                        }
                      }
                      List<int[]> edges = new ArrayList<>();
                      for (int i = 0; i < len; i++) {
                        edges.add(new int[] {ring.get(i), ring.get((i + 1) % len)});
                      }
                      String text = roadmap(rnd, n, edges, -1);
                      assertThat(codes(text)).as(text).contains("RM206");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> aRenamedMilestoneLeavesItsReferencesReported() {
    return IntStream.range(0, 100)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      Random rnd = new Random(1000 + seed);
                      int n = 2 + rnd.nextInt(30);
                      String text = roadmap(rnd, n, List.of(new int[] {n - 1, 0}), 0);
                      // m(n-1) requires m0, which is now called renamed-m0.
                      assertThat(codes(text)).as(text).contains("RM201");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> randomRoadmapsNeverBreakThePipeline() {
    return IntStream.range(0, 150)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      Random rnd = new Random(5000 + seed);
                      String text = roadmap(rnd, 1 + rnd.nextInt(40), List.of(), -1);
                      List<String> first = codes(text);
                      assertThat(codes(text)).isEqualTo(first);
                      Run r =
                          Run.with(
                              java.util.Map.of(),
                              text,
                              false,
                              "validate",
                              "--format",
                              "sarif",
                              "-");
                      assertThat(r.code()).isBetween(0, 1);
                      assertThat(r.err()).isEmpty();
                    }));
  }

  @Test
  void validateGivesTheSameOutputWhateverTheNumberOfJobs(@TempDir Path dir) throws IOException {
    Random rnd = new Random(42);
    for (int i = 0; i < 40; i++) {
      List<int[]> edges = i % 5 == 0 ? List.of(new int[] {0, 1}, new int[] {1, 0}) : List.of();
      Files.writeString(
          dir.resolve("r" + i + ".yaml"),
          roadmap(rnd, 2 + rnd.nextInt(30), edges, i % 7 == 0 ? 1 : -1));
    }
    for (String format : List.of("text", "json", "sarif", "junit")) {
      Run one = Run.of("validate", "--jobs", "1", "--format", format, dir.toString());
      Run four = Run.of("validate", "--jobs", "4", "--format", format, dir.toString());
      Run again = Run.of("validate", "--jobs", "4", "--format", format, dir.toString());
      assertThat(four.out()).isEqualTo(one.out());
      assertThat(again.out()).isEqualTo(one.out());
      assertThat(four.code()).isEqualTo(one.code()).isEqualTo(1);
    }
    assertThat(Run.of("validate", "--jobs", "0", dir.toString()).code()).isEqualTo(ExitCodes.USAGE);
  }
}
