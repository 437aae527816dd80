package dev.roadmap.cli;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What {@code timeline --mission ID --chain} shows: the mission's transfers (live ones, else all)
 * and every milestone they require, directly or through others.
 */
final class TransferChain {
  private TransferChain() {}

  /** The ids of the mission's transfers and of everything they depend on. */
  static Set<String> of(Roadmap r, String mission) {
    Map<String, Milestone> byId = new HashMap<>();
    for (Milestone m : r.milestones()) {
      byId.putIfAbsent(m.id(), m);
    }
    Deque<Milestone> todo = new ArrayDeque<>();
    for (boolean liveOnly : new boolean[] {true, false}) {
      for (Milestone m : r.milestones()) {
        if (m.kind() == Kind.TRANSFER
            && mission.equals(m.mission())
            && (!liveOnly || m.status().isLive())) {
          todo.add(m);
        }
      }
      if (!todo.isEmpty()) {
        break;
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Milestone m = todo.pop();
      if (!ids.add(m.id())) {
        continue;
      }
      for (Dependency d : m.requires()) {
        Milestone p = byId.get(d.target());
        if (p != null && !ids.contains(p.id())) {
          todo.push(p);
        }
      }
    }
    return ids;
  }
}
