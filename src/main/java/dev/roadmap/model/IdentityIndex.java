package dev.roadmap.model;

import java.util.List;

/** Open addressing by identity over one list of elements: element to its place in the list. */
final class IdentityIndex {
  private final Object[] keys;
  private final int[] places;

  IdentityIndex(List<?> list) {
    int capacity = Integer.highestOneBit(Math.max(4, list.size() * 2 - 1)) << 1;
    keys = new Object[capacity];
    places = new int[capacity];
    for (int i = 0; i < list.size(); i++) {
      Object e = list.get(i);
      int slot = slot(e);
      while (keys[slot] != null) {
        slot = (slot + 1) & (keys.length - 1);
      }
      keys[slot] = e;
      places[slot] = i;
    }
  }

  private int slot(Object e) {
    return (System.identityHashCode(e) * 0x9E3779B9) >>> 1 & (keys.length - 1);
  }

  int find(Object e) {
    for (int slot = slot(e); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
      if (keys[slot] == e) {
        return places[slot];
      }
    }
    return -1;
  }
}
