package dev.roadmap.load;

/**
 * One String per distinct value, for the length of a load: {@code pool.intern(s)} is the first
 * string equal to {@code s} that it was given. Open addressing over an array of strings and one of
 * longs, with no node object per string: a million ids make no million map entries for the
 * collector to copy. At most half full; it doubles when it gets there.
 *
 * <p>Beside each string it keeps its hash and length, and, for a string of at most eight Latin-1
 * characters (most ids: {@code m0012345}, {@code p3}), the characters themselves packed in a long.
 * Such a string is found equal from the two longs of its slot, which share a cache line, without
 * reading the pooled string or its characters: a lookup of a million ids misses the cache about
 * half as often.
 */
final class StringPool {
  private String[] keys = new String[64];

  /**
   * For slot {@code i}: at {@code 2 * i} the hash (high half), {@link #TAKEN}, {@link #PACKED} for
   * a packed string, and the length; at {@code 2 * i + 1} the packed characters, or 0.
   */
  private long[] slots = new long[128];

  private int size;

  private static final long TAKEN = 1L << 31;
  private static final long PACKED = 1L << 30;

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** Whether {@code s} is kept packed: at most eight characters, all Latin-1. */
  private static boolean packs(String s) {
    if (s.length() > 8) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  /** The characters of a string that {@link #packs}, one byte each. */
  private static long pack(String s) {
    long packed = 0;
    for (int i = 0; i < s.length(); i++) {
      packed |= (long) s.charAt(i) << (8 * i);
    }
    return packed;
  }

  /** The pooled string equal to {@code s}: {@code s} itself if the pool had none. */
  String intern(String s) {
    int h = s.hashCode();
    boolean packs = packs(s);
    // Equal strings have equal heads: hash, length, and whether they are packed.
    long head = ((long) h << 32) | TAKEN | (packs ? PACKED : 0) | s.length();
    long packed = packs ? pack(s) : 0;
    int mask = keys.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      long at = slots[2 * i];
      if ((at & TAKEN) == 0) {
        keys[i] = s;
        slots[2 * i] = head;
        slots[2 * i + 1] = packed;
        if (++size > keys.length / 2) {
          grow();
        }
        return s;
      }
      if (at == head && (packs ? slots[2 * i + 1] == packed : keys[i].equals(s))) {
        return keys[i];
      }
    }
  }

  /** How many distinct strings it holds. */
  int size() {
    return size;
  }

  private void grow() {
    String[] oldKeys = keys;
    long[] oldSlots = slots;
    keys = new String[2 * oldKeys.length];
    slots = new long[2 * keys.length];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long at = oldSlots[2 * j];
      if ((at & TAKEN) != 0) {
        int i = spread((int) (at >>> 32)) & mask;
        while ((slots[2 * i] & TAKEN) != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        slots[2 * i] = at;
        slots[2 * i + 1] = oldSlots[2 * j + 1];
      }
    }
  }
}
