package dev.roadmap.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Span;
import dev.roadmap.plan.DependencyGraph;
import dev.roadmap.plan.RandomRoadmaps;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The int-indexed graph and the linear checks built on it against plain oracles, on 400 random
 * roadmaps (fixed seeds, {@link RandomRoadmaps}) whose links point both ways in the file, repeat,
 * name unknown or duplicated ids, and sometimes close a cycle: the topological order and cycle test
 * against JGraphT's, RM207 and RM403 (both on {@code Reachability}) against the quadratic "ancestor
 * set per milestone" they replaced, and the checks that walk the graph against lookups by id.
 */
class GraphOracleTest {
  @TestFactory
  Stream<DynamicTest> randomRoadmaps() {
    return IntStream.range(0, 400)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
  }

  /** The random roadmaps reach every case the oracles compare: not all agree on "nothing". */
  @org.junit.jupiter.api.Test
  void theRandomRoadmapsCoverCyclesRedundantLinksAndUnreadyTransfers() {
    int cyclic = 0;
    int redundant = 0;
    int unready = 0;
    int manyMissions = 0;
    int phaseOnCycle = 0;
    Map<Code, Integer> byCode = new HashMap<>();
    for (int seed = 0; seed < 400; seed++) {
      Roadmap r = RoadmapLoader.load("r.yaml", RandomRoadmaps.text(seed)).roadmap();
      Old old = new Old(r);
      cyclic += old.hasCycle() ? 1 : 0;
      redundant += old.redundant().isEmpty() ? 0 : 1;
      unready += old.unready().isEmpty() ? 0 : 1;
      manyMissions += r.missions().size() > 64 && !old.unready().isEmpty() ? 1 : 0;
      phaseOnCycle += old.laterPhaseOnCycle() > 0 ? 1 : 0;
      for (Code code :
          List.of(
              Code.DUPLICATE_ID,
              Code.UNKNOWN_PREREQUISITE,
              Code.PREREQUISITE_IN_LATER_PHASE,
              Code.REQUIRES_WITHDRAWN,
              Code.SELF_DEPENDENCY,
              Code.REPEATED_PREREQUISITE)) {
        byCode.merge(code, old.positions(code).isEmpty() ? 0 : 1, Integer::sum);
      }
    }
    String counts =
        byCode
            + ", cyclic "
            + cyclic
            + ", redundant "
            + redundant
            + ", a later phase on a cycle "
            + phaseOnCycle;
    // Most random self-links are a second milestone of an id requiring it, which requires the
    // first (RM200 alone): the real ones are fewer.
    assertThat(byCode.remove(Code.SELF_DEPENDENCY)).as(counts).isGreaterThan(10);
    assertThat(byCode)
        .as(counts)
        .allSatisfy((code, roadmaps) -> assertThat(roadmaps).isGreaterThan(50));
    assertThat(cyclic).as(counts).isGreaterThan(10);
    assertThat(phaseOnCycle).as(counts).isGreaterThan(5);
    assertThat(redundant).as(counts).isGreaterThan(50);
    assertThat(unready).as(counts).isGreaterThan(50);
    assertThat(manyMissions).as(counts).isGreaterThan(3);
  }

  static void check(long seed) {
    String text = RandomRoadmaps.text(seed);
    Roadmap r = RoadmapLoader.load("r.yaml", text).roadmap();
    DependencyGraph g = DependencyGraph.of(r);
    Old old = new Old(r);
    assertThat(g.hasCycle()).as(text).isEqualTo(old.hasCycle());
    assertThat(g.topologicalOrder().map(l -> l.stream().map(Milestone::id).toList()))
        .as(text)
        .isEqualTo(old.topologicalOrder());
    CheckContext c = new CheckContext(r, null);
    assertThat(messages(new RedundantPrerequisiteCheck().run(c), Code.REDUNDANT_PREREQUISITE))
        .as(text)
        .isEqualTo(old.redundant());
    assertThat(messages(new TransferCheck().run(c), Code.TRANSFER_WITHOUT_READINESS))
        .as(text)
        .isEqualTo(old.unready());
    // The same with no budget for the search: every transfer it cannot settle goes to the exact
    // pass, which must agree too.
    assertThat(messages(new TransferCheck(0).run(c), Code.TRANSFER_WITHOUT_READINESS))
        .as(text)
        .isEqualTo(old.unready());
    // The checks that read links from the graph's arrays, against lookups by id of every
    // prerequisite of every milestone, duplicates included.
    assertThat(positions(new DuplicateIdCheck().run(c), Code.DUPLICATE_ID))
        .as(text)
        .isEqualTo(old.positions(Code.DUPLICATE_ID));
    // Each unknown reference where it is written: the folds of several into one at a misspelt
    // definition, and of those close to a duplicate id into its RM200 (OneMistakeOneFindingTest),
    // are left out, to compare the walks.
    assertThat(
            positions(
                new UnknownReferenceCheck(UnknownReferenceCheck.WORK, false).run(c),
                Code.UNKNOWN_PREREQUISITE))
        .as(text)
        .isEqualTo(old.positions(Code.UNKNOWN_PREREQUISITE));
    assertThat(positions(new PhaseOrderCheck().run(c), Code.PREREQUISITE_IN_LATER_PHASE))
        .as(text)
        .isEqualTo(old.positions(Code.PREREQUISITE_IN_LATER_PHASE));
    assertThat(positions(new StatusCheck().run(c), Code.REQUIRES_WITHDRAWN))
        .as(text)
        .isEqualTo(old.positions(Code.REQUIRES_WITHDRAWN));
    List<Diagnostic> lists = new PrerequisiteListCheck().run(c);
    assertThat(positions(lists, Code.SELF_DEPENDENCY))
        .as(text)
        .isEqualTo(old.positions(Code.SELF_DEPENDENCY));
    assertThat(positions(lists, Code.REPEATED_PREREQUISITE))
        .as(text)
        .isEqualTo(old.positions(Code.REPEATED_PREREQUISITE));
  }

