package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SnakeYAML's parser on a thread of its own (EventPump) changes nothing that a load gives: the same
 * roadmap and the same findings in the same order as the parser on the reader's thread, for every
 * file the tests hold, the cases where streaming steps aside, and big files that end in an error or
 * stop early at a limit. And the thread goes away when the reader stops.
 */
class EventPumpTest {
  /** The parser on a thread of its own for every text, and for none. */
  private static final ReadOptions PUMP = new ReadOptions(0);

  private static final ReadOptions DIRECT = new ReadOptions(Integer.MAX_VALUE);

  @BeforeEach
  void twoCores() {
    assumeTrue(
        Runtime.getRuntime().availableProcessors() > 1,
        "the parser thread runs only on a machine of two or more cores; this one has one");
  }

  private static LoadResult load(String name, String text, Limits limits, boolean pump) {
    return RoadmapLoader.load(name, text, limits, pump ? PUMP : DIRECT);
  }

  /** Whether the reader runs the parser on a thread of its own for {@code text}. */
  private static boolean pumps(String name, String text, Limits limits, ReadOptions options) {
    return YamlReader.readStreaming(
            name, text, limits, new ArrayList<>(), "milestones", item -> {}, options)
        .pumped();
  }

  /**
   * Loads with and without the pump and compares; true when the pump ran (text the reader turns
   * away before parsing, such as a control character, gets none).
   */
  private static boolean assertSameBothWays(String name, String text, Limits limits) {
    LoadResult pumped = load(name, text, limits, true);
    boolean ran = pumps(name, text, limits, PUMP);
    LoadResult direct = load(name, text, limits, false);
    assertThat(pumps(name, text, limits, DIRECT)).as("no pump for %s", name).isFalse();
    assertThat(pumped.diagnostics()).as(name).containsExactlyElementsOf(direct.diagnostics());
    assertThat(pumped.roadmap()).as(name).isEqualTo(direct.roadmap());
    return ran;
  }

  @Test
  void everyFileOfTheTestsLoadsTheSame() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(TestFiles.resources())) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    int pumped = 0;
    for (Path p : files) {
      String text = TextDecoder.decode(p.toString(), Files.readAllBytes(p)).text();
      if (text != null && assertSameBothWays(p.getFileName().toString(), text, Limits.DEFAULT)) {
        pumped++;
      }
    }
    assertThat(pumped).isGreaterThan(300);
    for (int i = 0; i < StreamingLoaderTest.CASES.size(); i++) {
      assertSameBothWays("case" + i + ".yaml", StreamingLoaderTest.CASES.get(i), Limits.DEFAULT);
    }
  }

  /** A roadmap of {@code n} milestones: a few thousand make many batches of events. */
  private static String big(int n, String last) {
    StringBuilder b =
        new StringBuilder("roadmap: 1\ntitle: T\nstart: 2004-01-01\nphases: [{id: p1}]\n");
    b.append("milestones:\n");
    for (int i = 0; i < n; i++) {
      b.append("  - id: m").append(i).append("\n    title: M").append(i);
      b.append("\n    phase: p1\n");
      if (i > 0) {
        b.append("    requires: [m").append(i - 1).append("]\n");
      }
    }
    return b.append(last).toString();
  }

  @Test
  void bigFilesThatFailLateOrStopEarlyLoadTheSame() {
    assertThat(assertSameBothWays("ok.yaml", big(3000, ""), Limits.DEFAULT)).isTrue();
    // a syntax error after thousands of events: handed over after them
    assertThat(assertSameBothWays("late.yaml", big(3000, "  - id: [x\n"), Limits.DEFAULT)).isTrue();
    assertThat(assertSameBothWays("dup.yaml", big(3000, "title: again\n"), Limits.DEFAULT))
        .isTrue();
    // limits that stop the reader while the pump is ahead of it
    for (Limits limits :
        List.of(
            new Limits(64L << 20, 2, 100, 1 << 20, 10, 4),
            new Limits(64L << 20, 64, 100, 1, 10, 4),
            new Limits(64L << 20, 64, 100, 1 << 20, 5, 4))) {
      assertThat(assertSameBothWays("limits.yaml", big(3000, ""), limits)).isTrue();
    }
  }

  @Test
  void aFileOfAMebibyteOrMoreGetsThePumpBySize() {
    String small = big(100, "");
    String large = big(20_000, "");
    assertThat(small.length()).isLessThan(EventPump.MIN_CHARS);
    assertThat(large.length()).isGreaterThanOrEqualTo(EventPump.MIN_CHARS);
    assertThat(pumps("small.yaml", small, Limits.DEFAULT, ReadOptions.DEFAULT)).isFalse();
    assertThat(pumps("large.yaml", large, Limits.DEFAULT, ReadOptions.DEFAULT)).isTrue();
  }

  @Test
  void theParserThreadEndsWhenTheReaderStops() throws InterruptedException {
    String text = big(20_000, "");
    // The reader stops at the first value over one character, far ahead of the pump's end.
    LoadResult r =
        RoadmapLoader.load("stop.yaml", text, new Limits(64L << 20, 64, 100, 1, 10, 4), PUMP);
    assertThat(r.roadmap()).isNull();
    assertThat(r.diagnostics()).extracting(d -> d.code().id()).containsExactly("RM112");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (pumpThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(pumpThreads()).isZero();
  }

  @Test
  void thePrescanStopsAPumpThatStartedBeforeIt() throws InterruptedException {
    // The pump starts first and parses while the prescan runs; text the prescan turns away (a
    // control character, a line over the limit in a value the parser is in the middle of) gives
    // the prescan's finding alone, and the pump's thread ends.
    String control = big(20_000, "  - id: x\u0001\n");
    assertThat(assertSameBothWays("control.yaml", control, Limits.DEFAULT)).isTrue();
    String longLine = big(10, "  - id: x\n    title: " + "w".repeat(4 << 20) + "\n");
    assertThat(assertSameBothWays("long.yaml", longLine, Limits.DEFAULT)).isTrue();
    assertThat(load("long.yaml", longLine, Limits.DEFAULT, true).diagnostics())
        .extracting(d -> d.code().id())
        .containsExactly("RM112");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (pumpThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(pumpThreads()).isZero();
  }

  private static int pumpThreads() {
    List<String> names = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("roadmap-yaml-parser") && t.isAlive()) {
        names.add(t.getName());
      }
    }
    return names.size();
  }
}
