package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.Gfm;
import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code roadmap diff OLD NEW}: the pairs of src/test/resources/diff/ (base.yaml is OLD), every
 * format against golden files, {@code --fail-on-slip}, and {@code REV:PATH} read through git.
 */
class DiffCommandTest {
  static final String DIR = "src/test/resources/diff/";
  static final String BASE = DIR + "base.yaml";

  static Path golden(String name) {
    return TestFiles.resources().resolve("golden").resolve(name);
  }

  @Test
  void goldenText() {
    Run r = Run.of("diff", BASE, DIR + "mixed.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    TestFiles.assertGolden(golden("diff-mixed.txt"), r.out());
    TestFiles.assertGolden(golden("diff-slip.txt"), Run.of("diff", BASE, DIR + "slip.yaml").out());
  }

  @Test
  void theHeaderAndTheJsonNameTheStatusDate(@TempDir Path dir) throws IOException {
    // No as-of in the files: today, from the clock of the runs (2000-01-01).
    assertThat(Run.of("diff", BASE, DIR + "slip.yaml").out())
        .startsWith(BASE + " -> " + DIR + "slip.yaml, as of 2000-01-01\n");
    assertThat(Run.of("diff", BASE, DIR + "slip.yaml", "--as-of", "2005-03-01").out())
        .startsWith(BASE + " -> " + DIR + "slip.yaml, as of 2005-03-01\n");
    assertThat(
            Run.of("diff", BASE, DIR + "slip.yaml", "--format", "markdown", "--as-of", "2005-03-01")
                .out())
        .startsWith(
            "### Roadmap diff: `" + BASE + "` → `" + DIR + "slip.yaml`, as of 2005-03-01\n\n");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                Run.of("diff", BASE, DIR + "slip.yaml", "--format", "json", "--as-of", "2005-03-01")
                    .out());
    assertThat(json.path("asOf").asText()).isEqualTo("2005-03-01");
    assertThat(json.has("oldAsOf")).isFalse();
    // Each version's own as-of, when they differ and --as-of does not set one for both.
    Path newer = dir.resolve("newer.yaml");
    Files.writeString(
        newer,
        TestFiles.read(TestFiles.root().resolve(BASE))
            .replaceFirst("\nstart: ", "\nas-of: 2006-01-02\nstart: "));
    Run r = Run.of("diff", BASE, newer.toString(), "--format", "json");
    JsonNode both = new ObjectMapper().readTree(r.out());
    assertThat(both.path("asOf").asText()).as(r.err()).isEqualTo("2006-01-02");
    assertThat(both.path("oldAsOf").asText()).isEqualTo("2000-01-01");
    assertThat(Run.of("diff", BASE, newer.toString()).out())
        .startsWith(BASE + " (as of 2000-01-01) -> " + newer + " (as of 2006-01-02)\n");
  }

  @Test
  void goldenMarkdown() {
    Run r = Run.of("diff", BASE, DIR + "mixed.yaml", "--format", "markdown");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    TestFiles.assertGolden(golden("diff-mixed.md"), r.out());
    TestFiles.assertGolden(
        golden("diff-slip.md"),
        Run.of("diff", BASE, DIR + "slip.yaml", "--format", "markdown").out());
  }

