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
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.contains("roadmap:")) {
        continue;
      }
      Matcher m = DIRECTIVE.matcher(line);
      if (!m.find()) {
        continue;
      }
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
