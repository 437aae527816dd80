package dev.roadmap.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceLinesTest {
  @Test
  void cutsLinesAsSplitOnAnyLineBreakWould() {
    Random rnd = new Random(7);
    String[] pieces = {"a", "bc", " ", "\n", "\r", "\r\n", "\n\r", "#", ""};
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = rnd.nextInt(12); i > 0; i--) {
        b.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = b.toString();
      String[] expected = text.split("\r\n|\r|\n", -1);
      SourceLines lines = SourceLines.of(text);
      for (int n = 1; n <= expected.length; n++) {
        assertThat(lines.line(n)).as("line %d of %s", n, text).isEqualTo(expected[n - 1]);
      }
      assertThat(lines.line(expected.length + 1)).as("past the end of %s", text).isNull();
      assertThat(lines.line(0)).isNull();
    }
  }

  @Test
  void findsEarlierLinesAgainInAnyOrder() {
    Random rnd = new Random(11);
    StringBuilder b = new StringBuilder();
    String[] breaks = {"\n", "\r\n", "\r"};
    for (int i = 0; i < 5000; i++) {
      b.append("line ").append(i + 1).append(breaks[rnd.nextInt(breaks.length)]);
    }
    String text = b.toString();
    String[] expected = text.split("\r\n|\r|\n", -1);
    SourceLines lines = SourceLines.of(text);
    for (int round = 0; round < 3000; round++) {
      int n = 1 + rnd.nextInt(expected.length + 2);
      String want = n <= expected.length ? expected[n - 1] : null;
      assertThat(lines.line(n)).as("line %d", n).isEqualTo(want);
    }
  }
}
