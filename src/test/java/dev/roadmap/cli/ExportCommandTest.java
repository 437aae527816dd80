package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roadmap export}: atomic writes, never over the input, and {@code --check}. */
class ExportCommandTest {
  /** A stale export is shown against the fresh one, as a short unified diff. */
  @Test
  void checkShowsWhatDiffersInAShortUnifiedDiff(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("TIMELINE.md");
    String[] write = {"export", CliTest.CLEAN, "--format", "markdown", "-o", out.toString()};
    assertThat(Run.of(write).code()).isEqualTo(ExitCodes.OK);
    String fresh = Files.readString(out);
    Files.writeString(out, fresh.replaceFirst("2004-", "2003-"));
    Run r =
        Run.of("export", CliTest.CLEAN, "--format", "markdown", "-o", out.toString(), "--check");
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    String changed = fresh.lines().filter(l -> l.contains("2004-")).findFirst().orElseThrow();
    assertThat(r.err())
        .contains("\n--- " + out + " (committed)\n+++ " + out + " (fresh export)\n@@ -")
        .contains("\n-" + changed.replaceFirst("2004-", "2003-") + "\n+" + changed + "\n");
    // Many changes: the first 20 lines of the diff, and how many more.
    Files.writeString(out, fresh.replace("20", "19"));
    Run many =
        Run.of("export", CliTest.CLEAN, "--format", "markdown", "-o", out.toString(), "--check");
    String diff = many.err().substring(many.err().indexOf("\n--- ") + 1);
    assertThat(diff.lines().count()).isEqualTo(21);
    assertThat(diff).containsPattern("\n\\.\\.\\. \\d+ more lines of the diff\n$");
  }

  /**
   * The day after a milestone's last is named so that no one reads it as the last day: the file's
   * {@code end} is inclusive, as the exports' {@code finish} is.
   */
  @Test
  void theExclusiveEndIsNamedSoInCsvAndJson() throws IOException {
    String file = ViewsWithFindingsTest.MISSED;
    String csv = Run.of("export", file, "--format", "csv").out();
    assertThat(csv)
        .startsWith("id,title,phase,kind,mission,status,start,finish,end_exclusive,duration_days,")
        .contains(
            "\r\ncf-staff,Counter-fire HQ staff trained,prepare,capability,,done,"
                + "2005-01-10,2005-05-29,2005-05-30,140,");
    var json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(Run.of("export", file, "--format", "json").out());
    assertThat(json.get("version").asInt()).isEqualTo(2);
    assertThat(json.has("end")).isFalse();
    var staff = json.get("milestones").get(0);
    assertThat(staff.get("id").asText()).isEqualTo("cf-staff");
    assertThat(staff.has("end")).isFalse();
    assertThat(staff.get("start").asText()).isEqualTo("2005-01-10");
    assertThat(staff.get("finish").asText()).isEqualTo("2005-05-29");
    assertThat(staff.get("endExclusive").asText()).isEqualTo("2005-05-30");
  }

  @Test
  void writesTheFileAndPrintsNothing(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("TIMELINE.md");
    Run r = Run.of("export", CliTest.CLEAN, "--format", "markdown", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out))
        .isEqualTo(Run.of("export", CliTest.CLEAN, "--format", "markdown").out());
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void checkPassesWhenCurrentAndFailsWhenStaleOrMissing(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("t.json");
    String[] write = {"export", CliTest.CLEAN, "--format", "json", "-o", out.toString()};
    String[] check = {"export", CliTest.CLEAN, "--format", "json", "-o", out.toString(), "--check"};
    Run missing = Run.of(check);
    assertThat(missing.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(missing.err()).contains("is missing");
    assertThat(Files.exists(out)).isFalse();
    assertThat(Run.of(write).code()).isEqualTo(ExitCodes.OK);
    Run current = Run.of(check);
    assertThat(current.code()).isEqualTo(ExitCodes.OK);
    assertThat(current.out()).endsWith("is up to date\n");
    Files.writeString(out, Files.readString(out) + " ");
    String stale = Files.readString(out);
    Run r = Run.of(check);
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.err()).contains("is out of date; write it again with: roadmap export");
    assertThat(Files.readString(out)).as("--check writes nothing").isEqualTo(stale);
  }

  @Test
  void refusesToWriteOverItsInput(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("r.yaml");
    String text = TestFiles.read(TestFiles.root().resolve(CliTest.CLEAN));
    Files.writeString(input, text);
    Run r =
        Run.of(
            "export",
            input.toString(),
            "--format",
            "markdown",
            "-o",
            dir.resolve("./r.yaml").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("refusing to write the export over its input");
    assertThat(Files.readString(input)).isEqualTo(text);
  }

  @Test
  void aMissingOutputDirectoryIsExit3AndLeavesNothing(@TempDir Path dir) {
    Run r =
        Run.of(
            "export",
            CliTest.CLEAN,
            "--format",
            "csv",
            "-o",
            dir.resolve("no/such/dir/out.csv").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).startsWith("roadmap: cannot write").doesNotContain("Exception");
  }

  @Test
  void aDirectoryTargetIsExit3AndLeavesItAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    // The target is a directory that is not empty: refused, and left as it was.
    Path out = dir.resolve("out.csv");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "old\n");
    Run r = Run.of("export", CliTest.CLEAN, "--format", "csv", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.err())
        .isEqualTo("roadmap: cannot write '" + out + "': is a directory; give a file name\n")
        .doesNotContain("Exception");
    assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("old\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void checkWithoutOutputIsAUsageError() {
    Run r = Run.of("export", CliTest.CLEAN, "--format", "markdown", "--check");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--check needs -o OUT");
  }

  @Test
  void aRoadmapWithErrorsIsNotExported(@TempDir Path dir) {
    Path out = dir.resolve("x.md");
    Run r = Run.of("export", CliTest.SEVERAL, "--format", "markdown", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.err()).contains("[RM201]", "has errors");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void theCommittedTimelineIsCurrent() {
    Run r =
        Run.of(
            "export", CliTest.SAMPLE, "--format", "markdown", "-o", "docs/TIMELINE.md", "--check");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
  }

  /** The status date is a line across the Mermaid chart and the HTML chart; --as-of moves it. */
  @Test
  void asOfDrawsTheStatusDateInMermaidAndHtml() {
    Run file = Run.of("export", CliTest.SAMPLE, "--format", "mermaid");
    assertThat(file.out().lines().filter(l -> l.contains("as_of_")))
        .containsExactly("    as of 2026-11-27 :vert, as_of_, 2026-11-27, 0d");
    Run moved = Run.of("export", CliTest.SAMPLE, "--format", "mermaid", "--as-of", "2025-03-01");
    assertThat(moved.out().lines().filter(l -> l.contains("as_of_")))
        .containsExactly("    as of 2025-03-01 :vert, as_of_, 2025-03-01, 0d");
    Run markdown =
        Run.of("export", CliTest.SAMPLE, "--format", "markdown", "--as-of", "2025-03-01");
    assertThat(markdown.out()).contains("\n    as of 2025-03-01 :vert, as_of_, 2025-03-01, 0d\n");
    Run html = Run.of("export", CliTest.SAMPLE, "--format", "html", "--as-of", "2025-03-01");
    assertThat(html.out()).contains(">as of 2025-03-01</text>").doesNotContain("as of 2026-11-27");
  }
}
