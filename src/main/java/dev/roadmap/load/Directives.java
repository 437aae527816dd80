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
    SourceLines lines = SourceLines.of(text);
    int last = 0;
    for (int at = text.indexOf("roadmap:"); at >= 0; at = text.indexOf("roadmap:", at + 1)) {
      int number = lines.lineAt(at);
      if (number == last) {
        continue;
      }
      last = number;
      String line = lines.line(number);
      Matcher m = DIRECTIVE.matcher(line);
      if (!m.find()) {
        continue;
      }
      int i = number - 1;
      int column = line.indexOf('#', m.start()) + 1;
      List<String> codes =
          Arrays.stream(m.group(2).strip().split("[,\\s]+")).filter(c -> !c.isEmpty()).toList();
      int target = m.group(1).equals("disable-line") ? i + 1 : i + 2;
      Span span = new Span(file, i + 1, column, i + 1, line.stripTrailing().length() + 1);
      out.add(new Directive(codes, target, span, m.group(3)));
    }
    return out;
  }
}
