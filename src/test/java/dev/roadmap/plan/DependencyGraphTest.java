package dev.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
  static Roadmap roadmap(String milestones) {
    String text =
        "roadmap: 1\ntitle: T\nstart: 2004-01-01\nphases:\n  - id: p\nmilestones:\n" + milestones;
    return RoadmapLoader.load("t.yaml", text).roadmap();
  }

  static String m(String id, String... requires) {
    return "  - {id: "
        + id
        + ", title: "
        + id
        + ", phase: p, requires: ["
        + String.join(", ", requires)
        + "]}\n";
  }

  @Test
  void cyclesAreRotatedToTheSmallestIdAndSorted() {
    Roadmap r =
        roadmap(m("d", "c") + m("c", "b") + m("b", "d") + m("y", "x") + m("x", "y") + m("free"));
    var cycles = DependencyGraph.of(r).cycles(10);
    assertThat(cycles.cycles()).containsExactly(List.of("x", "y"), List.of("b", "d", "c"));
    assertThat(cycles.truncated()).isFalse();
  }

  @Test
  void cycleListIsBounded() {
    // A complete graph on 5 vertices has 84 elementary cycles.
    String[] ids = {"a", "b", "c", "d", "e"};
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      b.append(
          m(id, java.util.Arrays.stream(ids).filter(x -> !x.equals(id)).toArray(String[]::new)));
    }
    var cycles = DependencyGraph.of(roadmap(b.toString())).cycles(10);
    assertThat(cycles.cycles()).hasSize(10);
    assertThat(cycles.truncated()).isTrue();
  }

  @Test
  void topologicalOrderPutsPrerequisitesFirstAndBreaksTiesByFileOrder() {
    Roadmap r = roadmap(m("z") + m("c", "b") + m("a") + m("b", "z"));
    List<String> order =
        DependencyGraph.of(r).topologicalOrder().orElseThrow().stream().map(Milestone::id).toList();
    assertThat(order).containsExactly("z", "a", "b", "c");
  }

  @Test
  void noTopologicalOrderWithACycle() {
    assertThat(DependencyGraph.of(roadmap(m("a", "b") + m("b", "a"))).topologicalOrder()).isEmpty();
  }

  @Test
  void unknownAndSelfReferencesAreLeftOut() {
    Roadmap r = roadmap(m("a", "a", "nope"));
    assertThat(DependencyGraph.of(r).hasCycle()).isFalse();
  }
}
