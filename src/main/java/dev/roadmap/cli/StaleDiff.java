package dev.roadmap.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/**
 * What differs between a committed export and a fresh one, for {@code export --check}: the first
 * lines of a unified diff, as {@code diff -u} and git print it.
 */
final class StaleDiff {
  /** How many lines of the diff are shown; a line after them says how many more there are. */
  static final int LINES = 20;

  private StaleDiff() {}

  /**
   * The diff from {@code committed} (the file {@code name}) to {@code fresh}, at most {@link
   * #LINES} lines and a last one that counts the rest, each line ending with a line break.
   */
  static String of(String name, String committed, String fresh) {
    List<String> old = lines(committed);
    List<String> neu = lines(fresh);
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            name + " (committed)", name + " (fresh export)", old, DiffUtils.diff(old, neu), 3);
    StringBuilder b = new StringBuilder();
    for (String line : diff.subList(0, Math.min(LINES, diff.size()))) {
      b.append(line).append('\n');
    }
    if (diff.size() > LINES) {
      b.append("... ").append(diff.size() - LINES).append(" more lines of the diff\n");
    }
    return b.toString();
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }
}
