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
      assertThat(lines.count()).as("%s", text).isEqualTo(expected.length);
      for (int n = 1; n <= expected.length; n++) {
        assertThat(lines.line(n)).as("line %d of %s", n, text).isEqualTo(expected[n - 1]);
      }
    }
  }
}