  @Test
  void goldenJson() throws IOException {
    Run r = Run.of("diff", BASE, DIR + "mixed.yaml", "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    TestFiles.assertGolden(golden("diff-mixed.json"), r.out());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("version").asInt()).isEqualTo(2);
    assertThat(json.get("tool").asText()).isEqualTo("roadmap");
    assertThat(json.get("changed").asBoolean()).isTrue();
  }

  @Test
  void slipTextCallsOutTheTransferAndTheDays() {
    Run r = Run.of("diff", BASE, DIR + "slip.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .startsWith(
            BASE
                + " -> "
                + DIR
                + "slip.yaml, as of 2000-01-01\n3 milestones moved, 1 transfer later by 45 days\n")
        .containsPattern("jsa-security +xfer-jsa +~2004-08-16 +~2004-09-30 +\\+45d later")
        .containsPattern(
            "jsa-training + 2004-05-03\\.\\.2004-07-25 + 2004-06-17\\.\\.2004-09-08 +"
                + "\\+45d +\\+45d\n")
        .endsWith("\n~ computed by the scheduler, not an agreed date\n");
  }

  @Test
  void rewireRenameStatusAndPhasePairs() {
    assertThat(Run.of("diff", BASE, DIR + "rewire.yaml").out())
        .contains(
            "1 prerequisite added, 1 prerequisite removed\n",
            "  - xfer-counterfire requires counterfire-cpx\n",
            "  + xfer-counterfire requires counterfire-eval (finish-to-start, lag +28d)\n")
        .doesNotContain("Moved:");
    assertThat(Run.of("diff", BASE, DIR + "rename.yaml").out())
        .contains(
            "1 milestone added, 1 milestone removed, 1 milestone retitled, 1 prerequisite added,"
                + " 1 prerequisite removed\n",
            "\nAdded:\n",
            "  jsa-evaluation  ~2004-08-02..2004-08-15",
            "\nRemoved:\n",
            "  jsa-eval   ~2004-08-02..2004-08-15",
            "    was: JSA security handed to the ROK Army\n",
            "    now: JSA security and support handed to the ROK Army\n");
    assertThat(Run.of("diff", BASE, DIR + "status.yaml").out())
        .isEqualTo(
            BASE
                + " -> "
                + DIR
                + "status.yaml, as of 2000-01-01\n2 status changes\n\nChanged:\n"
                + "  jsa-training  status  in-progress  ->  done\n"
                + "  jsa-eval      status  planned      ->  in-progress\n");
    assertThat(Run.of("diff", BASE, DIR + "phase.yaml").out())
        .contains(
            "1 milestone moved, 1 transfer later by 16 days, 1 phase changed\n",
            "  transfer: window 2004-06-01..2006-12-31 -> 2004-09-01..2007-06-30"
                + " (start +92d, end +181d)\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void identicalRoadmapsHaveNoChanges(String format) {
    Run r = Run.of("diff", BASE, DIR + "same.yaml", "--format", format, "--fail-on-slip", "0");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    switch (format) {
      case "text" ->
          assertThat(r.out())
              .isEqualTo(BASE + " -> " + DIR + "same.yaml, as of 2000-01-01\nno changes\n");
      case "markdown" -> assertThat(r.out()).endsWith("\n\n**no changes**\n");
      default ->
          assertThat(r.out())
              .contains("\"changed\": false,", "\"summary\": \"no changes\",")
              .endsWith("}\n");
    }
  }

  @Test
  void failOnSlipExits1AboveTheThresholdAnd0AtOrUnderIt() {
    Run over = Run.of("diff", BASE, DIR + "slip.yaml", "--fail-on-slip", "44");
    assertThat(over.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(over.out()).as("the diff is still printed").contains("1 transfer later by 45 days");
    assertThat(over.err())
        .isEqualTo(
            "roadmap: 'xfer-jsa' (transfer of jsa-security) finishes 45 days later, more than"
                + " --fail-on-slip 44\n");
    Run at = Run.of("diff", BASE, DIR + "slip.yaml", "--fail-on-slip", "45");
    assertThat(at.code()).isEqualTo(ExitCodes.OK);
    assertThat(at.err()).isEmpty();
    assertThat(Run.of("diff", BASE, DIR + "slip.yaml", "--fail-on-slip", "90").code())
        .isEqualTo(ExitCodes.OK);
    assertThat(Run.of("diff", BASE, DIR + "slip.yaml").code())
        .as("without --fail-on-slip, exit 0 whatever changed")
        .isEqualTo(ExitCodes.OK);
    // Earlier transfers and moves of milestones that are neither transfers nor deadlines don't
    // count: the reverse of the slip, and a status change.
    assertThat(Run.of("diff", DIR + "slip.yaml", BASE, "--fail-on-slip", "0").code())
        .isEqualTo(ExitCodes.OK);
    Run mixed = Run.of("diff", BASE, DIR + "mixed.yaml", "--fail-on-slip", "0");
    assertThat(mixed.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(mixed.err()).contains("'xfer-jsa' (transfer of jsa-security) finishes 45 days");
    assertThat(mixed.err().lines()).hasSize(1);
  }

  @Test
  void aTransferCancelledOrRemovedIsAChangeFailOnSlipReports(@TempDir Path dir) throws IOException {
    String base = Files.readString(Path.of(BASE));
    String xfer = "    mission: jsa-security\n    requires: [jsa-eval]";
    assertThat(base).contains(xfer);
    Path cancelled =
        Files.writeString(
            dir.resolve("cancelled.yaml"), base.replace(xfer, xfer + "\n    status: cancelled"));
    Run r = Run.of("diff", BASE, cancelled.toString(), "--fail-on-slip", "0");
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: 'xfer-jsa' (transfer of jsa-security) is cancelled, a change --fail-on-slip"
                + " 0 reports whatever the days\n");
    assertThat(Run.of("diff", BASE, cancelled.toString(), "--fail-on-slip", "9999").code())
        .isEqualTo(ExitCodes.FINDINGS);
    // Removed, with the milestone that required it changed to match.
    int start = base.indexOf("  - id: xfer-jsa\n");
    int end = base.indexOf("  - id: counterfire-cpx\n");
    Path removed =
        Files.writeString(
            dir.resolve("removed.yaml"),
            (base.substring(0, start) + base.substring(end))
                .replace("requires: [xfer-jsa, xfer-counterfire]", "requires: [xfer-counterfire]"));
    Run gone = Run.of("diff", BASE, removed.toString(), "--fail-on-slip", "0");
    assertThat(gone.code()).as(gone.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(gone.err())
        .isEqualTo(
            "roadmap: 'xfer-jsa' (transfer of jsa-security) is removed, a change --fail-on-slip"
                + " 0 reports whatever the days\n");
    // The other way round, a transfer that comes back is no slip.
    assertThat(Run.of("diff", cancelled.toString(), BASE, "--fail-on-slip", "0").code())
        .isEqualTo(ExitCodes.OK);
  }

  @Test
  void aMilestoneWithADeadlineWithdrawnIsAChangeFailOnSlipReports(@TempDir Path dir)
      throws IOException {
    String base = Files.readString(Path.of(BASE));
    String line = "    requires: [xfer-jsa, xfer-counterfire]   # computed: 2005-10-01\n";
    assertThat(base).contains(line + "    deadline: 2006-12-31");
    for (String status : new String[] {"cancelled", "superseded"}) {
      Path withdrawn =
          Files.writeString(
              dir.resolve(status + ".yaml"),
              base.replace(line, line + "    status: " + status + "\n"));
      Run r = Run.of("diff", BASE, withdrawn.toString(), "--fail-on-slip", "0");
      assertThat(r.code()).as(status).isEqualTo(ExitCodes.FINDINGS);
      assertThat(r.err())
          .isEqualTo(
              "roadmap: 'missions-complete' (deadline 2006-12-31) is "
                  + status
                  + ", a change --fail-on-slip 0 reports whatever the days\n");
      assertThat(Run.of("diff", BASE, withdrawn.toString(), "--fail-on-slip", "9999").code())
          .isEqualTo(ExitCodes.FINDINGS);
      // Brought back, it is no slip.
      assertThat(Run.of("diff", withdrawn.toString(), BASE, "--fail-on-slip", "0").code())
          .isEqualTo(ExitCodes.OK);
    }
  }

  @Test
  void badFailOnSlipIsAUsageError() {
    Run r = Run.of("diff", BASE, DIR + "slip.yaml", "--fail-on-slip", "-1");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    Run word = Run.of("diff", BASE, DIR + "slip.yaml", "--fail-on-slip", "week");
    assertThat(word.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(Run.of("diff", BASE).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(Run.of("diff", BASE, DIR + "slip.yaml", "--format", "html").code())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aSideWithErrorsPrintsItsDiagnosticsAndExits1() {
    Run r = Run.of("diff", BASE, CliTest.SEVERAL);
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(CliTest.SEVERAL + ":", "error:")
        .endsWith("roadmap: " + CliTest.SEVERAL + " has errors; fix them first\n");
  }

  @Test
  void aMissingFileExits3() {
    Run r = Run.of("diff", BASE, DIR + "no-such-file.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: cannot read '" + DIR + "no-such-file.yaml': no such file or directory\n");
  }

  @Test
  void aRevisionThatGitWouldReadAsAnOptionIsRefused(@TempDir Path dir) {
    Path written = dir.resolve("x");
    Run r = Run.of("diff", "--", "--output=" + written + ":y", BASE);
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .startsWith(
            "roadmap diff: '--output="
                + written
                + ":y' is neither a file nor REV:PATH: a revision cannot start with '-'\n");
    assertThat(written).doesNotExist();
    assertThat(Run.of("diff", BASE, "-p:" + BASE).code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void standardInputIsOneSide() {
    String slip = TestFiles.read(TestFiles.root().resolve(DIR + "slip.yaml"));
    Run r = Run.with(Map.of(), slip, false, "diff", BASE, "-");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith(BASE + " -> <stdin>, as of 2000-01-01\n3 milestones moved");
    assertThat(Run.with(Map.of(), slip, false, "diff", "-", "-").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void helpShowsTheCommand() {
    Run r = Run.of("diff", "--help");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("OLD", "NEW", "REV:PATH", "--fail-on-slip=DAYS", "markdown");
    assertThat(Run.of("--help").out()).contains("diff");
  }

  // ---------------------------------------------------------------- git

  static boolean gitAvailable() {
    try {
      Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(
        List.of(
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("git %s: %s", String.join(" ", args), out).isZero();
  }

  /** A repository with base.yaml committed as r.yaml, then slip.yaml over it. */
  static Path repository(Path dir) throws IOException, InterruptedException {
    git(dir, "init", "-q");
    Path r = dir.resolve("r.yaml");
    Files.writeString(r, TestFiles.read(TestFiles.root().resolve(BASE)));
    git(dir, "add", "r.yaml");
    git(dir, "commit", "-q", "-m", "base");
    Files.writeString(r, TestFiles.read(TestFiles.root().resolve(DIR + "slip.yaml")));
    git(dir, "commit", "-q", "-a", "-m", "slip");
    return r;
  }

  @Test
  void revPathIsReadThroughGitInTheDirectoryOfTheOtherFile(@TempDir Path dir) throws Exception {
    assumeTrue(gitAvailable(), "git is not installed");
    Path r = repository(dir);
    Run fromGit = Run.of("diff", "HEAD~1:r.yaml", r.toString());
    assertThat(fromGit.err()).isEmpty();
    assertThat(fromGit.code()).isEqualTo(ExitCodes.OK);
    Run fromFiles = Run.of("diff", BASE, DIR + "slip.yaml");
    assertThat(fromGit.out())
        .isEqualTo(
            fromFiles.out().replace(BASE + " -> " + DIR + "slip.yaml", "HEAD~1:r.yaml -> " + r));
    // NEW as REV:PATH too, with OLD the file: git runs in the file's directory.
    Run reverse = Run.of("diff", r.toString(), "HEAD~1:r.yaml", "--fail-on-slip", "0");
    assertThat(reverse.code()).isEqualTo(ExitCodes.OK);
    assertThat(reverse.out()).contains("1 transfer earlier by 45 days");
    // --fail-on-slip on a git revision, as a pull request check would run it.
    Run check = Run.of("diff", "HEAD~1:r.yaml", r.toString(), "--fail-on-slip", "30");
    assertThat(check.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(check.err()).contains("'xfer-jsa' (transfer of jsa-security) finishes 45 days");
  }

  @Test
  void aBadRevisionExits3WithGitsMessage(@TempDir Path dir) throws Exception {
    assumeTrue(gitAvailable(), "git is not installed");
    Path r = repository(dir);
    Run badRev = Run.of("diff", "HEAD~5:r.yaml", r.toString());
    assertThat(badRev.code()).isEqualTo(ExitCodes.IO);
    assertThat(badRev.out()).isEmpty();
    assertThat(badRev.err())
        .startsWith("roadmap: cannot read 'HEAD~5:r.yaml' with 'git show' in " + dir)
        .contains("fatal:")
        .doesNotContain("Exception", "\tat ");
    Run badPath = Run.of("diff", "HEAD~1:nothing.yaml", r.toString());
    assertThat(badPath.code()).isEqualTo(ExitCodes.IO);
    assertThat(badPath.err()).contains("nothing.yaml").doesNotContain("Exception");
  }

  @Test
  void outsideARepositoryGitFailsWithExit3(@TempDir Path dir) throws Exception {
    assumeTrue(gitAvailable(), "git is not installed");
    Path r = dir.resolve("r.yaml");
    Files.writeString(r, TestFiles.read(TestFiles.root().resolve(BASE)));
    Run run = Run.of("diff", "HEAD:r.yaml", r.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.IO);
    assertThat(run.err()).contains("not a git repository").doesNotContain("Exception");
  }

  @Test
  void aFileWhoseNameLooksLikeRevPathIsAFile(@TempDir Path dir) throws IOException {
    Path odd = dir.resolve("v1:r.yaml");
    Files.writeString(odd, TestFiles.read(TestFiles.root().resolve(BASE)));
    Run r = Run.of("diff", odd.toString(), DIR + "slip.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("3 milestones moved, 1 transfer later by 45 days");
  }

  // ---------------------------------------------------------------- markdown structure

  @Test
  void theMarkdownParsesIntoTheTablesMeant() {
    String md = Run.of("diff", BASE, DIR + "mixed.yaml", "--format", "markdown").out();
    Node doc = Gfm.parse(md);
    List<String> headings = new ArrayList<>();
    List<TableBlock> tables = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading h) {
            headings.add(Gfm.text(h));
          }

          @Override
          public void visit(CustomBlock block) {
            if (block instanceof TableBlock t) {
              tables.add(t);
            }
            visitChildren(block);
          }
        });
    assertThat(headings)
        .containsExactly(
            "Roadmap diff: " + BASE + " → " + DIR + "mixed.yaml, as of 2000-01-01",
            "Transfers",
            "Moved",
            "Added",
            "Removed",
            "Retitled",
            "Prerequisites",
            "Changed",
            "Phases");
    assertThat(tables).hasSize(headings.size() - 1);
    for (TableBlock t : tables) {
      List<List<String>> rows = Gfm.rows(t);
      int columns = rows.get(0).size();
      assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(columns));
    }
    List<List<String>> transfers = Gfm.rows(tables.get(0));
    assertThat(transfers)
        .containsExactly(
            List.of("mission", "transfer", "was", "now", "finish"),
            List.of("jsa-security", "xfer-jsa", "2004-08-16", "2004-09-30", "+45d later ⚠️"),
            List.of(
                "counterfire-hq", "xfer-counterfire", "2005-10-01", "2005-09-15", "-16d earlier"));
    List<List<String>> moved = Gfm.rows(tables.get(1));
    assertThat(moved.get(0)).containsExactly("milestone", "was", "now", "start", "finish", "note");
    assertThat(moved).hasSize(6);
    assertThat(moved.get(3))
        .containsExactly(
            "JSA security and support handed to the ROK Army (xfer-jsa)",
            "2004-08-16",
            "2004-09-30",
            "+45d",
            "+45d",
            "⚠️ transfer of jsa-security; deadline 2005-03-31, 182 days to spare");
    // Pipes, emphasis, tags, code, links and tildes in a title stay text, in their cell.
    List<List<String>> added = Gfm.rows(tables.get(2));
    assertThat(added.get(1).get(0))
        .isEqualTo(
            "Counter-fire HQ staff exercise | CPX #2 *night* <ROK-US> `C2` [x](y) ~z~ a_b"
                + " (counterfire-staff)");
    List<List<String>> prerequisites = Gfm.rows(tables.get(5));
    assertThat(prerequisites)
        .containsExactly(
            List.of("milestone", "prerequisite", "link", "change"),
            List.of("xfer-counterfire", "counterfire-cpx", "finish-to-start", "removed"),
            List.of("xfer-counterfire", "counterfire-evaluation", "finish-to-start", "added"),
            List.of("xfer-counterfire", "counterfire-staff", "finish-to-start", "added"));
    assertThat(md).doesNotContain("\r").endsWith("pinned in the roadmap.\n");
  }

  @Test
  void aSlipPastADeadlineIsStillComparedAndFailsOnlyWithFailOnSlip(@TempDir Path dir)
      throws IOException {
    // jsa-training starts 2004-10-01 instead of 2004-05-03 (+151 days): xfer-jsa is computed
    // to 2004-08-16 + 151 = 2005-01-14, 14 days past its deadline 2004-12-31 (RM303). The diff
    // still shows the slip; only --fail-on-slip turns it into exit 1.
    Path late = dir.resolve("late.yaml");
    Files.writeString(
        late,
        TestFiles.read(TestFiles.root().resolve(BASE))
            .replace("start: 2004-05-03", "start: 2004-10-01"));
    Run r = Run.of("diff", BASE, late.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("1 transfer later by 151 days").contains("missed");
    assertThat(Run.of("diff", BASE, late.toString(), "--fail-on-slip", "30").code())
        .isEqualTo(ExitCodes.FINDINGS);
  }
}
