package dev.roadmap.plan;

import dev.roadmap.model.Milestone;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The milestones of a {@link DependencyGraph} by id, the first of each id, in file order: a
 * read-only view over its arrays.
 */
final class MilestonesById extends AbstractMap<String, Milestone> {
  private final Milestone[] nodes;
  private final IdIndex index;

  MilestonesById(Milestone[] nodes, IdIndex index) {
    this.nodes = nodes;
    this.index = index;
  }

  @Override
  public Milestone get(Object key) {
    int i = index.get(key);
    return i < 0 ? null : nodes[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return index.get(key) >= 0;
  }

  @Override
  public int size() {
    return nodes.length;
  }

  @Override
  public Set<Entry<String, Milestone>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Milestone>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < nodes.length;
          }

          @Override
          public Entry<String, Milestone> next() {
            if (next >= nodes.length) {
              throw new NoSuchElementException();
            }
            Milestone m = nodes[next++];
            return new SimpleImmutableEntry<>(m.id(), m);
          }
        };
      }

      @Override
      public int size() {
        return nodes.length;
      }
    };
  }
}
