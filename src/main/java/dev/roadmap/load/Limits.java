package dev.roadmap.load;

/**
 * What a roadmap file may hold at the most, so that a hostile file costs bounded time and memory. A
 * file over a limit gets one RM112 diagnostic naming the limit and the option that raises it.
 *
 * @param maxFileBytes the size of the file ({@code --max-file-size})
 * @param maxDepth the nesting depth of mappings and lists ({@code --max-depth})
 * @param maxAliases alias references to mappings and lists ({@code --max-aliases})
 * @param maxScalarLength the length of one scalar in characters ({@code --max-scalar-length})
 * @param maxMilestones milestones in the file ({@code --max-milestones})
 * @param maxDependencies prerequisite links in the file ({@code --max-dependencies})
 */
public record Limits(
    long maxFileBytes,
    int maxDepth,
    int maxAliases,
    int maxScalarLength,
    int maxMilestones,
    int maxDependencies) {

  /** Generous defaults: far above any real roadmap, low enough to stop a hostile file early. */
  public static final Limits DEFAULT =
      new Limits(256L << 20, 64, 100, 1 << 20, 1_000_000, 4_000_000);

  /** The longest id, in characters (RM109): an id is a name, not a document. */
  public static final int MAX_ID_LENGTH = 200;
}
