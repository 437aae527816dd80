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
    // A directive is "roadmap:" after a '#' that starts a comment, with only blanks between. Found
    // with vector searches rather than by visiting each comment (a JVM that has just started runs
    // such a loop in its interpreter: the sample roadmap repeated to 5.9 MB has 30,000 comments,
    // and took 37 ms): a '#', then "roadmap:" from there (a million milestones without comments
    // take one search for '#'); the line of each directive is counted from the last one's, a
    // search for each line break between.
    int line = 1;
    int counted = 0; // line starts at or before this offset are counted
    int done = -1; // the last line parsed: one directive a line, as the pattern finds it
    boolean returns = text.indexOf('\r') >= 0;
    SourceLines lines = returns ? SourceLines.of(text) : null;
    for (int h = text.indexOf('#'); h >= 0; ) {
      int r = text.indexOf("roadmap:", h);
      if (r < 0) {
        break;
      }
      int k = r - 1;
      while (k >= 0 && " \t\f\u000B".indexOf(text.charAt(k)) >= 0) {
        k--;
      }
      if (k >= 0
          && text.charAt(k) == '#'
          && (k == 0 || Character.isWhitespace(text.charAt(k - 1)))) {
        int n;
        if (lines != null) {
          n = lines.lineAt(k);
        } else {
          for (int b = text.indexOf('\n', counted);
              b >= 0 && b < k;
              b = text.indexOf('\n', b + 1)) {
            line++;
            counted = b + 1;
          }
          n = line;
        }
        if (n != done) {
          done = n;
          parseLine(file, lines != null ? lines.line(n) : lineOf(text, k), n - 1, out);
        }
      }
      h = text.indexOf('#', r + 8);
    }
    return out;
  }

  /** The line (without its break) that holds offset {@code at} of a text without {@code \r}. */
  private static String lineOf(String text, int at) {
    int from = text.lastIndexOf('\n', at) + 1;
    int to = text.indexOf('\n', at);
    return text.substring(from, to < 0 ? text.length() : to);
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
