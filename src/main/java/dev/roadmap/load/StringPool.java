package dev.roadmap.load;

/**
 * One String per distinct value, for the length of a load: {@code pool.intern(s)} is the first
 * string equal to {@code s} that it was given. Open addressing over an array of strings and one of
 * their hashes, with no node object per string: a million ids make no million map entries for the
 * collector to copy, and a lookup touches the two arrays and the string, not a node as well. At
 * most half full; it doubles when it gets there.
 */
final class StringPool {
  private String[] keys = new String[64];
  private int[] hashes = new int[64];
  private int size;

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The pooled string equal to {@code s}: {@code s} itself if the pool had none. */
  String intern(String s) {
    int h = s.hashCode();
    int mask = keys.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        keys[i] = s;
        hashes[i] = h;
        if (++size > keys.length / 2) {
          grow();
        }
        return s;
      }
      if (k == s || (hashes[i] == h && k.equals(s))) {
        return k;
      }
    }
  }

  /** How many distinct strings it holds. */
  int size() {
    return size;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    keys = new String[2 * oldKeys.length];
    hashes = new int[keys.length];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      String k = oldKeys[j];
      if (k != null) {
        int i = spread(oldHashes[j]) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        hashes[i] = oldHashes[j];
      }
    }
  }
}
