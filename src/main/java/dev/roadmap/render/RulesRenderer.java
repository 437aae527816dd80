package dev.roadmap.render;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Rules;
import java.util.List;

/** The catalogue of codes: as a terminal table, as one code's page, and as docs/rules.md. */
public final class RulesRenderer {
  private RulesRenderer() {}

  public static String table(List<Rules.Rule> rules) {
    int name = rules.stream().mapToInt(r -> r.name().length()).max().orElse(4);
    StringBuilder b = new StringBuilder();
    String row = "%-6s  %-8s  %-" + name + "s  %s\n";
    b.append(String.format(java.util.Locale.ROOT, row, "code", "severity", "name", "summary"));
    for (Rules.Rule r : rules) {
      b.append(
          String.format(
              java.util.Locale.ROOT,
              row,
              r.code().id(),
              r.code().severity().label(),
              r.name(),
              r.code().summary() + (r.code().optIn() ? " (off by default)" : "")));
    }
    b.append("\n'roadmap rules CODE' shows a code with a bad and a good example.\n");
    return b.toString();
  }

  public static String page(Rules.Rule r) {
    Code c = r.code();
    return c.id()
        + "  "
        + c.severity().label()
        + "  "
        + r.name()
        + "\n"
        + c.summary()
        + ".\n"
        + (c.optIn() ? "\n" + optIn(c) + "\n" : "")
        + "\nFix: "
        + r.fix()
        + "\n"
        + (r.notReported().isEmpty() ? "" : "\nNot reported: " + r.notReported() + "\n")
        + "\nBad:\n"
        + indent(r.bad())
        + "\nGood:\n"
        + indent(r.good());
  }

  /** The whole of docs/rules.md. */
  public static String markdown(List<Rules.Rule> rules) {
    StringBuilder b = new StringBuilder();
    b.append("# Diagnostics\n\n");
    b.append(
        "Every finding of `roadmap validate` has a stable code. Codes are never renumbered or"
            + " reused.\n");
    b.append(
        "Families: RM1xx file and format, RM2xx ids and references, RM3xx ordering and"
            + " schedule,\nRM4xx command transition, RM5xx status. `roadmap rules CODE` prints the same"
            + " page in the terminal.\n"
            + "A rule's name (`unknown-key`) is accepted wherever its code is: `roadmap rules NAME`,"
            + " `--disable`,\n`--enable` and inline suppressions (`# roadmap: disable-line"
            + " unknown-key -- why`).\n"
            + "A rule that is off by default is reported only when `--enable` names its code or"
            + " name\n(a family does not turn it on).\n\n");
    b.append(
        "This file is generated from the catalogue; a test fails when they differ"
            + " (`mvn test -Dgolden.update=true` rewrites it).\n\n");
    b.append("| code | severity | name | meaning | fix |\n");
    b.append("| --- | --- | --- | --- | --- |\n");
    for (Rules.Rule r : rules) {
      b.append("| [")
          .append(r.code().id())
          .append("](#")
          .append(r.code().id().toLowerCase())
          .append(") | ")
          .append(r.code().severity().label())
          .append(" | `")
          .append(r.name())
          .append("` | ")
          .append(Markdown.text(r.code().summary()))
          .append(r.code().optIn() ? " (off by default)" : "")
          .append(" | ")
          .append(Markdown.text(r.fix()))
          .append(" |\n");
    }
    for (Rules.Rule r : rules) {
      b.append("\n## ").append(r.code().id()).append("\n\n");
      b.append("**")
          .append(r.code().severity().label())
          .append("** `")
          .append(r.name())
          .append("`: ")
          .append(r.code().summary())
          .append(".\n\n");
      if (r.code().optIn()) {
        b.append(optIn(r.code())).append("\n\n");
      }
      b.append("Fix: ").append(r.fix()).append("\n\n");
      if (!r.notReported().isEmpty()) {
        b.append("Not reported: ").append(r.notReported()).append("\n\n");
      }
      b.append("Bad:\n\n```yaml\n").append(r.bad()).append("```\n\n");
      b.append("Good:\n\n```yaml\n").append(r.good()).append("```\n");
    }
    return b.toString();
  }

  /** The line that says a rule is off by default. */
  private static String optIn(Code c) {
    return "Off by default: `--enable " + c.id() + "` turns it on.";
  }

  private static String indent(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        b.append("    ").append(line);
      }
      b.append('\n');
    }
    return b.toString().replaceAll("\n+$", "\n");
  }
}
