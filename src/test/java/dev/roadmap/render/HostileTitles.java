package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.cli.Env;
import dev.roadmap.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The shared corpus of hostile titles ({@code src/test/resources/consumers/hostile-titles.yaml}):
 * milestone {@code tNN} has title NN, phase {@code pNN} has name NN, authority {@code aNN} and
 * mission {@code mNN} have name NN, and the roadmap's own title is hostile too. The strings are
 * read from the file by SnakeYAML alone, not by roadmap's loader, so that "as written" does not
 * depend on the code under test.
 *
 * <p>Each {@code HostileTitles*Test} gives every export of the corpus, as the command line writes
 * it to a file, to the export's real consumer, and checks that each title is shown as written, in
 * the sense docs/reliability.md gives for that format. The methods here are those senses' shared
 * parts.
 */
final class HostileTitles {
  static final Path FILE = TestFiles.resources().resolve("consumers/hostile-titles.yaml");

  /** A milestone of the corpus: its id, its phase's id, and its title and phase name as written. */
  record Title(String id, String phase, String written, String phaseName) {
    @Override
    public String toString() {
      return id; // the parameterised tests' display names: ids, not raw escapes
    }
  }

  private static Map<String, Object> yaml;

  private HostileTitles() {}

  @SuppressWarnings("unchecked")
  private static synchronized Map<String, Object> yaml() {
    if (yaml == null) {
      yaml = new Yaml().load(TestFiles.read(FILE));
    }
    return yaml;
  }

  /** The roadmap's title as written. */
  static String roadmapTitle() {
    return (String) yaml().get("title");
  }

  /** The corpus, in file order. */
  @SuppressWarnings("unchecked")
  static List<Title> titles() {
    Map<String, String> phases = new java.util.HashMap<>();
    for (Map<String, Object> p : (List<Map<String, Object>>) yaml().get("phases")) {
      phases.put((String) p.get("id"), (String) p.get("name"));
    }
    List<Title> titles = new ArrayList<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) yaml().get("milestones")) {
      String phase = (String) m.get("phase");
      titles.add(
          new Title((String) m.get("id"), phase, (String) m.get("title"), phases.get(phase)));
    }
    return titles;
  }

  /** What every file the command line writes does first: each lone surrogate becomes U+FFFD. */
  static String encodable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  /** Runs of whitespace (space, tab, line breaks) as one space, none at the ends. */
  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /**
   * A title as a one-line label shows it (Mermaid, DOT): on one line ({@link #oneLine}), every
   * control, bidirectional or invisible format character as its {@code \\uXXXX} escape ({@link
   * Printable}), a lone surrogate as U+FFFD, and a blank title as the milestone's id.
   */
  static String label(String written, String id) {
    String shown = encodable(Printable.of(oneLine(written)));
    return shown.isEmpty() ? id : shown;
  }

  /** Runs {@code roadmap ARGS}, which must end with {@code exitCode} and write {@code out}. */
  static String run(int exitCode, Path out, String... args) throws IOException {
    List<String> all = List.of(args);
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    Env env =
        new Env(
            Map.of(),
            InputStream.nullInputStream(),
            false,
            Clock.fixed(Instant.parse("2024-01-01T12:00:00Z"), ZoneOffset.UTC));
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e), env);
    assertThat(code).as("exit code of %s; stderr: %s", all, e).isEqualTo(exitCode);
    assertThat(Files.exists(out)).as("%s written", out).isTrue();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The corpus exported as {@code format}, as {@code export -o} writes it. */
  static String export(String format, Path dir) throws IOException {
    Path out = dir.resolve("hostile-titles." + format);
    return run(0, out, "export", FILE.toString(), "--format", format, "-o", out.toString());
  }
}