  /** The oracle's own definition: finish-to-start with no lead (a lag of zero or more). */
  static boolean plainOrLagged(Dependency d) {
    return d.type() == dev.roadmap.model.DependencyType.FINISH_TO_START && d.lagDays() >= 0;
  }

  static List<String> positions(List<Diagnostic> ds, Code code) {
    return ds.stream()
        .filter(d -> d.code() == code)
        .map(d -> d.span().line() + ":" + d.span().column())
        .sorted()
        .toList();
  }

  static List<String> messages(List<Diagnostic> ds, Code code) {
    return ds.stream()
        .filter(d -> d.code() == code)
        .map(d -> d.span().line() + ":" + d.span().column() + " " + d.message())
        .sorted()
        .toList();
  }

  /** The graph as JGraphT holds it, and the ancestor sets of the former checks. */
  static final class Old {
    final Map<String, Milestone> byId = new LinkedHashMap<>();
    final Map<String, Integer> fileOrder = new HashMap<>();
    final Graph<String, DefaultEdge> requires = new DefaultDirectedGraph<>(DefaultEdge.class);

    final Roadmap roadmap;

    Old(Roadmap roadmap) {
      this.roadmap = roadmap;
      for (Milestone m : roadmap.milestones()) {
        if (byId.putIfAbsent(m.id(), m) == null) {
          fileOrder.put(m.id(), fileOrder.size());
          requires.addVertex(m.id());
        }
      }
      for (Milestone m : byId.values()) {
        for (Dependency d : m.requires()) {
          String p = d.target();
          if (byId.containsKey(p) && !p.equals(m.id())) {
            requires.addEdge(m.id(), p);
          }
        }
      }
    }

    boolean hasCycle() {
      return new CycleDetector<>(requires).detectCycles();
    }

    java.util.Optional<List<String>> topologicalOrder() {
      if (hasCycle()) {
        return java.util.Optional.empty();
      }
      Graph<String, DefaultEdge> reversed = new DefaultDirectedGraph<>(DefaultEdge.class);
      requires.vertexSet().forEach(reversed::addVertex);
      for (DefaultEdge e : requires.edgeSet()) {
        reversed.addEdge(requires.getEdgeTarget(e), requires.getEdgeSource(e));
      }
      List<String> order = new ArrayList<>();
      new TopologicalOrderIterator<>(reversed, Comparator.comparing(fileOrder::get))
          .forEachRemaining(order::add);
      return java.util.Optional.of(order);
    }

    Map<String, BitSet> ancestors(java.util.function.Predicate<Dependency> follow) {
      return ancestors(follow, false);
    }

    /** With {@code liveOnly}, a superseded or cancelled milestone is reached but not passed. */
    Map<String, BitSet> ancestors(
        java.util.function.Predicate<Dependency> follow, boolean liveOnly) {
      Map<String, BitSet> result = new HashMap<>();
      for (String id : topologicalOrder().orElseThrow()) {
        Milestone m = byId.get(id);
        BitSet set = new BitSet();
        for (Dependency d : m.requires()) {
          BitSet parent = result.get(d.target());
          if (parent != null && follow.test(d) && !d.target().equals(m.id())) {
            set.set(fileOrder.get(d.target()));
            if (!liveOnly || byId.get(d.target()).status().isLive()) {
              set.or(parent);
            }
          }
        }
        result.put(m.id(), set);
      }
      return result;
    }

