package dev.roadmap.render;

import java.util.ArrayList;
import java.util.List;

/** Plain-text tables for the terminal: columns padded to their widest cell, two spaces apart. */
final class TextTable {
  private TextTable() {}

  /** Appends the rows (all of the same length), each line indented two spaces. */
  static void append(StringBuilder b, List<String[]> rows) {
    int[] w = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < w.length; i++) {
        line.append("  ").append(r[i]).append(" ".repeat(w[i] - r[i].length()));
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /**
   * Appends the rows in lines of at most {@code width} (no limit at 0): the last cell of each row,
   * a title, is cut with an ellipsis to leave room for its {@code tails} (constraints, findings),
   * which go on the next line when even a short title leaves them no room. When the other columns
   * leave too little room for a title, each row takes two lines: its first {@code keep} cells, then
   * the others indented, and when even those do not fit on one line, each cell on a line of its
   * own.
   */
  static void append(
      StringBuilder b, List<String[]> rows, int width, int keep, List<String> tails) {
    if (width <= 0) {
      List<String[]> joined = new ArrayList<>();
      for (int row = 0; row < rows.size(); row++) {
        String[] r = rows.get(row).clone();
        r[r.length - 1] += tails.get(row);
        joined.add(r);
      }
      append(b, joined);
      return;
    }
    int last = rows.get(0).length - 1;
    int[] w = new int[last];
    for (String[] r : rows) {
      for (int i = 0; i < last; i++) {
        w[i] = Math.max(w[i], TextFit.length(r[i]));
      }
    }
    int before = 0;
    for (int i = 0; i < last; i++) {
      before += 2 + w[i];
    }
    boolean stacked = before + 2 + TextFit.MIN_TITLE > width;
    for (int row = 0; row < rows.size(); row++) {
      String[] r = rows.get(row);
      StringBuilder line = new StringBuilder();
      int from = 0;
      if (stacked) {
        for (int i = 0; i < keep; i++) {
          line.append("  ").append(r[i]).append(" ".repeat(w[i] - TextFit.length(r[i])));
        }
        if (TextFit.length(line.toString().stripTrailing()) <= width) {
          b.append(line.toString().stripTrailing()).append('\n');
        } else {
          for (int i = 0; i < keep; i++) {
            b.append(i == 0 ? "  " : "    ").append(r[i]).append('\n');
          }
        }
        line = new StringBuilder("  ");
        from = keep;
      }
      for (int i = from; i < last; i++) {
        if (!stacked || !r[i].isEmpty()) {
          line.append("  ").append(r[i]);
          if (!stacked) {
            line.append(" ".repeat(w[i] - TextFit.length(r[i])));
          }
        }
      }
      int least = Math.min(TextFit.MIN_TITLE, TextFit.length(r[last]));
      if (stacked && TextFit.length(line.toString()) + 2 + least > width) {
        // Even the other cells do not fit on one line: each goes on a line of its own, whole.
        for (int i = from; i < last; i++) {
          if (!r[i].isEmpty()) {
            b.append("    ").append(r[i]).append('\n');
          }
        }
        if (r[last].isEmpty() && tails.get(row).isBlank()) {
          continue;
        }
        line = new StringBuilder("  ");
      }
      row(b, line.toString(), r[last], tails.get(row).strip(), width);
    }
  }

  /** A row's line: its cells, its title cut to the width, and its tail, wrapped if need be. */
  private static void row(StringBuilder b, String cells, String title, String tail, int width) {
    int used = TextFit.length(cells) + 2;
    if (title.isEmpty()) {
      b.append(cells.stripTrailing());
      used = TextFit.length(cells.stripTrailing());
    } else {
      int room = width - used;
      if (!tail.isEmpty() && room - 2 - TextFit.length(tail) >= TextFit.MIN_TITLE) {
        room -= 2 + TextFit.length(tail);
      }
      String cut = TextFit.cut(title, Math.max(TextFit.MIN_TITLE, room));
      b.append(cells).append("  ").append(cut);
      used += TextFit.length(cut);
    }
    // What does not fit goes under the title, or near the margin when that is far right.
    int indent = TextFit.length(cells) + 2;
    new FlowLine(b, width, " ".repeat(indent > width / 2 ? 4 : indent), used)
        .addIfAny("  ", tail, s -> s)
        .end();
  }
}
