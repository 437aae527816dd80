package dev.roadmap.model;

import java.util.List;

/**
 * What a milestone says to its readers beyond its dates: who owns it, its labels, its links, its
 * notes and its {@code x-} keys. Shared as {@link #NONE} by the milestones that give none of them.
 *
 * @param owner the id of an authority of the file, or free text; null when not given
 * @param labels labels in file order, each once
 * @param links links in file order
 * @param notes free text, or null
 * @param extensions the milestone's {@code x-} keys
 */
public record Details(
    String owner, List<String> labels, List<Link> links, String notes, Extensions extensions) {
  public static final Details NONE = new Details(null, List.of(), List.of(), null, Extensions.NONE);

  public Details {
    labels = List.copyOf(labels);
    links = List.copyOf(links);
    extensions = extensions == null ? Extensions.NONE : extensions;
  }

  /** True when none of its fields is given. */
  public boolean isEmpty() {
    return owner == null
        && labels.isEmpty()
        && links.isEmpty()
        && notes == null
        && extensions.isEmpty();
  }
}
