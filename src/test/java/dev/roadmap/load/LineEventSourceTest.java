package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link LineEventSource} gives exactly SnakeYAML's events: on every YAML file of the project, and
 * on variants of them with a character, a line or an indentation changed (which put many of them
 * outside the subset it reads, or make them wrong YAML), it gives the same events with the same
 * values, styles and marks, and fails where SnakeYAML fails, with the same error.
 */
class LineEventSourceTest {

  /** What the reader can see of each event, one line each; an error ends the list. */
  private static List<String> events(EventSource source) {
    List<String> out = new ArrayList<>();
    try {
      Event e;
      while ((e = source.next()) != null) {
        out.add(describe(e));
        if (e.is(Event.ID.StreamEnd)) {
          break;
        }
      }
    } catch (RuntimeException x) {
      out.add("error " + x.getClass().getSimpleName() + ": " + x.getMessage());
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return out;
  }

  private static String describe(Event e) {
    StringBuilder b = new StringBuilder(e.getEventId().toString());
    b.append(' ').append(mark(e.getStartMark())).append('-').append(mark(e.getEndMark()));
    if (e instanceof NodeEvent n) {
      b.append(" anchor=").append(n.getAnchor());
    }
    if (e instanceof ScalarEvent s) {
      b.append(" tag=").append(s.getTag());
      b.append(" implicit=").append(s.getImplicit().canOmitTagInPlainScalar());
      b.append('/').append(s.getImplicit().canOmitTagInNonPlainScalar());
      b.append(" style=").append(s.getScalarStyle());
      b.append(" value=[").append(s.getValue()).append(']');
    }
    if (e instanceof CollectionStartEvent c) {
      b.append(" tag=").append(c.getTag());
      b.append(" implicit=").append(c.getImplicit());
      b.append(" flow=").append(c.getFlowStyle());
    }
    return b.toString();
  }

  private static String mark(Mark m) {
    return m == null ? "null" : m.getIndex() + ":" + m.getLine() + ":" + m.getColumn();
  }

  private static EventSource snakeyaml(String text) {
    ParserImpl parser =
        new ParserImpl(new StreamReader(new StringReader(text)), new LoaderOptions());
    return new EventSource() {
      @Override
      public Event next() {
        return parser.getEvent();
      }

      @Override
      public void close() {}
    };
  }

  private static LineEventSource lines(String text) {
    return new LineEventSource(
        text, Long.MAX_VALUE, () -> new DirectEventSource(text, new LoaderOptions()));
  }

  /**
   * Whether the loader would parse the text at all: {@link Prescan} first refuses a character that
   * SnakeYAML does not read (a control character), and text decoded from a file ({@link
   * TextDecoder}) holds no half of a surrogate pair, which a change of one character can leave.
   * SnakeYAML finds such a character up to 1,024 characters ahead of what it parses, and so after
   * fewer events than the lines would give.
   */
  private static boolean parsed(String text) {
    return Prescan.check("f", text, Limits.DEFAULT, new ArrayList<>())
        && text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  /** Both give the same events, or the first that differs is shown with its text. */
  private static void assertSame(String what, String text, LineEventSource lines) {
    List<String> expected = events(snakeyaml(text));
    List<String> actual = events(lines);
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : "(none)";
      String a = i < actual.size() ? actual.get(i) : "(none)";
      assertThat(a).as("event %d of %s:\n%s", i, what, text).isEqualTo(e);
    }
  }

  private static List<Path> corpus() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("roadmaps", "src/test/resources", "src/main/resources", "docs")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  private static String read(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }

  @Test
  void everyYamlFileOfTheProjectGivesSnakeYamlsEvents() throws IOException {
    List<Path> files = corpus();
    assertThat(files).hasSizeGreaterThan(300);
    int read = 0;
    for (Path p : files) {
      String text = read(p);
      if (!parsed(text)) {
        continue;
      }
      LineEventSource source = lines(text);
      assertSame(p.toString(), text, source);
      if (!source.handedOver()) {
        read++;
      }
    }
    // Most of them are read to their end without SnakeYAML's scanner.
    assertThat(read).isGreaterThan(files.size() / 2);
  }

  /** The roadmaps of the project are read to their end without SnakeYAML's scanner. */
  @Test
  void theSampleRoadmapsAreReadWithoutSnakeYamlsScanner() throws IOException {
    List<Path> samples;
    try (Stream<Path> walk = Files.walk(Path.of("roadmaps"))) {
      samples = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(samples).contains(Path.of("roadmaps/opcon-transition.yaml"));
    for (Path p : samples) {
      LineEventSource source = lines(read(p));
      List<String> events = events(source);
      assertThat(source.handedOver()).as(p.toString()).isFalse();
      assertThat(events).last().asString().startsWith("StreamEnd");
    }
  }

  @Test
  void theShapesOfTheBenchmarkAreReadWithoutSnakeYamlsScanner() {
    String text =
        """
        # Generated
        roadmap: 1
        title: Generated roadmap of 3 milestones (seed 1)
        start: 2027-01-04
        milestones:
          - id: m1
            title: Equip brigade command post 39
            duration: 2d
          - id: m2
            requires: [m1]
            after: []
          - id: m3
            requires:
              - id: m2
                type: finish-to-start
                lag: -2d
            depends: [{id: m1, lag: 2w}, {id: m2, type: start-to-start, lag: 11d}]
            title: "35th SCM: ROK ready"
            note: 'it''s done' # a comment
        empty:
        list:
        - a
        -
        - 'b'
        """;
    LineEventSource source = lines(text);
    assertSame("the shapes", text, source);
    assertThat(source.handedOver()).isFalse();
  }

  @Test
  void aFileOutsideTheSubsetIsHandedOverWhereItLeavesIt() {
    for (String text :
        List.of(
            "a: 1\nb: |2\n  text\n",
            "a: &x 1\nb: *x\n",
            "a: b\n  c\n",
            "a: \"x\\ty\"\n",
            "a:\tb\n",
            "a: [1,\n  2]\n",
            "--- \na: 1\n",
            "a: b: c\n",
            "a: 1\n b: 2\n",
            "a: \"x\n",
            "",
            "# only a comment\n",
            "a: \uD83D\uDE00\n",
            "a: 1\r\nb: 2\r\n",
            "a: \uFFFE\n",
            "a: {" + "k".repeat(1000) + " ".repeat(30) + ": b}\n")) {
      LineEventSource source = lines(text);
      assertSame("a text", text, source);
      assertThat(source.handedOver()).as(text).isTrue();
    }
  }

  private static final String[] INSERTS = {
    " ", "  ", "\n", ":", ": ", "-", "- ", "#", " #", "'", "\"", "[", "]", "{", "}", ",", "\t", "a",
    "\u00e9", "\uD55C", "\u2028", "?", "&", "*", "!", "|", ">", "\\", "''", "~", "%", "@", "---",
    "\r", "\u00a0", "\uFEFF"
  };

  /** A copy of {@code text} with one to three random changes. */
  private static String mutate(String text, Random random) {
    StringBuilder b = new StringBuilder(text);
    int changes = 1 + random.nextInt(3);
    for (int n = 0; n < changes && b.length() > 0; n++) {
      int at = random.nextInt(b.length());
      int lineStart = b.lastIndexOf("\n", at) + 1;
      int lineEnd = b.indexOf("\n", at);
      if (lineEnd < 0) {
        lineEnd = b.length();
      }
      switch (random.nextInt(7)) {
        case 0, 1 -> b.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
        case 2 -> b.deleteCharAt(at);
        case 3 -> b.insert(lineStart, random.nextBoolean() ? " " : "  ");
        case 4 -> {
          if (b.length() > lineStart && b.charAt(lineStart) == ' ') {
            b.deleteCharAt(lineStart);
          }
        }
        case 5 -> b.insert(lineStart, b.substring(lineStart, Math.min(b.length(), lineEnd + 1)));
        default -> b.delete(lineStart, Math.min(b.length(), lineEnd + 1));
      }
    }
    return b.toString();
  }

  /** Block scalars are few in the project's files: variants of one that holds many of them. */
  @Test
  void variantsOfBlockScalarsGiveSnakeYamlsEventsOrSnakeYamlsError() {
    String text =
        """
        milestones:
          - id: a
            notes: |
              First line,
                more indented,

              after a blank line.
            summary: >  # folded
              Folded text
              on two lines,

                one more indented
              and the last.


            keep: |+
              kept

          - id: b
            strip: >-
              stripped
          - |
            in a list
          - >+
            kept at the end

        last: |
          at the end of the text
        """;
    Random random = new Random(Long.getLong("lines.seed", 20261207));
    int variants = 60 * Integer.getInteger("lines.variants", 40);
    int read = 0;
    for (int i = 0; i < variants; i++) {
      String variant = i == 0 ? text : mutate(text, random);
      if (!parsed(variant)) {
        continue;
      }
      LineEventSource source = lines(variant);
      assertSame("the block scalars", variant, source);
      if (i == 0) {
        assertThat(source.handedOver()).as("the text as written is read").isFalse();
      }
      read += source.handedOver() ? 0 : 1;
    }
    assertThat(read).isGreaterThan(variants / 10);
  }

  @Test
  void variantsOfEveryFileGiveSnakeYamlsEventsOrSnakeYamlsError() throws IOException {
    // More with -Dlines.variants=N (per small file; five times as many per large one) and another
    // seed with -Dlines.seed=S.
    Random random = new Random(Long.getLong("lines.seed", 20261207));
    int each = Integer.getInteger("lines.variants", 40);
    int handedOver = 0;
    int variants = 0;
    for (Path p : corpus()) {
      String text = read(p);
      int n = text.length() > 20_000 ? 5 * each : each;
      for (int i = 0; i < n; i++) {
        String variant = mutate(text, random);
        if (!parsed(variant)) {
          continue;
        }
        LineEventSource source = lines(variant);
        assertSame(p + " changed", variant, source);
        variants++;
        if (source.handedOver()) {
          handedOver++;
        }
      }
    }
    // Both paths are taken: a variant read to its end by the lines, another handed over.
    assertThat(handedOver).isBetween(variants / 10, variants - variants / 10);
  }
}
