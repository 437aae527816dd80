package dev.roadmap.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeats and self-references are found alike in short lists (searched) and long ones (hashed). */
class PrerequisiteListCheckTest {
  private static List<String> findings(List<String> requires) {
    StringBuilder b = new StringBuilder();
    for (String id : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")) {
      b.append("  - {id: ").append(id).append(", title: T, phase: p}\n");
    }
    b.append("  - id: x\n    title: X\n    phase: p\n    requires:\n");
    requires.forEach(r -> b.append("      - ").append(r).append('\n'));
    return new PrerequisiteListCheck()
        .run(ScaleBoundsTest.context(b.toString())).stream()
            .map(d -> d.code().id() + " " + d.message() + " @" + d.span().line())
            .toList();
  }

  @Test
  void aShortListIsSearched() {
    List<String> requires = List.of("a", "x", "b", "a", "x", "a");
    assertThat(requires.size()).isLessThanOrEqualTo(PrerequisiteListCheck.SHORT);
    assertThat(findings(requires))
        .containsExactly(
            "RM205 'x' requires itself @21",
            "RM208 'x' lists prerequisite 'a' twice (first at line 20) @23",
            "RM205 'x' requires itself @24",
            "RM208 'x' lists prerequisite 'a' twice (first at line 20) @25");
  }

  @Test
  void aLongListIsHashedWithTheSameFindings() {
    List<String> requires = new ArrayList<>(List.of("a", "x", "b", "a", "x", "a"));
    requires.addAll(List.of("c", "d", "e", "f", "g", "b"));
    assertThat(requires.size()).isGreaterThan(PrerequisiteListCheck.SHORT);
    assertThat(findings(requires))
        .containsExactly(
            "RM205 'x' requires itself @21",
            "RM208 'x' lists prerequisite 'a' twice (first at line 20) @23",
            "RM205 'x' requires itself @24",
            "RM208 'x' lists prerequisite 'a' twice (first at line 20) @25",
            "RM208 'x' lists prerequisite 'b' twice (first at line 22) @31");
  }
}
