package dev.roadmap.model;

import java.util.Arrays;

/**
 * The rows of one kind of element in a {@link PositionTable}: where each starts in the table's
 * blocks, and its fields.
 */
final class PositionRows {
  int count;

  /** Row {@code i} is ints {@code offsets[i]} to {@code offsets[i + 1]} of the blocks. */
  int[] offsets = new int[1];

  /** Bit {@code f} of {@code masks[i]}: row {@code i} has field {@code f}. */
  int[] masks = new int[0];

  /** The index of the file of each row, in a merged table's files; null in one file's table. */
  int[] files;

  void add(int start, int end, int mask) {
    if (count + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, Math.max(8, 2 * offsets.length));
      masks = Arrays.copyOf(masks, offsets.length);
    }
    offsets[count] = start;
    masks[count] = mask;
    offsets[++count] = end;
  }

  boolean sameAs(PositionTable mine, PositionRows other, PositionTable theirs) {
    if (count != other.count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      int length = offsets[i + 1] - offsets[i];
      if (masks[i] != other.masks[i] || length != other.offsets[i + 1] - other.offsets[i]) {
        return false;
      }
      for (int j = 0; j < length; j++) {
        if (mine.get(offsets[i] + j) != theirs.get(other.offsets[i] + j)) {
          return false;
        }
      }
    }
    return true;
  }
}
