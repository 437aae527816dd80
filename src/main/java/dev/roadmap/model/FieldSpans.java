package dev.roadmap.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An unmodifiable map from key to {@link Span}, as small as a milestone's needs: the positions in a
 * run of an int array that the maps of many milestones share (four per key), the keys in an array
 * shared by every map with the same keys in the same order (a million milestones have a handful of
 * key sets between them). A span is made when asked for, so a million milestones keep no Span
 * objects for their fields (about six objects fewer each for the collector to copy). Lookup is a
 * linear scan of a few keys. Like {@link Map#copyOf}, it refuses null keys and values and has no
 * defined iteration order; its spans are of one file.
 */
final class FieldSpans extends AbstractMap<String, Span> {
  /** Key sets seen so far; bounded, so that odd maps cannot make it grow without end. */
  private static final Map<List<String>, String[]> KEY_SETS = new ConcurrentHashMap<>();

  private static final int MAX_KEY_SETS = 4096;

  private final String[] keys;
  private final String file;

  /** Line, column, end line and end column of the span of {@code keys[i]} at {@code 4 * i}. */
  private final int[] positions;

  /** Where this map's numbers start in {@link #positions}, which other maps share. */
  private final int offset;

  /** A view of positions kept elsewhere (a milestone keeps its own, not this object). */
  FieldSpans(String[] keys, String file, int[] positions, int offset) {
    this.keys = keys;
    this.file = file;
    this.positions = positions;
    this.offset = offset;
  }

  String[] keys() {
    return keys;
  }

  String file() {
    return file;
  }

  int[] positions() {
    return positions;
  }

  int offset() {
    return offset;
  }

  private Span span(int i) {
    return span(file, positions, offset, i);
  }

  private static Span span(String file, int[] positions, int offset, int i) {
    int at = offset + 4 * i;
    return new Span(file, positions[at], positions[at + 1], positions[at + 2], positions[at + 3]);
  }

  /** The span of {@code key} in the arrays of a FieldSpans, or null: {@link #get} with no map. */
  static Span get(String[] keys, String file, int[] positions, int offset, String key) {
    int i = indexOf(keys, key);
    return i < 0 ? null : span(file, positions, offset, i);
  }

  /**
   * Room for the positions of many maps: chunks of {@link #CHUNK} ints that the maps made on one
   * thread fill in turn, so that a million milestones keep a few thousand arrays of positions, not
   * a million (each one more object for the collector to copy). A chunk is only written by its
   * thread, each part of it once, before the map that reads it is made.
   */
  private static final class Chunks {
    static final int CHUNK = 1 << 14;
    int[] chunk = new int[CHUNK];
    int used;

    /** The offset of {@code n} free ints in {@link #chunk}, which may be a new one. */
    int take(int n) {
      if (n > CHUNK) {
        chunk = new int[n];
        used = n;
        return 0;
      }
      if (used + n > chunk.length) {
        chunk = new int[CHUNK];
        used = 0;
      }
      used += n;
      return used - n;
    }
  }

  private static final ThreadLocal<Chunks> CHUNKS = ThreadLocal.withInitial(Chunks::new);

  /** An unmodifiable copy of {@code map} (the map itself if it is one already). */
  static Map<String, Span> copyOf(Map<String, Span> map) {
    if (map instanceof FieldSpans) {
      return map;
    }
    if (map.isEmpty()) {
      return Map.of();
    }
    String[] keys = new String[map.size()];
    Chunks chunks = CHUNKS.get();
    int offset = chunks.take(4 * keys.length);
    int[] positions = chunks.chunk;
    String file = null;
    int i = 0;
    for (Map.Entry<String, Span> e : map.entrySet()) {
      keys[i] = Objects.requireNonNull(e.getKey());
      Span s = Objects.requireNonNull(e.getValue());
      if (file == null) {
        file = s.file();
      } else if (!file.equals(s.file())) {
        return Map.copyOf(map); // spans of several files: not what a milestone holds
      }
      int at = offset + 4 * i;
      positions[at] = s.line();
      positions[at + 1] = s.column();
      positions[at + 2] = s.endLine();
      positions[at + 3] = s.endColumn();
      i++;
    }
    List<String> keyList = Arrays.asList(keys);
    String[] shared = KEY_SETS.get(keyList);
    if (shared == null) {
      shared = keys;
      if (KEY_SETS.size() < MAX_KEY_SETS) {
        String[] raced = KEY_SETS.putIfAbsent(keyList, keys);
        shared = raced != null ? raced : keys;
      }
    }
    return new FieldSpans(shared, file, positions, offset);
  }

  private int indexOf(Object key) {
    return indexOf(keys, key);
  }

  private static int indexOf(String[] keys, Object key) {
    Objects.requireNonNull(key);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Span get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : span(i);
  }

  @Override
  public Span getOrDefault(Object key, Span fallback) {
    int i = indexOf(key);
    return i < 0 ? fallback : span(i);
  }

  @Override
  public Set<Map.Entry<String, Span>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<String, Span>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, Span> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], span(i));
          }
        };
      }
    };
  }
}
