package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RM307 (docs/rules.md): no view, export or what-if report ever writes a day outside the years
 * 0001-9999. A milestone may occupy days up to 9999-12-30, so that the day after its last (the
 * exclusive end the exports write) is 9999-12-31 at most.
 */
class DateRangeTest {
  /** A year of five digits or more, or a signed one, as LocalDate prints a day past 9999. */
  static final Pattern BAD_YEAR = Pattern.compile("[+-]\\d{4,}-\\d{2}|\\d{5,}-\\d{2}-\\d{2}");

  /** An iCal day of more than 8 digits, as a year past 9999 gives. */
  static final Pattern BAD_ICAL = Pattern.compile(";VALUE=DATE:(?!\\d{8}\r\n)");

  static final String LAST_DAYS =
      """
      roadmap: 1
      title: The last days
      start: 9999-01-01
      as-of: 9999-01-01
      phases:
        - id: p
          end: 9999-12-31
      milestones:
        - id: a
          title: A
          phase: p
          start: 9999-10-01
          end: 9999-11-30
        - id: b
          title: B, computed to the last day
          phase: p
          requires: [a]
          duration: 30d
        - id: c
          title: C on the last day
          phase: p
          date: 9999-12-30
          deadline: 9999-12-31
        - id: d
          title: D in the last whole month but one
          phase: p
          date: 9999-11
      """;

  @Test
  void noExportOfTheLastDaysWritesAYearPast9999(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("last.yaml");
    Files.writeString(file, LAST_DAYS);
    assertThat(Run.of("validate", file.toString()).code()).isEqualTo(ExitCodes.OK);
    for (ExportCommand.Format f : ExportCommand.Format.values()) {
      Run r = Run.of("export", file.toString(), "--format", f.toString());
      assertThat(r.code()).as(f.toString()).isEqualTo(ExitCodes.OK);
      assertThat(r.out()).as(f.toString()).doesNotContainPattern(BAD_YEAR);
      assertThat(r.out()).as(f.toString()).doesNotContainPattern(BAD_ICAL);
    }
    String ical = Run.of("export", file.toString(), "--format", "ical").out();
    // b: [9999-12-01, 9999-12-31); c: the day 9999-12-30; d: the whole of 9999-11.
    assertThat(ical)
        .contains("DTSTART;VALUE=DATE:99991201\r\nDTEND;VALUE=DATE:99991231\r\n")
        .contains("DTSTART;VALUE=DATE:99991230\r\nDTEND;VALUE=DATE:99991231\r\n")
        .contains("DTSTART;VALUE=DATE:99991101\r\nDTEND;VALUE=DATE:99991201\r\n");
    var json =
        new ObjectMapper().readTree(Run.of("export", file.toString(), "--format", "json").out());
    assertThat(json.path("endExclusive").asText()).isEqualTo("9999-12-31");
    assertThat(json.path("milestones").get(1).path("endExclusive").asText())
        .isEqualTo("9999-12-31");
    for (String view : new String[] {"timeline", "status"}) {
      Run r = Run.of(view, file.toString());
      assertThat(r.code()).as(view).isEqualTo(ExitCodes.OK);
      assertThat(r.out()).as(view).doesNotContainPattern(BAD_YEAR);
    }
  }

  @Test
  void everyViewAndExportRefusesARoadmapPast9999() {
    String file = "src/test/resources/fixtures/RM307-date-out-of-range.yaml";
    for (ExportCommand.Format f : ExportCommand.Format.values()) {
      Run r = Run.of("export", file, "--format", f.toString());
      assertThat(r.code()).as(f.toString()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(r.out()).as(f.toString()).isEmpty();
      assertThat(r.err())
          .as(f.toString())
          .contains(
              ":39:16: error: 'handover' is computed to finish 29 days after 9999-12-31, past"
                  + " 9999-12-30, the last day a milestone can have; the chain last-review ->"
                  + " handover dates it [RM307]")
          .doesNotContainPattern(BAD_YEAR);
    }
    for (String view : new String[] {"timeline", "status"}) {
      Run r = Run.of(view, file);
      assertThat(r.code()).as(view).isEqualTo(ExitCodes.FINDINGS);
      assertThat(r.out()).as(view).isEmpty();
    }
  }

  @Test
  void aSuppressedFindingStillStopsTheExport(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("suppressed.yaml");
    Files.writeString(
        file,
        """
        roadmap: 1
        title: Open-ended
        start: 2004-01-01
        phases:
          - id: p
        milestones:
          - id: jsa-support
            title: US support at the JSA until further notice
            phase: p
            start: 2004-11-01
            end: 9999-12-31  # roadmap: disable-line RM307 -- open-ended on purpose
        """);
    Run r = Run.of("export", file.toString(), "--format", "ical");
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "roadmap: "
                + file
                + " has a milestone outside the years 0001-9999 (RM307); a view or an export"
                + " cannot show it, even with the finding suppressed\n");
  }

  @Test
  void aWhatIfThatPushesAMilestonePast9999BreaksItAndWritesNoDayPastIt(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("wi.yaml");
    Files.writeString(file, LAST_DAYS);
    // a +25d: 9999-10-26..9999-12-25; b after it for 30 days, to 24 days past 9999-12-31; its
    // phase window and RM302 are not named (they would print that day), RM307 is.
    Run r = Run.of("what-if", file.toString(), "--slip", "a=+25d");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains(
            "Breaks (1):\n",
            "wi.yaml:18:15: error: 'b' is computed to finish 24 days after 9999-12-31, past"
                + " 9999-12-30, the last day a milestone can have; the chain a -> b dates it"
                + " [RM307]\n")
        .containsPattern("\\n  a +9999-10-01\\.\\.9999-11-30 +9999-10-26\\.\\.9999-12-25 ")
        .doesNotContainPattern("\\n  b ")
        .doesNotContainPattern(BAD_YEAR);
    for (String format : new String[] {"json", "markdown"}) {
      Run f = Run.of("what-if", file.toString(), "--slip", "a=+25d", "--format", format);
      assertThat(f.out()).as(format).contains("RM307").doesNotContainPattern(BAD_YEAR);
    }
  }
}
