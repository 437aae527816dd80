package dev.roadmap.load;

import dev.roadmap.diag.Directive;
import dev.roadmap.diag.SourceLines;
import dev.roadmap.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppression comments of a file: a YAML comment (a {@code #} at the start of a line or
 * after white space) of the form {@code # roadmap: disable-line CODE[,CODE...] [-- reason]} or
 * {@code # roadmap: disable-next-line ...}.
 */
public final class Directives {
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "(?:^|\\s)#\\s*roadmap:\\s*(disable-line|disable-next-line)\\b(.*?)"
              + "(?:\\s--(?:\\s+(.*?))?)?\\s*$");

  private Directives() {}

  public static List<Directive> parse(String file, String text) {
    List<Directive> out = new ArrayList<>();
    // Only a '#' that starts a comment and is followed by "roadmap:" can start a directive: find
    // those with a vector search for '#', without splitting the text into lines (a million
    // milestones make twelve million), then cut out only their lines.
    SourceLines lines = SourceLines.of(text);
    int done = -1; // the last line parsed: one directive a line, as the pattern finds it
    for (int h = text.indexOf('#'); h >= 0; h = text.indexOf('#', h + 1)) {
      if (h > 0 && !Character.isWhitespace(text.charAt(h - 1))) {
        continue;
      }
      int k = h + 1;
      while (k < text.length() && " \t\f\u000B".indexOf(text.charAt(k)) >= 0) {
        k++;
      }
      if (!text.startsWith("roadmap:", k)) {
        continue;
      }
      int n = lines.lineAt(h);
      if (n != done) {
        done = n;
        parseLine(file, lines.line(n), n - 1, out);
      }
    }
    return out;
  }

  /** The directive of line {@code i} (from 0), if it holds one. */
  static void parseLine(String file, String line, int i, List<Directive> out) {
    Matcher m = DIRECTIVE.matcher(line);
    if (!m.find()) {
      return;
    }
    int column = line.indexOf('#', m.start()) + 1;
    List<String> codes =
        Arrays.stream(m.group(2).strip().split("[,\\s]+")).filter(c -> !c.isEmpty()).toList();
    int target = m.group(1).equals("disable-line") ? i + 1 : i + 2;
    Span span = new Span(file, i + 1, column, i + 1, line.stripTrailing().length() + 1);
    out.add(new Directive(codes, target, span, m.group(3)));
  }
}
