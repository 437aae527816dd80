package dev.roadmap.cli;

import static dev.roadmap.cli.HostileCorpusTest.VALID;
import static dev.roadmap.cli.HostileCorpusTest.child;
import static dev.roadmap.cli.HostileCorpusTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.cli.HostileCorpusTest.Proc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input of a size that used to crash or hang: generated here, run in a child JVM with a
 * small heap and a time bound ({@link HostileCorpusTest#child}), and checked for the exact finding.
 */
class HostileScaleTest {
  /**
   * The time bound of the largest cases: generous, for a loaded machine; they take a few seconds
   * (the time of reading the file), and the bug they guard against is a crash or an hour.
   */
  private static final Duration LARGE = Duration.ofSeconds(90);

  private static final Pattern CYCLE = Pattern.compile("error: (dependency cycle: [^\\n]*)");

  private static List<String> cycles(String out) {
    List<String> found = new ArrayList<>();
    Matcher m = CYCLE.matcher(out);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** The first line of {@code out} that holds {@code part}. */
  private static String line(String out, String part) {
    return out.lines()
        .filter(l -> l.contains(part))
        .findFirst()
        .orElse("(no line with " + part + ")");
  }

  /** A cycle of 200,000 milestones: one finding, its chain quoted by its ends. */
  @Test
  void cycleOfTwoHundredThousand_isOneFinding(@TempDir Path dir) throws Exception {
    int n = 200_000;
    Path f =
        write(
            dir.resolve("ring.yaml"),
            w -> {
              w.write(VALID);
              for (int i = 0; i < n; i++) {
                w.write(
                    "  - {id: m"
                        + i
                        + ", title: M, phase: p1, requires: [m"
                        + (i + 1) % n
                        + "]}\n");
              }
            });
    Proc p = child(LARGE, dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(cycles(p.out()))
        .containsExactly(
            "dependency cycle: m0 -> m1 -> m2 -> m3 -> ... 199993 more ... -> m199997 ->"
                + " m199998 -> m199999 -> m0 [RM206]");
  }

  /** 80 layers of 40, each milestone requiring the whole next layer, the last a 2-cycle. */
  @Test
  void layersOverATwoCycle_reportTheTwoCycleOnce(@TempDir Path dir) throws Exception {
    Path f =
        write(
            dir.resolve("layers.yaml"),
            w -> {
              w.write(VALID);
              for (int layer = 0; layer < 80; layer++) {
                List<String> next = new ArrayList<>();
                for (int j = 0; j < 40; j++) {
                  next.add(layer == 79 ? "c0" : "l" + (layer + 1) + "x" + j);
                }
                for (int j = 0; j < 40; j++) {
                  w.write("  - {id: l" + layer + "x" + j + ", title: L, phase: p1, requires: [");
                  w.write(String.join(", ", layer == 79 ? List.of("c0") : next) + "]}\n");
                }
              }
              w.write("  - {id: c0, title: C, phase: p1, requires: [c1]}\n");
              w.write("  - {id: c1, title: C, phase: p1, requires: [c0]}\n");
            });
    Proc p = child(LARGE, dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(cycles(p.out())).containsExactly("dependency cycle: c0 -> c1 -> c0 [RM206]");
  }

  /** 160,000 milestones that require one side of a 2-cycle. */
  @Test
  void starOnATwoCycle_reportsTheTwoCycleOnce(@TempDir Path dir) throws Exception {
    Path f =
        write(
            dir.resolve("star.yaml"),
            w -> {
              w.write(VALID);
              w.write("  - {id: s0, title: S, phase: p1, requires: [s1]}\n");
              w.write("  - {id: s1, title: S, phase: p1, requires: [s0]}\n");
              for (int i = 0; i < 160_000; i++) {
                w.write("  - {id: m" + i + ", title: M, phase: p1, requires: [s0]}\n");
              }
            });
    Proc p = child(LARGE, dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(cycles(p.out())).containsExactly("dependency cycle: s0 -> s1 -> s0 [RM206]");
  }

  /**
   * A chain of 20,000 milestones past its phase window: each RM302 quotes its chain by the ends, so
   * the report grows with the chain, not its square.
   */
  @Test
  void longChainPastItsWindow_quotesEachChainByItsEnds(@TempDir Path dir) throws Exception {
    int n = 20_000;
    Path f =
        write(
            dir.resolve("chain.yaml"),
            w -> {
              w.write(VALID.replace("  - id: p1\n", "  - id: p1\n    end: 2004-01-05\n"));
              w.write("  - {id: m0, title: M, phase: p1, start: 2004-01-05, duration: 1d}\n");
              for (int i = 1; i < n; i++) {
                w.write("  - {id: m" + i + ", title: M, phase: p1, duration: 1d, requires: [m");
                w.write((i - 1) + "]}\n");
              }
            });
    Proc p = child(dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    assertThat(p.outTail()).endsWith("checked 1 file: " + (n - 1) + " errors, 1 warning\n");
    assertThat(line(p.out(), "'m8' is computed"))
        .contains(
            "'m8' is computed to finish 2004-01-13, 8 days after",
            "the chain m0 -> m1 -> m2 -> m3 -> m4 -> m5 -> m6 -> m7 -> m8 dates it");
    assertThat(line(p.out(), "'m9' is computed"))
        .contains(
            "the chain m0 -> m1 -> m2 -> m3 -> ... 2 more ... -> m6 -> m7 -> m8 -> m9 dates it");
    assertThat(line(p.outTail(), "'m19999' is computed"))
        .contains(
            "the chain m0 -> m1 -> m2 -> m3 -> ... 19992 more ... -> m19996 -> m19997 ->"
                + " m19998 -> m19999 dates it");
    assertThat(p.outBytes() / (n - 1)).as("bytes per finding").isLessThan(800);
  }
}
