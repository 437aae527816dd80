package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StaleDiffTest {
  private static String lines(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> "line " + i + "\n")
        .collect(Collectors.joining());
  }

  @Test
  void aChangeDeepInALongFileIsNumberedAsInTheFile() {
    String committed = lines(1, 5000);
    String fresh = committed.replace("line 4000\n", "line four thousand\n");
    assertThat(StaleDiff.of("t.md", committed, fresh))
        .isEqualTo(
            "--- t.md (committed)\n"
                + "+++ t.md (fresh export)\n"
                + "@@ -3997,7 +3997,7 @@\n"
                + " line 3997\n"
                + " line 3998\n"
                + " line 3999\n"
                + "-line 4000\n"
                + "+line four thousand\n"
                + " line 4001\n"
                + " line 4002\n"
                + " line 4003\n");
  }

  @Test
  void filesThatDifferOnlyInLineEndingsAreSaidToDoSo() {
    String fresh = lines(1, 10);
    assertThat(StaleDiff.of("t.md", fresh.replace("\n", "\r\n"), fresh))
        .isEqualTo("  the two differ only in their line endings or the line break at the end\n");
    assertThat(StaleDiff.of("t.md", fresh.stripTrailing(), fresh))
        .isEqualTo("  the two differ only in their line endings or the line break at the end\n");
  }

  @Test
  void tooManyDifferingLinesAreNotDiffed() {
    String committed = lines(1, 10_000);
    String fresh = committed.replace("line", "Line");
    assertThat(StaleDiff.of("t.md", committed, fresh))
        .isEqualTo("  they differ from line 1 on, in more lines than a diff would show\n");
  }

  @Test
  void escapeSequencesInTheDiffAreShownNotRun() {
    String diff = StaleDiff.of("t.md", "a\n", "\u001b[2Ja\u202e\n");
    assertThat(diff).doesNotContain("\u001b").doesNotContain("\u202e").contains("+");
  }
}
