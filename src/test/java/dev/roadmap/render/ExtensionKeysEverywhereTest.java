package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On every mapping of the format, {@code x-} keys are kept and written to the JSON export under the
 * matching object, byte for byte as the other fields are written; an unknown key that does not
 * start with {@code x-} stays RM101 with its "did you mean".
 */
class ExtensionKeysEverywhereTest {
  /**
   * A mapping kind of the format: the placeholder of its keys in {@link #FILE}, the indentation of
   * that placeholder, the indentation of its object in the JSON export, the key a misspelt field
   * stands for, and how the RM101 message names the mapping.
   */
  enum Kind {
    TOP("TOP", "", "  ", "title", "the roadmap"),
    AUTHORITY("AUTHORITY", "    ", "      ", "name", "an authority"),
    MISSION("MISSION", "    ", "      ", "name", "a mission"),
    GROUP("GROUP", "    ", "      ", "name", "a mission group"),
    SOURCE("SOURCE", "    ", "      ", "publisher", "a source"),
    PHASE("PHASE", "    ", "      ", "name", "a phase"),
    MILESTONE("MILESTONE", "    ", "      ", "notes", "a milestone"),
    PREREQUISITE("PREREQUISITE", "        ", "          ", "lag", "a prerequisite"),
    LINK("LINK", "        ", "          ", "title", "a link");

    final String placeholder;
    final String yamlIndent;
    final String jsonIndent;
    final String field;
    final String what;

    Kind(String placeholder, String yamlIndent, String jsonIndent, String field, String what) {
      this.placeholder = "{" + placeholder + "}";
      this.yamlIndent = yamlIndent;
      this.jsonIndent = jsonIndent;
      this.field = field;
      this.what = what;
    }
  }

  private static final String FILE =
      """
      roadmap: 1
      title: T
      start: 2024-01-01
      {TOP}
      authorities:
        - id: usfk
          {AUTHORITY}
        - id: rok-army
      mission-groups:
        - id: g
          {GROUP}
      missions:
        - id: m
          from: usfk
          to: rok-army
          group: g
          {MISSION}
      sources:
        - id: s1
          {SOURCE}
      phases:
        - id: p
          {PHASE}
      milestones:
        - id: a
          title: A
          phase: p
          date: 2024-01-31
          source: [s1]
          {MILESTONE}
        - id: b
          title: B
          phase: p
          requires:
            - id: a
              {PREREQUISITE}
          links:
            - url: https://example.org/b
              {LINK}
      """;

  /** The file with {@code lines} at {@code kind}'s place, and nothing at the others. */
  private static String file(Kind kind, String... lines) {
    String text = FILE;
    for (Kind k : Kind.values()) {
      String at = k.yamlIndent + k.placeholder + "\n";
      String given =
          k == kind
              ? List.of(lines).stream()
                  .map(l -> k.yamlIndent + l + "\n")
                  .collect(Collectors.joining())
              : "";
      text = text.replace(at, given);
    }
    return text;
  }

  private static String export(String text) {
    LoadResult r = RoadmapLoader.load("t.yaml", text);
    assertThat(r.diagnostics()).isEmpty();
    Schedule s = Scheduler.schedule(r.roadmap()).orElseThrow();
    return ScheduleJsonRenderer.render(s);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void xKeysReachTheJsonExportUnderTheirObject(Kind kind) {
    String json =
        export(file(kind, "x-budget: 12", "x-plan: {lead: [usfk, 2], open: true, note: ~}"));
    String i = kind.jsonIndent;
    String expected =
        i
            + "\"x-budget\": 12,\n"
            + i
            + "\"x-plan\": {\n"
            + i
            + "  \"lead\": [\n"
            + i
            + "    \"usfk\",\n"
            + i
            + "    2\n"
            + i
            + "  ],\n"
            + i
            + "  \"open\": true,\n"
            + i
            + "  \"note\": null\n"
            + i
            + "}";
    assertThat(json).contains(expected);
    // Once, in its own object: no other element carries them.
    assertThat(json.split("\"x-budget\"", -1)).hasSize(2);
    assertThat(export(file(kind))).doesNotContain("x-");
  }

  /**
   * Numbers are decimal and in a double's range; anything else a JSON reader could misread is text.
   */
  @Test
  void onlyDecimalNumbersInADoublesRangeBecomeNumbers() {
    String json =
        export(
            file(
                Kind.values()[0],
                "x-int: -12",
                "x-dec: 1.50e3",
                "x-big: 1e400",
                "x-hex: 0x1F",
                "x-oct: 0o17",
                "x-inf: .inf",
                "x-nan: .nan",
                "x-yes: yes"));
    assertThat(json)
        .contains("\"x-int\": -12,")
        .contains("\"x-dec\": 1.50E+3,")
        .contains("\"x-big\": \"1e400\",")
        .contains("\"x-hex\": \"0x1F\",")
        .contains("\"x-oct\": \"0o17\",")
        .contains("\"x-inf\": \".inf\",")
        .contains("\"x-nan\": \".nan\",")
        .contains("\"x-yes\": \"yes\"");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anUnknownKeyWithoutXStaysRm101WithItsSuggestion(Kind kind) {
    String misspelt = kind.field.substring(0, kind.field.length() - 1) + "x";
    LoadResult r = RoadmapLoader.load("t.yaml", file(kind, misspelt + ": 2d", "x-ok: 1"));
    List<Diagnostic> found = r.diagnostics();
    assertThat(found).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.code().id()).isEqualTo("RM101");
    assertThat(d.message()).isEqualTo("unknown key '" + misspelt + "' in " + kind.what);
    assertThat(d.hint()).isEqualTo("did you mean '" + kind.field + "'?");
  }
}
