package dev.roadmap.load;

import dev.roadmap.diag.Directive;
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
    // Only lines holding "roadmap:" can hold a directive: find those without splitting the text
    // into lines (a million-milestone file has millions). Lines end at \r\n, \r or \n.
    int next = text.indexOf("roadmap:");
    int start = 0;
    int i = 0;
    while (next >= 0) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      if (next < end) {
        parseLine(file, text.substring(start, end), i, out);
        next = text.indexOf("roadmap:", end);
      }
      if (end >= text.length()) {
        break;
      }
      start =
          end
              + (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n'
                  ? 2
                  : 1);
      i++;
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
