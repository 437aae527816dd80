package dev.roadmap.cli;

import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.render.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options {@code --owner} and {@code --label}: each repeatable or comma-separated. A milestone
 * is shown when its owner is one of the owners given and it has one of the labels given (either
 * option alone filters by itself alone). A value that no milestone of the roadmap has is named on
 * standard error, with what the roadmap has; it is no error.
 */
final class DetailFilters {
  final OptionSpec ownerOption;
  final OptionSpec labelOption;

  /** The options as {@code timeline} words them. */
  DetailFilters() {
    this(
        "Show only milestones of this owner (an authority id or the owner's text);"
            + " repeat or separate with commas for several.",
        "Show only milestones with this label; repeat or separate with commas for any of"
            + " several.");
  }

  DetailFilters(String ownerHelp, String labelHelp) {
    ownerOption = Specs.list("--owner", "OWNER", ownerHelp).build();
    labelOption = Specs.list("--label", "LABEL", labelHelp).build();
  }

  /** True when either option is given. */
  boolean given() {
    return !filter().isNone();
  }

  /** The filter the options give ({@link DetailFilter#NONE} when neither is given). */
  DetailFilter filter() {
    return new DetailFilter(values(ownerOption), values(labelOption));
  }

  /**
   * Names on {@code err} each value that no milestone of {@code r} has, with a "did you mean" when
   * one is close and what the roadmap has: {@code roadmap: no milestone has owner 'usfkk' (did you
   * mean 'usfk'? owners in this roadmap: J5 plans, rok-army, usfk)}.
   */
  void warnUnmatched(Roadmap r, PrintWriter err) {
    DetailFilter f = filter();
    warn(err, "owner", f.owners(), known(r, m -> nullable(m.details().owner())));
    warn(err, "label", f.labels(), known(r, m -> m.details().labels()));
  }

  /**
   * The options as given, to repeat in a command line: {@code --owner usfk --label "two words"}, or
   * "" when neither is given.
   */
  String arguments() {
    StringBuilder b = new StringBuilder();
    DetailFilter f = filter();
    f.owners().forEach(o -> b.append(" --owner ").append(quoted(o)));
    f.labels().forEach(l -> b.append(" --label ").append(quoted(l)));
    return b.toString();
  }

  private static String quoted(String v) {
    return v.matches("[A-Za-z0-9._/:@+-]+") ? v : "\"" + v.replace("\"", "\\\"") + "\"";
  }

  private static void warn(PrintWriter err, String what, List<String> given, TreeSet<String> has) {
    for (String v : given) {
      if (has.contains(v)) {
        continue;
      }
      StringBuilder b =
          new StringBuilder("roadmap: no milestone has ")
              .append(what)
              .append(" '")
              .append(v)
              .append("' (");
      if (has.isEmpty()) {
        b.append("no milestone in this roadmap has ").append(what.equals("owner") ? "an " : "a ");
        b.append(what).append(')');
      } else {
        String hint = Suggestions.didYouMean(v, has);
        b.append(hint == null ? "" : hint + " ")
            .append(what)
            .append("s in this roadmap: ")
            .append(String.join(", ", has))
            .append(')');
      }
      err.println(Printable.of(b.toString()));
    }
  }

  private static TreeSet<String> known(Roadmap r, Function<Milestone, List<String>> values) {
    TreeSet<String> out = new TreeSet<>();
    for (Milestone m : r.milestones()) {
      out.addAll(values.apply(m));
    }
    return out;
  }

  private static List<String> nullable(String v) {
    return v == null ? List.of() : List.of(v);
  }

  /** The option's values, split at commas, blanks left out. */
  private static List<String> values(OptionSpec o) {
    List<String> raw = o.getValue();
    List<String> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    for (String v : raw) {
      for (String part : v.split(",")) {
        if (!part.isBlank() && !out.contains(part.strip())) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }
}
