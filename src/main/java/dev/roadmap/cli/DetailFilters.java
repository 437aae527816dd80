package dev.roadmap.cli;

import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.render.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options {@code --owner} and {@code --label}: each repeatable or comma-separated. A milestone
 * is shown when its owner is one of the owners given and it has one of the labels given (either
 * option alone filters by itself alone). A value that is an owner or label of the roadmap exactly
 * is kept whole, commas and all ({@code owner: "Plans, J5"}); any other is split at its commas. A
 * value that no milestone of the roadmap has is named on standard error, with what the roadmap has;
 * it is no error. An empty value ({@code --owner ""}, {@code --owner ,}) is a usage error: it would
 * otherwise filter nothing.
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
    ownerOption =
        Specs.list("--owner", "OWNER", ownerHelp + WHOLE.formatted(article("owner")))
            .converters(notEmpty("owner"))
            .build();
    labelOption =
        Specs.list("--label", "LABEL", labelHelp + WHOLE.formatted(article("label")))
            .converters(notEmpty("label"))
            .build();
  }

  /** What each option's help adds: a value with a comma in it can still be one owner or label. */
  private static final String WHOLE =
      " A value that is %s of the roadmap is taken whole, commas and all.";

  /** "an owner" or "a label". */
  private static String article(String what) {
    return (what.equals("owner") ? "an " : "a ") + what;
  }

  /** A value of only blanks and commas names nothing: a usage error, not "no filter". */
  private static ITypeConverter<String> notEmpty(String what) {
    return v -> {
      if (v.replace(",", "").isBlank()) {
        throw new TypeConversionException(
            "the value is empty"
                + (v.isEmpty() ? "" : " ('" + Printable.of(v) + "')")
                + "; give "
                + article(what)
                + ", or leave the option out");
      }
      return v;
    };
  }

  /** True when either option is given. */
  boolean given() {
    return !raw(ownerOption).isEmpty() || !raw(labelOption).isEmpty();
  }

  /**
   * The filter the options give for the roadmap {@code r} ({@link DetailFilter#NONE} when neither
   * is given).
   */
  DetailFilter filter(Roadmap r) {
    if (!given()) {
      return DetailFilter.NONE; // no pass over the milestones for their owners and labels
    }
    return new DetailFilter(
        values(ownerOption, owners(r)), values(labelOption, known(r, m -> m.details().labels())));
  }

  /**
   * Names on {@code err} each value that no milestone of {@code r} has, with a "did you mean" when
   * one is close and what the roadmap has: {@code roadmap: no milestone has owner 'usfkk' (did you
   * mean 'usfk'? owners in this roadmap: 'J5 plans', 'rok-army', 'usfk')}.
   */
  void warnUnmatched(Roadmap r, PrintWriter err) {
    if (!given()) {
      return;
    }
    DetailFilter f = filter(r);
    warn(err, "owner", f.owners(), owners(r));
    warn(err, "label", f.labels(), known(r, m -> m.details().labels()));
  }

  /**
   * The filter {@code f} as options, to repeat in a command line ({@link ShellWords}): {@code
   * --owner usfk --label 'two words'}, or "" when it is none.
   */
  static String arguments(DetailFilter f) {
    StringBuilder b = new StringBuilder();
    f.owners().forEach(o -> b.append(" --owner ").append(ShellWords.quote(o)));
    f.labels().forEach(l -> b.append(" --label ").append(ShellWords.quote(l)));
    return b.toString();
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
        b.append("no milestone in this roadmap has ").append(article(what)).append(')');
      } else {
        String hint = Suggestions.didYouMean(v, has);
        b.append(hint == null ? "" : hint + " ")
            .append(what)
            .append("s in this roadmap: ")
            .append(has.stream().map(h -> "'" + h + "'").collect(Collectors.joining(", ")))
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

  private static TreeSet<String> owners(Roadmap r) {
    return known(r, m -> m.details().owner() == null ? List.of() : List.of(m.details().owner()));
  }

  private static List<String> raw(OptionSpec o) {
    List<String> raw = o.getValue();
    return raw == null ? List.of() : raw;
  }

  /**
   * The option's values: one that is in {@code whole} as given, any other split at commas, blanks
   * left out; each once.
   */
  private static List<String> values(OptionSpec o, Set<String> whole) {
    List<String> out = new ArrayList<>();
    for (String v : raw(o)) {
      if (whole.contains(v)) {
        if (!out.contains(v)) {
          out.add(v);
        }
        continue;
      }
      for (String part : v.split(",")) {
        if (!part.isBlank() && !out.contains(part.strip())) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }
}
