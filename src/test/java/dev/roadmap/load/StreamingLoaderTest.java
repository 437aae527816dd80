package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The streamed milestones (YamlReader.readStreaming) give what a whole-tree load gives: the same
 * roadmap and the same findings in the same order, for every file the tests hold and for the cases
 * where streaming has to step aside (duplicates, anchors, merges, limits, late errors).
 */
class StreamingLoaderTest {
  private static final List<Limits> LIMITS =
      List.of(
          Limits.DEFAULT,
          new Limits(64L << 20, 64, 100, 1 << 20, 2, 4),
          new Limits(64L << 20, 64, 100, 1 << 20, 1, 0));

  private static final String HEAD =
      """
      roadmap: 1
      title: T
      start: 2004-01-01
      phases:
        - id: p1
      """;

  static final List<String> CASES =
      List.of(
          // a duplicate 'milestones': the first is streamed, the second reported and dropped
          HEAD
              + """
              milestones:
                - {id: a, title: A, phase: p1, bogus: 1}
                - {id: b, title: B, title: B2, phase: p1}
              milestones:
                - {id: c, titl: C, phase: p1}
              """,
          // a duplicate whose first value is not a list: nothing is streamed
          """
          milestones: 3
          milestones:
            - {id: c, titl: C, phase: p1}
          """
              + HEAD,
          // milestones before the top level: their findings still come after the top level's
          """
          milestones:
            - id: a
              titel: A
              phase: px
              requires: [Bad, b]
            - {id: b, phase: p1, x: 1}
          roadmap: 1
          title: T
          start: 2004-13-01
          phases:
            - {id: P1, nme: x}
          extra: 1
          """,
          // an anchored list may be aliased later: read as a tree
          HEAD
              + """
              milestones: &ms
                - {id: a, title: A, phase: p1}
              x: *ms
              """,
          HEAD
              + """
              milestones: &ms
                - {id: a, title: A, phase: p1}
              <<: *ms
              """,
          // anchors, aliases and merge keys inside and around the items
          HEAD
              + """
              base: &b
                phase: p1
                kind: decison
              milestones:
                - &m1
                  <<: *b
                  id: a
                  title: A
                - <<: *m1
                  id: b
                - *m1
                - <<: 3
                  id: c
                - *nope
                - {id: d, title: &t T, phase: p1, requires: [*x]}
                - {id: e, title: *t, phase: p1, deadline: 2004-02-30, duration: 100000d}
              after: *m1
              """,
          // a syntax error after findings in the milestones: only the reader's findings remain
          HEAD
              + """
              milestones:
                - {id: a, title: A, phase: p1, bad: 1}
                - id: b
                  title: [x
              """,
          HEAD
              + """
              milestones:
                - {id: a, title: A, phase: p1, bad: 1}
              ---
              x: 1
              """,
          HEAD + "milestones: [{id: a, title: A, phase: p1, zz: 1}, 3, [1], ~]\n",
          HEAD + "milestones:\n",
          HEAD
              + """
              "milestones":
                - id: a
                  title: A
                  phase: p1
                  title: again
                - {id: b, title: B, phase: p1, requires: [a, {id: a, type: sideways, lag: 3x}]}
                - {id: c, title: C, phase: p1, requires: [a, b, a, b, a]}
              """,
          "- 1\n- 2\n");

  private static void assertSame(String name, String text) {
    for (Limits limits : LIMITS) {
      LoadResult streamed = RoadmapLoader.load(name, text, limits);
      LoadResult tree = RoadmapLoader.loadWithoutStreaming(name, text, limits);
      assertThat(streamed.diagnostics())
          .as("%s, at most %d milestones", name, limits.maxMilestones())
          .containsExactlyElementsOf(tree.diagnostics());
      assertThat(streamed.roadmap())
          .as("%s, at most %d milestones", name, limits.maxMilestones())
          .isEqualTo(tree.roadmap());
    }
  }

  /**
   * The ordinary file is streamed: each milestone reaches the sink, in file order, as it is read,
   * and the tree keeps an empty list in its place. (The comparisons here would pass too if
   * streaming never happened; this one would not.)
   */
  @Test
  void anOrdinaryMilestonesListIsStreamedNotKept() {
    String text =
        """
        roadmap: 1
        title: T
        start: 2024-01-01
        phases: [{id: p1}]
        milestones:
          - {id: a, title: A, phase: p1}
          - id: b
            title: B
            phase: p1
            requires: [a]
        """;
    List<String> seen = new java.util.ArrayList<>();
    List<dev.roadmap.diag.Diagnostic> diagnostics = new java.util.ArrayList<>();
    YamlReader.Document doc =
        YamlReader.readStreaming(
            "t.yaml",
            text,
            Limits.DEFAULT,
            diagnostics,
            "milestones",
            item ->
                seen.add(
                    ((YamlNode.Mapping) item).entries().get(0).value() instanceof YamlNode.Scalar s
                        ? s.text() + "@" + item.span().line()
                        : "?"));
    assertThat(diagnostics).isEmpty();
    assertThat(seen).containsExactly("a@6", "b@7");
    assertThat(doc.streamed()).isNotNull();
    assertThat(doc.streamed().items()).isEmpty();
    assertThat(doc.streamed().span().line()).isEqualTo(6);
  }

  @Test
  void casesWhereStreamingStepsAside() {
    for (int i = 0; i < CASES.size(); i++) {
      assertSame("case" + i + ".yaml", CASES.get(i));
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFileOfTheTests() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(TestFiles.resources())) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    return files.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    TestFiles.resources().relativize(p).toString(),
                    () -> {
                      byte[] bytes;
                      try {
                        bytes = Files.readAllBytes(p);
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                      String text = TextDecoder.decode(p.toString(), bytes).text();
                      if (text != null) {
                        assertSame(p.getFileName().toString(), text);
                      }
                    }));
  }

  @Test
  void quickChecksAgreeWithThePatterns() {
    List<String> words =
        List.of("", "a", "0", "a-b", "a.b_c", "-a", ".a", "_a", "A", "a b", "é", "a:", "9z", "a--");
    for (String w : words) {
      assertThat(Values.isId(w)).as(w).isEqualTo(Values.ID.matcher(w).matches());
    }
    List<String> durations =
        List.of(
            "",
            "d",
            "w",
            "1",
            "1d",
            "0d",
            "12w",
            "+3d",
            "-3d",
            "-0d",
            "999999d",
            "1000000d",
            "36525d",
            "36526d",
            "5218w",
            "5219w",
            "3x",
            "3D",
            "٣d",
            "+-3d",
            "3dd",
            " 3d");
    java.util.regex.Pattern duration = java.util.regex.Pattern.compile("([+-]?)(\\d{1,6})([dw])");
    for (String d : durations) {
      for (boolean signed : new boolean[] {false, true}) {
        java.util.regex.Matcher m = duration.matcher(d);
        Integer expected = null;
        if (m.matches() && (signed || m.group(1).isEmpty())) {
          int n = Integer.parseInt(m.group(2)) * (m.group(3).equals("w") ? 7 : 1);
          if (n <= Values.MAX_DAYS) {
            expected = m.group(1).equals("-") ? -n : n;
          }
        }
        assertThat(Values.quickDays(d, signed)).as(d + " " + signed).isEqualTo(expected);
      }
    }
  }
}
