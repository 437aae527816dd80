package dev.roadmap.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Copies rows of position tables into new blocks, for {@link PositionTable#merge}. */
final class PositionMerger {
  final List<int[]> blocks = new ArrayList<>();
  int size;

  void copy(PositionTable t, PositionRows from, int row, PositionRows to, int fileIndex) {
    int start = size;
    for (int p = from.offsets[row]; p < from.offsets[row + 1]; p++) {
      int at = size & (PositionTable.BLOCK - 1);
      if (at == 0) {
        blocks.add(new int[PositionTable.BLOCK]);
      }
      blocks.get(blocks.size() - 1)[at] = t.get(p);
      size++;
    }
    to.add(start, size, from.masks[row]);
    if (to.files != null) {
      if (to.files.length < to.offsets.length) {
        to.files = Arrays.copyOf(to.files, to.offsets.length);
      }
      to.files[to.count - 1] = fileIndex;
    }
  }
}
