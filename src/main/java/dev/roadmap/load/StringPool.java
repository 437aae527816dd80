package dev.roadmap.load;

import java.util.Arrays;

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
 *
 * <p>The strings themselves are kept in the order they came, in chunks, and a slot holds the number
 * of its string: the table is then all ints and longs. A table of references, filled at random over
 * a load, would leave the collector a dirty card in most of its length at every young collection,
 * each a scan of references (a million ids: a table of 8 MB read about 150 times).
 */
final class StringPool {
  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;

  /** String {@code n} is {@code strings[n >>> CHUNK_BITS][n & (CHUNK - 1)]}. */
  private String[][] strings = new String[16][];

  /** For slot {@code i}: the number of its string. */
  private int[] numbers = new int[64];

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
    int mask = numbers.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      long at = slots[2 * i];
      if ((at & TAKEN) == 0) {
        numbers[i] = add(s);
        slots[2 * i] = head;
        slots[2 * i + 1] = packed;
        if (size > numbers.length / 2) {
          grow();
        }
        return s;
      }
      if (at == head) {
        String pooled = string(numbers[i]);
        if (packs ? slots[2 * i + 1] == packed : pooled.equals(s)) {
          return pooled;
        }
      }
    }
  }

  private String string(int n) {
    return strings[n >>> CHUNK_BITS][n & (CHUNK - 1)];
  }

  /** Keeps {@code s} as the next string; returns its number. */
  private int add(String s) {
    int n = size++;
    int chunk = n >>> CHUNK_BITS;
    if (chunk == strings.length) {
      strings = Arrays.copyOf(strings, 2 * chunk);
    }
    if (strings[chunk] == null) {
      strings[chunk] = new String[CHUNK];
    }
    strings[chunk][n & (CHUNK - 1)] = s;
    return n;
  }

  /** How many distinct strings it holds. */
  int size() {
    return size;
  }

  private void grow() {
    int[] oldNumbers = numbers;
    long[] oldSlots = slots;
    numbers = new int[2 * oldNumbers.length];
    slots = new long[2 * numbers.length];
    int mask = numbers.length - 1;
    for (int j = 0; j < oldNumbers.length; j++) {
      long at = oldSlots[2 * j];
      if ((at & TAKEN) != 0) {
        int i = spread((int) (at >>> 32)) & mask;
        while ((slots[2 * i] & TAKEN) != 0) {
          i = (i + 1) & mask;
        }
        numbers[i] = oldNumbers[j];
        slots[2 * i] = at;
        slots[2 * i + 1] = oldSlots[2 * j + 1];
      }
    }
  }
}