    /**
     * Where the lookup-by-id versions of the checks report {@code code}: every milestone in file
     * order, duplicates included, each prerequisite looked up as the first milestone of its id.
     */
    List<String> positions(Code code) {
      List<String> out = new ArrayList<>();
      for (Milestone m : roadmap.milestones()) {
        if (code == Code.DUPLICATE_ID && byId.get(m.id()) != m) {
          Span at = roadmap.positions().of(m);
          out.add(at.line() + ":" + at.column());
        }
        for (int k = 0; k < m.requires().size(); k++) {
          Dependency d = m.requires().get(k);
          Milestone p = byId.get(d.target());
          boolean self = d.target().equals(m.id());
          boolean repeated =
              !self
                  && m.requires().subList(0, k).stream()
                      .anyMatch(e -> e.target().equals(d.target()));
          boolean report =
              switch (code) {
                // A second milestone of an id requires the first, not itself (RM200).
                case SELF_DEPENDENCY -> self && byId.get(m.id()) == m;
                case REPEATED_PREREQUISITE -> repeated;
                case UNKNOWN_PREREQUISITE -> p == null;
                // Not on a link that lies on a cycle: RM206 is its finding.
                case PREREQUISITE_IN_LATER_PHASE -> laterPhase(m, p) && !onCycle(m, p);
                case REQUIRES_WITHDRAWN ->
                    p != null && p != m && m.status().isLive() && !p.status().isLive();
                default -> false;
              };
          if (report) {
            Span at = roadmap.positions().ofRequirementTarget(m, k);
            out.add(at.line() + ":" + at.column());
          }
        }
      }
      out.sort(null);
      return out;
    }

    /** Whether {@code m} requires {@code p}, another milestone, of a later phase. */
    static boolean laterPhase(Milestone m, Milestone p) {
      return p != null && p != m && m.phase().equals("p") && p.phase().equals("q");
    }

    /**
     * Whether the link from {@code m} to {@code p} lies on a cycle: it is a link of the graph (of
     * the first milestone of an id, to another), and a path of links leads from {@code p} back to
     * {@code m}.
     */
    boolean onCycle(Milestone m, Milestone p) {
      return byId.get(m.id()) == m
          && p != m
          && BFSShortestPath.findPathBetween(requires, p.id(), m.id()) != null;
    }

    /** How many links require a milestone of a later phase and lie on a cycle. */
    int laterPhaseOnCycle() {
      int n = 0;
      for (Milestone m : roadmap.milestones()) {
        for (Dependency d : m.requires()) {
          Milestone p = byId.get(d.target());
          n += laterPhase(m, p) && onCycle(m, p) ? 1 : 0;
        }
      }
      return n;
    }

    List<String> redundant() {
      if (hasCycle()) {
        return List.of();
      }
      Map<String, BitSet> anc = ancestors(GraphOracleTest::plainOrLagged, true);
      List<String> out = new ArrayList<>();
      for (Milestone m : byId.values()) {
        for (int k = 0; k < m.requires().size(); k++) {
          Dependency d = m.requires().get(k);
          String p = d.target();
          if (d.type() != dev.roadmap.model.DependencyType.FINISH_TO_START
              || d.lagDays() > 0
              || !fileOrder.containsKey(p)
              || p.equals(m.id())) {
            continue;
          }
          for (Dependency other : m.requires()) {
            String q = other.target();
            if (q.equals(p)
                || q.equals(m.id())
                || !plainOrLagged(other)
                || !byId.containsKey(q)
                || !byId.get(q).status().isLive()) {
              continue;
            }
            BitSet via = anc.get(q);
            if (via != null && via.get(fileOrder.get(p))) {
              Span at = roadmap.positions().ofRequirementTarget(m, k);
              out.add(
                  at.line()
                      + ":"
                      + at.column()
                      + " '"
                      + m.id()
                      + "' requires '"
                      + p
                      + "', which '"
                      + q
                      + "' already requires");
              break;
            }
          }
        }
      }
      return out.stream().sorted().toList();
    }

    List<String> unready() {
      if (hasCycle()) {
        return List.of();
      }
      Map<String, BitSet> anc = ancestors(d -> true);
      List<Milestone> byIndex = new ArrayList<>(byId.values());
      List<String> out = new ArrayList<>();
      for (Milestone m : byIndex) {
        if (m.kind() != Kind.TRANSFER || m.mission() == null || !m.status().isLive()) {
          continue;
        }
        boolean ready =
            anc.get(m.id()).stream()
                .mapToObj(byIndex::get)
                .anyMatch(
                    p ->
                        (p.kind() == Kind.CAPABILITY || p.kind() == Kind.EVALUATION)
                            && p.status().isLive()
                            && (p.mission() == null || p.mission().equals(m.mission())));
        // A transfer with a prerequisite that is not defined is left to RM201.
        boolean unknown = m.requires().stream().anyMatch(d -> !byId.containsKey(d.target()));
        if (!ready && !unknown) {
          Span at = roadmap.positions().of(m);
          out.add(
              at.line()
                  + ":"
                  + at.column()
                  + " transfer '"
                  + m.id()
                  + "' of mission '"
                  + m.mission()
                  + "' has no capability or evaluation milestone before it");
        }
      }
      return out.stream().sorted().toList();
    }
  }
}
