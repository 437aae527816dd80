package dev.roadmap.check;

import dev.roadmap.plan.Schedule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The driving chains of one schedule as findings quote them ({@link ChainText}): the length and
 * first ids of each milestone's chain are kept as they are learnt, so that quoting the chains of
 * every milestone of a long chain costs time linear in the chain, not its square.
 */
final class DrivingChains {
  private final Schedule schedule;
  private final Map<String, Known> known = new HashMap<>();

  /** A milestone's chain: its first ids (up to {@link ChainText#ENDS}) and its length. */
  private record Known(List<String> head, int length) {}

  DrivingChains(Schedule schedule) {
    this.schedule = schedule;
  }

  /** The chain that dates {@code id}, quoted; empty when nothing before it dates it. */
  String quote(String id) {
    Known k = learn(id);
    if (k.length() < 2) {
      return "";
    }
    int tailSize = Math.min(k.length(), ChainText.ENDS);
    List<String> tail = new ArrayList<>(tailSize);
    String at = id;
    int wanted = k.length() <= 2 * ChainText.ENDS + 1 ? k.length() : tailSize;
    for (int i = 0; i < wanted && at != null; i++) {
      tail.add(0, at);
      at = driver(at);
    }
    if (wanted == k.length()) {
      return ChainText.of(tail);
    }
    return ChainText.of(k.head(), k.length() - k.head().size() - tail.size(), tail);
  }

  private String driver(String id) {
    Schedule.Entry e = schedule.get(id);
    return e == null ? null : e.drivingPrerequisite().orElse(null);
  }

  /** Walks back from {@code id} to a milestone already known (or the first of its chain). */
  private Known learn(String id) {
    List<String> path = new ArrayList<>();
    String at = id;
    int bound = schedule.milestones().size();
    while (at != null && !known.containsKey(at) && path.size() <= bound) {
      path.add(at);
      at = driver(at);
    }
    Known base = at == null ? null : known.get(at);
    for (int i = path.size() - 1; i >= 0; i--) {
      String x = path.get(i);
      Known k;
      if (base == null) {
        k = new Known(List.of(x), 1);
      } else if (base.head().size() < ChainText.ENDS) {
        List<String> head = new ArrayList<>(base.head());
        head.add(x);
        k = new Known(List.copyOf(head), base.length() + 1);
      } else {
        k = new Known(base.head(), base.length() + 1);
      }
      known.put(x, k);
      base = k;
    }
    return base;
  }
}
