package dev.roadmap.render;

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
}
