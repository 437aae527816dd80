package dev.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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

  @Test
  void aSecondMilestoneWithATakenIdIsLeftOutAndStillWalked() {
    Roadmap r = roadmap(m("a") + m("b", "a", "nope", "b") + m("a", "b", "a"));
    DependencyGraph g = DependencyGraph.of(r);
    assertThat(g.size()).isEqualTo(2);
    assertThat(g.leftOut()).containsExactly(r.milestones().get(2));
    List<String> walked = new ArrayList<>();
    g.forEachMilestone(
        (m, targets) -> {
          for (int k = 0; k < m.requires().size(); k++) {
            Milestone p = targets.get(k);
            walked.add(
                m.id()
                    + k
                    + ":"
                    + (p == null ? "-" : p.id())
                    + (targets.namesItself(k) ? "!" : ""));
          }
        });
    // The second 'a' names its own id: the first 'a', and itself by id.
    assertThat(walked).containsExactly("b0:a", "b1:-", "b2:b!", "a0:b", "a1:a!");
    List<String> prerequisites = new ArrayList<>();
    g.forEachPrerequisite((m, k, d, p) -> prerequisites.add(m.id() + k + ":" + p.id()));
    assertThat(prerequisites).containsExactly("b0:a", "a0:b", "a1:a");
  }

  @TestFactory
  Stream<DynamicTest> theLinksAndWalksAgreeWithLookupsById() {
    return IntStream.range(0, 400)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> agree(seed)));
  }

  /**
   * On a random roadmap: what the walks tell of each entry, and the numbers, types and lags of the
   * links, against lookups by id of every entry of every milestone.
   */
  static void agree(long seed) {
    String text = RandomRoadmaps.text(seed);
    Roadmap r = RoadmapLoader.load("r.yaml", text).roadmap();
    DependencyGraph g = DependencyGraph.of(r);
    Map<String, Milestone> first = new HashMap<>();
    List<Milestone> leftOut = new ArrayList<>();
    for (Milestone m : r.milestones()) {
      if (first.putIfAbsent(m.id(), m) != null) {
        leftOut.add(m);
      }
    }
    assertThat(g.leftOut()).as(text).containsExactlyElementsOf(leftOut);
    List<Milestone> walked = new ArrayList<>();
    List<String> prerequisites = new ArrayList<>();
    g.forEachMilestone(
        (m, targets) -> {
          walked.add(m);
          for (int k = 0; k < m.requires().size(); k++) {
            Dependency d = m.requires().get(k);
            Milestone p = first.get(d.target());
            assertThat(targets.get(k)).as(text).isSameAs(p);
            assertThat(targets.isKnown(k)).as(text).isEqualTo(p != null);
            assertThat(targets.namesItself(k)).as(text).isEqualTo(d.target().equals(m.id()));
            if (p != null && p != m) {
              prerequisites.add(m.id() + "/" + k + "/" + p.id());
            }
          }
        });
    assertThat(walked).as(text).containsExactlyElementsOf(r.milestones());
    List<String> visited = new ArrayList<>();
    g.forEachPrerequisite(
        (m, k, d, p) -> {
          assertThat(d).isSameAs(m.requires().get(k));
          visited.add(m.id() + "/" + k + "/" + p.id());
        });
    assertThat(visited).as(text).isEqualTo(prerequisites);
    for (int i = 0; i < g.size(); i++) {
      Milestone m = g.at(i);
      assertThat(first.get(m.id())).isSameAs(m);
      List<Integer> linked = new ArrayList<>();
      for (int k = 0; k < m.requires().size(); k++) {
        Milestone p = first.get(m.requires().get(k).target());
        if (p != null && p != m) {
          linked.add(k);
        }
      }
      List<Integer> slots = new ArrayList<>();
      int[] linkSlots = g.linkSlots(i);
      assertThat(linkSlots).hasSize(g.firstLink(i + 1) - g.firstLink(i));
      for (int e = g.firstLink(i); e < g.firstLink(i + 1); e++) {
        Dependency d = g.link(e);
        int slot = linkSlots[e - g.firstLink(i)];
        slots.add(slot);
        assertThat(d).isSameAs(m.requires().get(slot));
        assertThat(g.linkSource(e)).isEqualTo(i);
        assertThat(g.at(g.linkTarget(e))).isSameAs(first.get(d.target()));
        // The type and lag kept beside each link are those of its dependency.
        assertThat(g.linkType(e)).isEqualTo(d.type());
        assertThat(g.linkLag(e)).isEqualTo(d.lagDays());
        boolean finishToStart = d.type() == DependencyType.FINISH_TO_START;
        assertThat(g.isPlainOrLaggedFinishToStart(e)).isEqualTo(finishToStart && d.lagDays() >= 0);
        assertThat(g.isPlainOrLeadingFinishToStart(e)).isEqualTo(finishToStart && d.lagDays() <= 0);
      }
      assertThat(slots).as(text).isEqualTo(linked);
    }
  }
}
