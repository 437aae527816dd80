package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escape sequences and bidirectional overrides in a roadmap never reach a terminal raw: every
 * human-readable output shows them as {@code \\uXXXX} escapes (one function, {@code Printable}).
 */
class TerminalEscapesTest {
  static final String HOSTILE =
      """
      roadmap: 1
      title: "Road \\e[31mRED \\u202Eevil"
      start: 2024-01-01
      as-of: 2024-01-05
      phases:
        - {id: p, name: "Phase \\e[2J clear"}
      missions:
        - {id: m1, name: "Mission \\e]0;x\\a", from: a1, to: a2}
      authorities:
        - {id: a1, name: "Auth \\e[1m"}
        - {id: a2, name: Two}
      milestones:
        - {id: a, title: "Alpha \\e[5m blink", phase: p, date: 2024-01-02}
        - {id: x, title: "Xfer \\e[7m", phase: p, kind: transfer, mission: m1, date: 2024-01-10,
           requires: [a]}
      """;

  private static void assertNoRawEscape(Run r) {
    assertThat(r.out() + r.err())
        .doesNotContain("\u001B")
        .doesNotContain("\u202E")
        .doesNotContain("\u0007");
  }

  @Test
  void timelineStatusAndDiffShowEscapes(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("r.yaml"), HOSTILE);
    Run timeline = Run.of("timeline", file.toString());
    assertNoRawEscape(timeline);
    assertThat(timeline.out())
        .startsWith("Road \\u001B[31mRED \\u202Eevil\n")
        .contains("\nPhase 1  Phase \\u001B[2J clear (p)\n")
        .contains("Alpha \\u001B[5m blink");
    Run status = Run.of("status", file.toString());
    assertNoRawEscape(status);
    assertThat(status.out()).startsWith("Road \\u001B[31mRED \\u202Eevil, as of 2024-01-05\n");
    Path changed =
        Files.writeString(
            dir.resolve("changed.yaml"),
            HOSTILE.replace("Alpha", "Beta").replace("name: \"Phase", "name: \"Fase"));
    Run diff = Run.of("diff", file.toString(), changed.toString());
    assertNoRawEscape(diff);
    assertThat(diff.out())
        .contains("    was: Alpha \\u001B[5m blink\n    now: Beta \\u001B[5m blink\n")
        .contains("p: name Phase \\u001B[2J clear -> Fase \\u001B[2J clear");
  }

  @Test
  void anExportOnATerminalShowsEscapesAndOnAPipeIsAsWritten(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("r.yaml"), HOSTILE);
    Run terminal = Run.with(Map.of(), "", true, "export", file.toString(), "--format", "csv");
    assertNoRawEscape(terminal);
    assertThat(terminal.out()).contains("\r\na,Alpha \\u001B[5m blink,p,").endsWith("\r\n");
    Run pipe = Run.with(Map.of(), "", false, "export", file.toString(), "--format", "csv");
    assertThat(pipe.out()).contains("\r\na,Alpha \u001B[5m blink,p,");
  }

  @Test
  void aStaleBaselineEntryIsShownEscaped(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("r.yaml"), HOSTILE);
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(
        baseline,
        """
        {"version": 1, "tool": "roadmap", "findings": [
          {"code": "RM501", "file": "%s", "subject": "gone\\u001b[2J", "text": "t", "count": 1}
        ]}
        """
            .formatted(file.toString().replace("\\", "\\\\")));
    Run r = Run.of("validate", file.toString(), "--baseline", baseline.toString());
    assertNoRawEscape(r);
    assertThat(r.err()).contains("  RM501 in " + file + " at 'gone\\u001B[2J'\n");
  }
}
