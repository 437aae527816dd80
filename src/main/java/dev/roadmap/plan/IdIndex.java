package dev.roadmap.plan;

/**
 * Ids to numbers, for the dependency graph's lookups by id (a million milestones make millions of
 * them): open addressing over an array of keys and one of hashes and numbers side by side, with no
 * boxed Integer and no node object per id, so a lookup touches two arrays instead of three objects
 * scattered over the heap. Fixed capacity, at most half full; keys are never removed.
 */
final class IdIndex {
  private final String[] keys;

  /** The hash of {@code keys[i]} at {@code 2 * i}, its number at {@code 2 * i + 1}. */
  private final int[] slots;

  private final int mask;

  /** An index for at most {@code capacity} ids. */
  IdIndex(int capacity) {
    int size = Integer.highestOneBit(Math.max(8, 2 * capacity - 1)) << 1;
    keys = new String[size];
    slots = new int[2 * size];
    mask = size - 1;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The number of {@code key}, or -1. */
  int get(Object key) {
    if (!(key instanceof String id)) {
      return -1;
    }
    return get(id, id.hashCode());
  }

  /**
   * The numbers of many keys, as {@link #get} gives them one by one. A million lookups are cache
   * misses (the strings, the slots); made in two loops of independent steps, first every hash, then
   * every slot, the processor overlaps the misses instead of waiting for each in turn.
   */
  int[] getAll(String[] keys) {
    int[] out = new int[keys.length];
    for (int k = 0; k < keys.length; k++) {
      out[k] = keys[k].hashCode();
    }
    for (int k = 0; k < keys.length; k++) {
      out[k] = get(keys[k], out[k]);
    }
    return out;
  }

  private int get(String id, int h) {
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return -1;
      }
      if (k == id || (slots[2 * i] == h && k.equals(id))) {
        return slots[2 * i + 1];
      }
    }
  }

  /** Gives {@code key} the number {@code value} unless it has one: returns the old one, or -1. */
  int putIfAbsent(String key, int value) {
    int h = key.hashCode();
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        keys[i] = key;
        slots[2 * i] = h;
        slots[2 * i + 1] = value;
        return -1;
      }
      if (k == key || (slots[2 * i] == h && k.equals(key))) {
        return slots[2 * i + 1];
      }
    }
  }
}
