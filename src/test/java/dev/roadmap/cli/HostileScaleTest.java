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

  /**
   * 500 unknown ids of 200 characters, each one transposition from a defined id: every "did you
   * mean" is found, and the budget counts the work of each comparison, not the comparisons.
   */
  @Test
  void manyLongUnknownIds_eachGetItsSuggestion(@TempDir Path dir) throws Exception {
    java.util.Random random = new java.util.Random(16);
    List<String> defined = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder("d");
      while (b.length() < 200) {
        b.append((char) ('a' + random.nextInt(26)));
      }
      defined.add(b.toString());
    }
    List<String> typos = new ArrayList<>();
    for (String d : defined) {
      char[] c = d.toCharArray();
      int at = 100;
      while (c[at] == c[at + 1]) {
        at++;
      }
      char t = c[at];
      c[at] = c[at + 1];
      c[at + 1] = t;
      typos.add(new String(c));
    }
    Path f =
        write(
            dir.resolve("typos.yaml"),
            w -> {
              w.write(VALID);
              for (String d : defined) {
                w.write("  - {id: " + d + ", title: D, phase: p1}\n");
              }
              w.write("  - {id: all, title: A, phase: p1, requires: [");
              w.write(String.join(", ", defined) + "]}\n");
              for (int i = 0; i < typos.size(); i++) {
                w.write("  - {id: u" + i + ", title: U, phase: p1, requires: [" + typos.get(i));
                w.write("]}\n");
              }
            });
    Proc p = child(dir, "validate", "--format", "json", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    var findings = HostileCorpusTest.JSON.readTree(p.out()).get("diagnostics");
    assertThat(findings).hasSize(500);
    for (int i = 0; i < 500; i++) {
      assertThat(findings.get(i).get("message").asText())
          .isEqualTo("'u" + i + "' requires '" + typos.get(i) + "', which is not defined");
      assertThat(findings.get(i).get("hint").asText())
          .isEqualTo("did you mean '" + defined.get(i) + "'?");
    }
  }

  /**
   * One line of 3.2 MB in flow style with 60,000 findings: each excerpt is a window of the line
   * around its finding, so the report grows with the findings, not findings times the line.
   */
  @Test
  void oneLongLineOfManyFindings_showsAWindowEach(@TempDir Path dir) throws Exception {
    int n = 60_000;
    StringBuilder b = new StringBuilder();
    b.append("{roadmap: 1, title: T, start: 2004-01-01, phases: [{id: p1}], milestones: [");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ", ").append("{id: m").append(i).append(", title: M, phase: p1,");
      b.append(" requires: [x").append(i).append("]}");
    }
    b.append("]}\n");
    String text = b.toString();
    Path f = write(dir.resolve("line.yaml"), w -> w.write(text));
    Proc p = child(LARGE, dir, "validate", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(1);
    int column = text.lastIndexOf("x59999") + 1;
    assertThat(p.outTail())
        .endsWith(
            f
                + ":1:"
                + column
                + ": error: 'm59999' requires 'x59999', which is not defined [RM201]\n"
                + "  |\n"
                + "1 | ...9998]}, {id: m59999, title: M, phase: p1, requires: [x59999]}]}\n"
                + "  |                                                         ^~~~~~\n"
                + "  = help: define a milestone 'x59999', or name one that exists\n"
                + "\n"
                + "checked 1 file: 60000 errors\n");
    assertThat(p.outBytes() / n).as("bytes per finding").isLessThan(600);
  }

  /** 100,000 phases of one milestone each: the timeline groups them in one pass. */
  @Test
  void timelineOfAHundredThousandPhases_groupsEachMilestoneInItsPhase(@TempDir Path dir)
      throws Exception {
    int n = 100_000;
    Path f =
        write(
            dir.resolve("phases.yaml"),
            w -> {
              w.write("roadmap: 1\ntitle: Many phases\nstart: 2004-01-01\nphases:\n");
              for (int i = 0; i < n; i++) {
                w.write("  - {id: p" + i + "}\n");
              }
              w.write("milestones:\n");
              for (int i = 0; i < n; i++) {
                w.write("  - {id: m" + i + ", title: M, phase: p" + i + ", duration: 1d");
                w.write((i == 0 ? "" : ", requires: [m" + (i - 1) + "]") + "}\n");
              }
            });
    Proc p = child(LARGE, dir, "timeline", "--as-of", "2004-01-01", f.toString());
    p.assertSafe(f);
    assertThat(p.code()).as(p.show()).isEqualTo(0);
    assertThat(p.out())
        .contains(
            "\nPhase 1  p0\n"
                + "*~2004-01-01..2004-01-01  milestone  planned  -  0d  m0      M\n\n"
                + "Phase 2  p1\n");
    assertThat(p.outTail())
        .endsWith(
            "\nPhase 100000  p99999\n"
                + "*~2277-10-15..2277-10-15  milestone  planned  -  0d  m99999  M\n");
    // The status date is marked once, in the phase where it falls, not in every later one.
    assertThat(p.out()).containsOnlyOnce("-- as of 2004-01-01 --");
    assertThat(p.outTail().lines().filter(l -> l.startsWith("Phase ")).toList())
        .endsWith("Phase 99999  p99998", "Phase 100000  p99999");
  }
}
