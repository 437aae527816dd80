package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private static Env env(Map<String, String> vars, boolean errTerminal) {
    return new Env(
        vars, new ByteArrayInputStream(new byte[0]), false, Clock.systemUTC(), errTerminal);
  }

  @Test
  void shownOnlyOnATerminalOutsideCiAndWhenWanted() {
    assertThat(Progress.shown(env(Map.of(), true), true)).isTrue();
    assertThat(Progress.shown(env(Map.of("CI", "false"), true), true)).isTrue();
    assertThat(Progress.shown(env(Map.of(), false), true)).as("stderr not a terminal").isFalse();
    assertThat(Progress.shown(env(Map.of(), true), false)).as("--no-progress").isFalse();
    assertThat(Progress.shown(env(Map.of("CI", "true"), true), true)).as("CI=true").isFalse();
    assertThat(Progress.shown(env(Map.of("CI", "1"), true), true)).as("CI=1").isFalse();
    assertThat(Progress.shown(env(Map.of("TERM", "dumb"), true), true)).isFalse();
  }

  @Test
  void offProgressDrawsNothingAndIgnoresEverything() {
    Progress p = Progress.off();
    p.stage("reading", "x.yaml");
    p.step(5, 10, "");
    p.step(7);
    p.close();
    assertThat(p.silent()).isTrue();
  }

  /** A progress whose drawing thread never draws (its delay is a day): lines are asked for. */
  private static Progress quiet(AtomicLong clock, int width) {
    return Progress.start(new PrintWriter(new StringWriter()), 86_400 * SECOND, clock::get, width);
  }

  @Test
  void aLineSaysTheStageTheFileABarAndThePercentage() {
    AtomicLong clock = new AtomicLong();
    try (Progress p = quiet(clock, 80)) {
      p.stage("reading", "roadmaps/big.yaml");
      p.step(250, 1000, "");
      assertThat(p.line(clock.get()))
          .isEqualTo("roadmap: reading roadmaps/big.yaml [#####...............]  25%");
    }
  }

  @Test
  void theFilesARoadmapIncludesAreCounted() {
    AtomicLong clock = new AtomicLong();
    String top = "roadmaps/examples/opcon-split/opcon-transition.yaml";
    Sources.Source source = new Sources.Source(top, TestFiles.read(TestFiles.root().resolve(top)));
    try (Progress p = quiet(clock, 100)) {
      IncludedFiles.Result r =
          IncludedFiles.of(
              source,
              dev.roadmap.load.RoadmapLoader.load(top, source.text()),
              dev.roadmap.load.Limits.DEFAULT,
              p);
      assertThat(r.parts()).hasSize(3);
      assertThat(p.line(clock.get()))
          .isEqualTo(
              "roadmap: reading …-split/missions/3-conditions-based.yaml 4 of 4 files"
                  + " [#####################] 100%");
    }
  }

  @Test
  void checksAreCountedWithoutABar() {
    AtomicLong clock = new AtomicLong();
    try (Progress p = quiet(clock, 80)) {
      p.stage("checking", "big.yaml");
      p.step(3, 10, "checks");
      assertThat(p.line(clock.get())).isEqualTo("roadmap: checking big.yaml: 3 of 10 checks");
    }
  }

  @Test
  void aStageWithoutAShareSaysHowLongItHasTaken() {
    AtomicLong clock = new AtomicLong();
    try (Progress p = quiet(clock, 80)) {
      p.stage("scheduling", "big.yaml");
      clock.set(7 * SECOND + 5);
      assertThat(p.line(clock.get())).isEqualTo("roadmap: scheduling big.yaml (7 s)");
    }
  }

  @Test
  void aLineNeverFillsTheTerminalAndALongPathLosesItsStartFirst() {
    AtomicLong clock = new AtomicLong();
    String path = "some/very/long/directory/name/that/goes/on/and/on/roadmap-of-everything.yaml";
    for (int width : new int[] {20, 40, 60, 80, 120, 200}) {
      try (Progress p = quiet(clock, width)) {
        p.stage("reading", path);
        p.step(1, 3, "");
        String line = p.line(clock.get());
        assertThat(line.length()).as("width %d: %s", width, line).isLessThan(width);
        if (width >= 60) {
          assertThat(line).contains("everything.yaml").endsWith(" 33%");
        }
      }
    }
  }

  @Test
  void aNameIsShownEscapedAndCutWithoutSplittingACharacter() {
    AtomicLong clock = new AtomicLong();
    try (Progress p = quiet(clock, 50)) {
      p.stage("reading", "evil\u001b[2J-\ud83d\ude00".repeat(5) + ".yaml");
      String line = p.line(clock.get());
      assertThat(line).doesNotContain("\u001b").endsWith(".yaml (0 s)");
      assertThat(line.codePoints().allMatch(c -> !Character.isSurrogate((char) c) || c > 0xFFFF))
          .as("no half of a surrogate pair: %s", line)
          .isTrue();
    }
  }

  @Test
  void theEstimateComesFromTheRecentRateAndOnlyOnceItCanBeHonest() {
    AtomicLong clock = new AtomicLong();
    try (Progress p = quiet(clock, 100)) {
      p.stage("reading", "big.yaml");
      long total = 1000;
      // Slow at first (a JVM warming up), then 10 units a quarter second: 40 a second.
      long done = 0;
      String line = "";
      for (int tick = 1; tick <= 40; tick++) {
        done += tick <= 8 ? 1 : 10;
        clock.addAndGet(SECOND / 4);
        p.step(done, total, "");
        line = p.line(clock.get());
        if (tick < 12) {
          assertThat(line).as("tick %d", tick).doesNotContain("left");
        }
      }
      // 328 done at 40 a second: 672 left take about 17 s (the start's slow rate is forgotten).
      assertThat(done).isEqualTo(328);
      assertThat(line).endsWith(" 32%, about 17 s left");
    }
  }

  @Test
  void drawsAfterItsDelayAndErasesItsLineWhenClosed() throws Exception {
    StringWriter out = new StringWriter();
    Progress p = Progress.start(new PrintWriter(out), 0, System::nanoTime, 80);
    p.stage("reading", "big.yaml");
    p.step(1, 2, "");
    long deadline = System.nanoTime() + 10 * SECOND;
    while (!out.toString().contains("50%") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    p.close();
    String drawn = out.toString();
    assertThat(drawn).startsWith("\rroadmap: reading big.yaml").endsWith("\r\033[K");
    p.close(); // twice is harmless
    assertThat(out.toString()).isEqualTo(drawn);
  }

  @Test
  void nothingIsDrawnBeforeTheDelay() throws Exception {
    StringWriter out = new StringWriter();
    Progress p = Progress.start(new PrintWriter(out), 3600 * SECOND, System::nanoTime, 80);
    p.stage("reading", "big.yaml");
    Thread.sleep(Progress.INTERVAL_NANOS / 1_000_000 * 2);
    p.close();
    assertThat(out.toString()).isEmpty();
  }
}
