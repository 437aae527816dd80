package dev.roadmap.cli;

import dev.roadmap.model.Milestone;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options {@code --owner} and {@code --label}: each repeatable or comma-separated. A milestone
 * is shown when its owner is one of the owners given and it has one of the labels given (either
 * option alone filters by itself alone).
 */
final class DetailFilters {
  final OptionSpec ownerOption =
      Specs.list(
              "--owner",
              "OWNER",
              "Show only milestones of this owner (an authority id or the owner's text);"
                  + " repeat or separate with commas for several.")
          .build();

  final OptionSpec labelOption =
      Specs.list(
              "--label",
              "LABEL",
              "Show only milestones with this label; repeat or separate with commas for any of"
                  + " several.")
          .build();

  /** True when either option is given. */
  boolean given() {
    return !values(ownerOption).isEmpty() || !values(labelOption).isEmpty();
  }

  /** The milestones the options let through (all when neither is given). */
  Predicate<Milestone> predicate() {
    List<String> owners = values(ownerOption);
    List<String> labels = values(labelOption);
    Predicate<Milestone> p = m -> true;
    if (!owners.isEmpty()) {
      p = p.and(m -> m.details().owner() != null && owners.contains(m.details().owner()));
    }
    if (!labels.isEmpty()) {
      p = p.and(m -> m.details().labels().stream().anyMatch(labels::contains));
    }
    return p;
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
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }
}
