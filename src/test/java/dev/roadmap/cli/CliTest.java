package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: every exit code, streams, options and formats. */
class CliTest {
  static final String FIXTURES = "src/test/resources/fixtures/";
  static final String CLEAN = FIXTURES + "clean-transition.yaml";
  static final String SEVERAL = FIXTURES + "several-problems.yaml";
  static final String SAMPLE = "roadmaps/opcon-transition.yaml";

  @Test
  void help_exits0AndListsCommandsAndExitCodes() {
    Run r = Run.of("--help");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out())
        .contains(
            "validate", "timeline", "rules", "Exit codes:", "3   a file cannot be read or written");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void version_exits0() {
    Run r = Run.of("--version");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out())
        .isEqualTo("roadmap " + Main.Version.number() + "\ncommit " + Main.Version.commit() + "\n");
    assertThat(Main.Version.commit()).matches("[0-9a-f]{7,40}|unknown");
  }

  @Test
  void noCommand_isAUsageError() {
    Run r = Run.of();
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("a command is required");
  }

  @Test
  void badOption_exits2WithoutStackTrace() {
    Run r = Run.of("validate", "--frobnicate", CLEAN);
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("unknown option '--frobnicate'").doesNotContain("\tat ");
  }

  @Test
  void badOptionValue_exits2() {
    assertThat(Run.of("validate", "--format", "yaml", CLEAN).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(Run.of("validate", "--as-of", "2005-02-30", CLEAN).code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Run.of("validate").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void missingFile_exits3AndStillValidatesTheOthers() {
    Run r = Run.of("validate", "does-not-exist.yaml", CLEAN);
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.err())
        .isEqualTo("roadmap: cannot read 'does-not-exist.yaml': no such file or directory\n");
    assertThat(r.out()).isEqualTo("checked 1 file: no problems found; could not read 1 file\n");
  }

  @Test
  void onlyAMissingFile_isNotReportedAsNoProblemsFound() {
    Run r = Run.of("validate", "does-not-exist.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.err())
        .isEqualTo("roadmap: cannot read 'does-not-exist.yaml': no such file or directory\n");
    assertThat(r.out()).isEqualTo("checked 0 files; could not read 1 file\n");
  }

  @Test
  void warningsOfAViewReadFromStandardInput_sayHowToSeeThemAgain() {
    String text =
        TestFiles.read(TestFiles.root().resolve(FIXTURES + "RM207-redundant-prerequisite.yaml"));
    Run r = Run.with(Map.of(), text, false, "timeline", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .startsWith(
            "roadmap: 2 warnings (milestones marked ! above); give the same standard input to"
                + " 'roadmap validate -' to see them in full:\n");
  }

  @Test
  void directoryWithNoRoadmaps_exits3(@TempDir Path dir) {
    Run r = Run.of("validate", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).contains("no roadmap files (*.yaml, *.yml) under");
  }

  @Test
  void cleanFile_exits0() {
    Run r = Run.of("validate", CLEAN);
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("checked 1 file: no problems found\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void fileWithErrors_exits1AndReportsEveryProblem() {
    Run r = Run.of("validate", SEVERAL);
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains("[RM101]", "[RM201]", "[RM206]", "[RM200]");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void failOn_decidesWhichSeverityFails() {
    // The chain as of 2024-03-01 has a warning (RM501) and no errors.
    String chain = "src/test/resources/whatif/chain.yaml";
    assertThat(Run.of("validate", chain, "--as-of", "2024-03-01").code()).isEqualTo(ExitCodes.OK);
    assertThat(Run.of("validate", "--fail-on", "warning", chain, "--as-of", "2024-03-01").code())
        .isEqualTo(ExitCodes.FINDINGS);
    assertThat(Run.of("validate", "--fail-on", "none", SEVERAL).code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void internalError_exits4AndPrintsTheTraceOnlyWithDebug() {
    Env broken =
        new Env(
            Map.of(),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IllegalStateException("boom");
              }
            },
            false);
    Run r = Run.with(broken, "validate", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err()).contains("internal error", "--debug").doesNotContain("\tat ");
    Run d = Run.with(broken, "validate", "--debug", "-");
    assertThat(d.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(d.err()).contains("\tat ");
  }

  @Test
  void stdin_isReadForDash() {
    Run r =
        Run.with(
            Map.of(), TestFiles.read(TestFiles.root().resolve(SEVERAL)), false, "validate", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains("<stdin>:").contains("[RM201]");
  }

  @Test
  void directory_isSearchedRecursivelyInSortedOrder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.createDirectories(dir.resolve(".hidden"));
    String bad = TestFiles.read(TestFiles.root().resolve(SEVERAL));
    Files.writeString(dir.resolve("b/c/z.yml"), bad);
    Files.writeString(dir.resolve("a.yaml"), bad);
    Files.writeString(dir.resolve(".hidden/x.yaml"), bad);
    Files.writeString(dir.resolve("notes.txt"), "not a roadmap");
    Run r = Run.of("validate", "--format", "json", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    String a = dir.resolve("a.yaml").toString();
    String z = dir.resolve("b/c/z.yml").toString();
    assertThat(r.out())
        .contains("\"path\": \"" + a + "\"", "\"path\": \"" + z + "\"")
        .doesNotContain(".hidden");
    assertThat(r.out().indexOf(a)).isLessThan(r.out().indexOf(z));
  }

  @Test
  void outputIsTheSameWhateverTheOrderOfTheArguments() {
    Run one = Run.of("validate", SEVERAL, CLEAN, SAMPLE);
    Run two = Run.of("validate", SAMPLE, CLEAN, SEVERAL, CLEAN);
    assertThat(one.out()).isEqualTo(two.out());
    assertThat(one.code()).isEqualTo(two.code());
  }

  @Test
  void colour_onlyOnATerminalAndNeverWithNoColor() {
    String esc = "\u001b[";
    assertThat(Run.with(Map.of(), "", false, "validate", SEVERAL).out()).doesNotContain(esc);
    assertThat(Run.with(Map.of(), "", true, "validate", SEVERAL).out()).contains(esc);
    assertThat(Run.with(Map.of("NO_COLOR", "1"), "", true, "validate", SEVERAL).out())
        .doesNotContain(esc);
    assertThat(
            Run.with(Map.of("NO_COLOR", "1"), "", false, "validate", "--color=always", SEVERAL)
                .out())
        .contains(esc);
    assertThat(Run.with(Map.of(), "", true, "validate", "--color=never", SEVERAL).out())
        .doesNotContain(esc);
    assertThat(Run.with(Map.of(), "", true, "validate", "--format=json", SEVERAL).out())
        .doesNotContain(esc);
  }

  @Test
  void timeline_ofAFileWithErrors_exits1WithTheDiagnosticsOnStderr() {
    Run r = Run.of("timeline", SEVERAL);
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("[RM201]", "has errors");
  }

  @Test
  void timeline_missingFile_exits3() {
    Run r = Run.of("timeline", "nope.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).isEqualTo("roadmap: cannot read 'nope.yaml': no such file or directory\n");
  }

  @Test
  void timeline_unknownPhase_exits2WithASuggestion() {
    Run r = Run.of("timeline", "--phase", "p2-ten-mission", SAMPLE);
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no phase 'p2-ten-mission'", "did you mean 'p2-ten-missions'?");
  }

  @Test
  void timeline_mentionsWarningsOnStderr() {
    Run r = Run.of("timeline", "src/test/resources/whatif/chain.yaml", "--as-of", "2024-03-01");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).contains("warning", "roadmap validate", "[RM501]");
    assertThat(r.out()).contains("! RM501");
  }

  @Test
  void rules_listsEveryCodeAndShowsOne() {
    Run all = Run.of("rules");
    assertThat(all.code()).isEqualTo(0);
    for (var c : dev.roadmap.diag.Code.values()) {
      assertThat(all.out()).contains(c.id());
    }
    Run one = Run.of("rules", "rm201");
    assertThat(one.code()).isEqualTo(0);
    assertThat(one.out())
        .startsWith("RM201  error  unknown-prerequisite\n")
        .contains("Bad:", "Good:");
    Run unknown = Run.of("rules", "RM2O1");
    assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("did you mean 'RM201'?");
  }

  @Test
  void directoryOfRealRoadmaps_validatesWithoutErrors() {
    Run r = Run.of("validate", "roadmaps");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).doesNotContain("error:");
  }

  @Test
  void schema_printsTheSchemaThatDocsShips() {
    Run r = Run.of("schema");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .isEqualTo(TestFiles.read(TestFiles.root().resolve("docs/roadmap.schema.json")));
  }

  @Test
  void generateCompletion_printsABashCompletionScript() {
    Run r = Run.of("generate-completion");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -F")
        .contains("validate")
        .contains("--report-unused-disables");
  }
}
