package dev.roadmap.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.roadmap.render.Printable;
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
   * Lines of a file a diff is made of at most, after the lines both files share at their start and
   * end: the diff takes time with the square of the lines that differ, and a diff of more than a
   * screen helps no one.
   */
  static final int MAX_DIFFERING = 2_000;

  /**
   * The diff from {@code committed} (the file {@code name}) to {@code fresh}, at most {@link
   * #LINES} lines and a last one that counts the rest, each line ending with a line break; its
   * lines printable on a terminal ({@link Printable}).
   */
  static String of(String name, String committed, String fresh) {
    List<String> old = lines(committed);
    List<String> neu = lines(fresh);
    int head = 0;
    while (head < old.size() && head < neu.size() && old.get(head).equals(neu.get(head))) {
      head++;
    }
    if (head == old.size() && head == neu.size()) {
      return "  the two differ only in their line endings or the line break at the end\n";
    }
    int tail = 0;
    while (tail < old.size() - head
        && tail < neu.size() - head
        && old.get(old.size() - 1 - tail).equals(neu.get(neu.size() - 1 - tail))) {
      tail++;
    }
    if (old.size() - head - tail > MAX_DIFFERING || neu.size() - head - tail > MAX_DIFFERING) {
      return "  they differ from line "
          + (head + 1)
          + " on, in more lines than a diff would show\n";
    }
    // The shared lines around the difference, less the three of context, are left out of the diff:
    // its hunk headers still give the lines' numbers in the files.
    int from = Math.max(0, head - 3);
    List<String> a = old.subList(from, old.size() - Math.max(0, tail - 3));
    List<String> b = neu.subList(from, neu.size() - Math.max(0, tail - 3));
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            name + " (committed)", name + " (fresh export)", a, DiffUtils.diff(a, b), 3);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(LINES, diff.size()); i++) {
      out.append(Printable.of(renumbered(diff.get(i), from))).append('\n');
    }
    if (diff.size() > LINES) {
      out.append("... ").append(diff.size() - LINES).append(" more lines of the diff\n");
    }
    return out.toString();
  }

  /** A hunk header "@@ -a,b +c,d @@" of lines counted from {@code from}, as lines of the files. */
  private static String renumbered(String line, int from) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^@@ -(\\d+)(,\\d+)? \\+(\\d+)(,\\d+)? @@").matcher(line);
    if (from == 0 || !m.find()) {
      return line;
    }
    return "@@ -"
        + (Integer.parseInt(m.group(1)) + from)
        + (m.group(2) == null ? "" : m.group(2))
        + " +"
        + (Integer.parseInt(m.group(3)) + from)
        + (m.group(4) == null ? "" : m.group(4))
        + " @@"
        + line.substring(m.end());
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }
}
