package dev.roadmap.diag;

import dev.roadmap.TestFiles;
import dev.roadmap.cli.Findings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section of docs/rules.md on YAML syntax mistakes, made from the fixtures under {@code
 * src/test/resources/syntax}: for each, what was written and what {@code validate} says. Made in
 * the tests because the fixtures are test files; RulesDocTest appends it to the catalogue.
 */
final class SyntaxMistakesDoc {
  private static final Pattern MISTAKE_LINE = Pattern.compile("The mistake is on line (\\d+)");

  private SyntaxMistakesDoc() {}

  static String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("\n## Syntax mistakes\n\n");
    b.append(
        "What `roadmap validate` says for the commonest mistakes of YAML syntax: one finding, at the\n"
            + "line and column of the mistake (not where the parser gave up), with the fix. A tab"
            + " after ':'\nis valid YAML 1.2 but not YAML 1.1, which roadmap reads; the message"
            + " says so. Each example is a\nfixture under `src/test/resources/syntax`, and a test"
            + " keeps this section in step with them.\n");
    List<Path> fixtures = TestFiles.list(TestFiles.resources().resolve("syntax"), ".yaml");
    for (Path p : fixtures) {
      String text;
      try {
        text = Files.readString(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<String> lines = text.lines().toList();
      String what = lines.get(1).replaceFirst("^# ", "");
      Matcher m = MISTAKE_LINE.matcher(text);
      m.find();
      int line = Integer.parseInt(m.group(1));
      String name = p.getFileName().toString().replace(".yaml", "");
      b.append("\n### ").append(name.replace('-', ' ')).append("\n\n");
      b.append(what).append(" Written:\n\n```yaml\n");
      b.append(lines.get(line - 2)).append('\n').append(lines.get(line - 1)).append('\n');
      b.append("```\n\nSaid:\n\n```\n");
      for (Diagnostic d : Findings.of(name + ".yaml", text)) {
        b.append(d.span().file())
            .append(':')
            .append(d.span().line())
            .append(':')
            .append(d.span().column())
            .append(": ")
            .append(d.severity().label())
            .append(": ")
            .append(d.message())
            .append(" [")
            .append(d.code().id())
            .append("]\n");
        if (d.hint() != null) {
          b.append("  = help: ").append(d.hint()).append('\n');
        }
      }
      b.append("```\n");
    }
    return b.toString();
  }
}
