package dev.roadmap.plan;

import dev.roadmap.model.Milestone;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which milestones a view shows by their details: those whose owner is one of {@code owners} and
 * that carry one of {@code labels} (an empty list does not filter). The schedule is still made of
 * the whole roadmap: a filter never moves a date.
 *
 * @param owners the owners let through, as written in the file (an authority id or the text)
 * @param labels the labels let through
 */
public record DetailFilter(List<String> owners, List<String> labels)
    implements Predicate<Milestone> {
  /** No filter: every milestone is shown. */
  public static final DetailFilter NONE = new DetailFilter(List.of(), List.of());

  public DetailFilter {
    owners = List.copyOf(owners);
    labels = List.copyOf(labels);
  }

  /** True when neither owners nor labels are given. */
  public boolean isNone() {
    return owners.isEmpty() && labels.isEmpty();
  }

  @Override
  public boolean test(Milestone m) {
    if (!owners.isEmpty()
        && (m.details().owner() == null || !owners.contains(m.details().owner()))) {
      return false;
    }
    return labels.isEmpty() || m.details().labels().stream().anyMatch(labels::contains);
  }
}
