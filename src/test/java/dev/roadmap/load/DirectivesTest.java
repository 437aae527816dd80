package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Directive;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directives.parse finds what splitting the text into lines finds, whatever the line breaks. */
class DirectivesTest {
  /** The scan before it stopped splitting the whole text: every line, then the same line parse. */
  private static List<Directive> bySplitting(String file, String text) {
    List<Directive> out = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.contains("roadmap:")) {
        continue;
      }
      Directives.parseLine(file, line, i, out);
    }
    return out;
  }

  @Test
  void sameAsSplittingIntoLines() {
    List<String> lines =
        List.of(
            "roadmap: 1",
            "title: x # roadmap: disable-line RM201 -- known",
            "# roadmap: disable-next-line RM301, RM302",
            "  - id: a  # roadmap: disable-line",
            "",
            "note: roadmap: not a directive",
            "#roadmap:disable-line RM1",
            "x: 1");
    List<String> breaks = List.of("\n", "\r\n", "\r", "\n\r", "\r\r\n");
    for (String br : breaks) {
      for (int skip = 0; skip < lines.size(); skip++) {
        List<String> some = new ArrayList<>(lines);
        some.remove(skip);
        for (String tail : List.of("", br)) {
          String text = String.join(br, some) + tail;
          assertThat(Directives.parse("f", text))
              .as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
              .isEqualTo(bySplitting("f", text));
        }
      }
    }
    assertThat(Directives.parse("f", "")).isEmpty();
    assertThat(Directives.parse("f", "# roadmap: disable-line RM1"))
        .isEqualTo(bySplitting("f", "# roadmap: disable-line RM1"));
  }

  @Test
  void sameAsSplittingIntoLinesOnRandomText() {
    java.util.Random rnd = new java.util.Random(5);
    String[] pieces = {
      "#",
      " ",
      "\t",
      "\f",
      "x",
      "roadmap:",
      " disable-line RM1",
      "disable-next-line RM2,RM3",
      " -- why",
      "\n",
      "\r",
      "\r\n",
      "# roadmap: disable-line RM4",
      "a#"
    };
    for (int round = 0; round < 5000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = rnd.nextInt(16); i > 0; i--) {
        b.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = b.toString();
      assertThat(Directives.parse("f", text))
          .as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(bySplitting("f", text));
    }
  }
}
