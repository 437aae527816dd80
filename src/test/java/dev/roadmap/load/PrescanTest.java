package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The prescan finds what a character-by-character scan finds, wherever the chunks end. */
class PrescanTest {
  /** The scan before it read the text a chunk at a time: one character at a time. */
  private static List<Diagnostic> byCharacter(String file, String text, long maxLine) {
    List<Diagnostic> out = new ArrayList<>();
    int line = 1;
    int column = 1;
    int lineLength = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
        lineLength = 0;
        continue;
      }
      if (++lineLength > maxLine) {
        out.add(Diagnostic.of(Code.LIMIT_EXCEEDED, new Span(file, line, 1, line, 2), "long", ""));
        return out;
      }
      boolean allowed =
          c == '\t'
              || c == '\r'
              || (c >= 0x20 && c < 0x7F)
              || c == 0x85
              || (c > 0x9F && c != 0xFFFE && c != 0xFFFF);
      if (!allowed) {
        out.add(
            Diagnostic.of(
                Code.YAML_SYNTAX, new Span(file, line, column, line, column + 1), "control", ""));
        return out;
      }
      column++;
    }
    return out;
  }

  private static List<String> where(List<Diagnostic> ds) {
    return ds.stream().map(d -> d.code() + " " + d.span()).toList();
  }

  @Test
  void findsWhatACharacterByCharacterScanFinds() {
    Random rnd = new Random(3);
    String[] pieces = {
      "a",
      "key: value",
      " ",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\u0007",
      "\u007f",
      "\u0085",
      "\u0090",
      "é",
      "한",
      "\ufffe",
      "\uffff",
      "x".repeat(300),
      "y".repeat(9000)
    };
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = rnd.nextInt(40); i > 0; i--) {
        String p = pieces[rnd.nextInt(pieces.length)];
        // Control characters are rare, so that most texts get far enough to test line lengths.
        if (p.length() == 1 && p.charAt(0) < 0x20 && "\t\n\r".indexOf(p.charAt(0)) < 0) {
          p = rnd.nextInt(8) == 0 ? p : "b";
        }
        b.append(p);
      }
      String text = b.toString();
      long maxLine = new long[] {3, 40, 299, 300, 8191, 8192, 9000, 20000}[rnd.nextInt(8)];
      List<Diagnostic> got = new ArrayList<>();
      boolean ok = Prescan.check("f", text, maxLine, got);
      List<Diagnostic> want = byCharacter("f", text, maxLine);
      assertThat(where(got))
          .as("max %d, text of %d", maxLine, text.length())
          .isEqualTo(where(want));
      assertThat(ok).isEqualTo(want.isEmpty());
    }
  }
}
