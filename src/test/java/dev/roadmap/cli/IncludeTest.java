package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code include}: a roadmap written in several files is the roadmap of one file, and each finding
 * is reported at the file and line where it is written.
 */
class IncludeTest {
  static final String SAMPLE = "roadmaps/opcon-transition.yaml";
  static final String SPLIT_DIR = "roadmaps/examples/opcon-split";
  static final String SPLIT = SPLIT_DIR + "/opcon-transition.yaml";

  /** The output of a command on the split roadmap, with its name written as the sample's. */
  private static Run onSplit(String... args) {
    String[] a = args.clone();
    for (int i = 0; i < a.length; i++) {
      a[i] = a[i].equals(SAMPLE) ? SPLIT : a[i];
    }
    Run r = Run.of(a);
    return new Run(r.code(), r.out().replace(SPLIT, SAMPLE), r.err().replace(SPLIT, SAMPLE));
  }

  private static void sameOnBoth(String... args) {
    Run one = Run.of(args);
    Run split = onSplit(args);
    assertThat(one.code()).as("exit code of %s", List.of(args)).isZero();
    assertThat(split.out()).as("output of %s", List.of(args)).isEqualTo(one.out());
    assertThat(split.err()).as("errors of %s", List.of(args)).isEqualTo(one.err());
    assertThat(split.code()).isEqualTo(one.code());
  }

  @Test
  void theSplitSampleExportsAsTheOneFileSampleInEveryFormat() {
    for (ExportCommand.Format f : ExportCommand.Format.values()) {
      sameOnBoth("export", SAMPLE, "--format", f.name().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void theSplitSampleSchedulesAndShowsAsTheOneFileSample() {
    sameOnBoth("timeline", SAMPLE);
    sameOnBoth("timeline", SAMPLE, "--gantt");
    sameOnBoth("timeline", SAMPLE, "--critical");
    sameOnBoth("status", SAMPLE);
    sameOnBoth("status", SAMPLE, "--as-of", "2006-06-30");
    sameOnBoth("explain", SAMPLE, "opcon-transition-fcfc");
    sameOnBoth("what-if", SAMPLE, "--slip", "fmc-verification=+90d");
  }

  @Test
  void theSplitSampleValidatesAsFourFilesWithNoProblems() {
    Run r = Run.of("validate", SPLIT);
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("checked 4 files (3 included by another): no problems found\n");
    assertThat(Run.of("validate", SAMPLE).out()).isEqualTo("checked 1 file: no problems found\n");
  }

  @Test
  void aDirectoryChecksAnIncludedFileOnceAsAPartOfItsIncluder() {
    // The mission files alone lack the top file's keys: were they checked on their own, each
    // would give RM104.
    Run r = Run.of("validate", SPLIT_DIR);
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("checked 4 files (3 included by another): no problems found\n");
    Run list =
        Run.of("validate", SPLIT_DIR + "/missions/2-roadmap-2012.yaml", SPLIT, "--format", "junit");
    assertThat(list.code()).isEqualTo(ExitCodes.OK);
    assertThat(list.out().split("<testsuite ", -1)).hasSize(5);
  }

  /** The split sample in {@code dir}, with {@code edit} applied to the text of {@code file}. */
  private static Path split(Path dir, String file, String from, String to) throws IOException {
    Path root = TestFiles.root().resolve(SPLIT_DIR);
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path copy = dir.resolve(root.relativize(p).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(p, copy);
      }
    }
    if (file != null) {
      Path edited = dir.resolve(file);
      String text = Files.readString(edited);
      assertThat(text).contains(from);
      Files.writeString(edited, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }
    return dir.resolve("opcon-transition.yaml");
  }

  @Test
  void aFindingInAnIncludedFileIsReportedAtThatFilesLine(@TempDir Path dir) throws IOException {
    Path top =
        split(
            dir,
            "missions/1-ten-missions.yaml",
            "requires: [ten-mission-moa]",
            "requires: [ten-mission-mo]");
    String mission = dir.resolve("missions/1-ten-missions.yaml").toString();
    Run r = Run.of("validate", top.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out())
        .isEqualTo(
            mission
                + ":18:16: error: 'xfer-rear-area-decon' requires 'ten-mission-mo', which is not"
                + " defined [RM201]\n"
                + "   |\n"
                + "18 |     requires: [ten-mission-mo]\n"
                + "   |                ^~~~~~~~~~~~~~\n"
                + "   = help: did you mean 'ten-mission-moa'?\n"
                + "\n"
                + "checked 4 files (3 included by another): 1 error\n");
    Run github = Run.of("validate", top.toString(), "--format", "github");
    assertThat(github.out())
        .contains(
            "::error file="
                + mission
                + ",line=18,col=16,endLine=18,endColumn=30,title=RM201 unknown-prerequisite::");
    Run json = Run.of("validate", top.toString(), "--format", "json");
    assertThat(json.out()).contains("\"file\": \"" + mission + "\"").contains("\"line\": 18");
    // A view that stops on the error names the file too.
    Run view = Run.of("timeline", top.toString());
    assertThat(view.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(view.err()).startsWith(mission + ":18:16: error: ");
  }

  @Test
  void sarifGivesAnIncludedFileItsOwnArtifactUri() {
    // SARIF's URIs are relative to the working directory, the repository root of the tests.
    Run r = Run.of("validate", SPLIT, "--format", "sarif", "--fail-on", "none");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(ValidateCommand.uri(SPLIT_DIR + "/missions/1-ten-missions.yaml"))
        .isEqualTo("roadmaps/examples/opcon-split/missions/1-ten-missions.yaml");
  }

  @Test
  void theTopFilesKeysInAnIncludedFileAreRm101(@TempDir Path dir) throws IOException {
    Path top =
        split(
            dir,
            "missions/2-roadmap-2012.yaml",
            "\nmilestones:",
            "\ntitle: Wartime OPCON to 2012\nmilestones:");
    Run r = Run.of("validate", top.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out())
        .startsWith(
            dir.resolve("missions/2-roadmap-2012.yaml")
                + ":5:1: error: 'title' is a key of the top file only; this file is included by"
                + " another, and its value is not read [RM101]\n")
        .contains(
            "  = help: remove it: an included file holds 'authorities', 'missions', 'phases',"
                + " 'milestones', 'mission-groups', 'sources' and 'include', and x- keys of its"
                + " own\n")
        .endsWith("checked 4 files (3 included by another): 1 error\n");
  }

  @Test
  void aKeyOfAnIncludedFileCloseToATopFileKeyIsOneFinding(@TempDir Path dir) throws IOException {
    // 'title2' is not 'title': one unknown key, not also a top-file key; the keys offered are
    // those an included file may hold, and a key close to one of the top file's is told so.
    Path top =
        split(
            dir,
            "missions/2-roadmap-2012.yaml",
            "\nmilestones:",
            "\ntitle2: Wartime OPCON to 2012\nsource: []\nas_of: 2012-01-01\nmilestones:");
    Run r = Run.of("validate", top.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    String part = dir.resolve("missions/2-roadmap-2012.yaml").toString();
    assertThat(r.out())
        .startsWith(
            part
                + ":5:1: error: unknown key 'title2' in an included file [RM101]\n"
                + "  |\n"
                + "5 | title2: Wartime OPCON to 2012\n"
                + "  | ^~~~~~\n"
                + "  = help: 'title' is not a key of an included file; allowed keys here:"
                + " authorities, missions, phases, milestones, mission-groups, sources, include,"
                + " or one of your own that starts x-\n")
        .contains(part + ":6:1: error: unknown key 'source' in an included file [RM101]\n")
        .contains("  = help: did you mean 'sources'?\n")
        // close to a key of the top file alone: told so, and what it may hold
        .contains(part + ":7:1: error: unknown key 'as_of' in an included file [RM101]\n")
        .contains(
            "  = help: 'as-of' is not a key of an included file; allowed keys here: authorities,")
        .endsWith("checked 4 files (3 included by another): 3 errors\n");
  }

  @Test
  void filesThatIncludeEachOtherAreRm116AtTheIncludeThatClosesTheCycle(@TempDir Path dir)
      throws IOException {
    Path top =
        split(
            dir,
            "missions/3-conditions-based.yaml",
            "\nmilestones:",
            "\ninclude: [../opcon-transition.yaml]\nmilestones:");
    Run r = Run.of("validate", top.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    String mission = dir.resolve("missions/3-conditions-based.yaml").toString();
    assertThat(r.out())
        .startsWith(
            mission
                + ":5:11: error: including '../opcon-transition.yaml' makes a cycle: "
                + top
                + " -> "
                + mission
                + " -> "
                + top
                + " [RM116]\n")
        .endsWith("checked 4 files (3 included by another): 1 error\n");
  }

  @Test
  void missingFilesGlobsWithoutMatchAndDirectoriesAreFindingsAtTheInclude(@TempDir Path dir)
      throws IOException {
    Path top =
        split(
            dir,
            "opcon-transition.yaml",
            "include: [missions/*.yaml]",
            "include: [missions/*.yaml, missions/4.yaml, \"plans/*.yaml\", missions]");
    Run r = Run.of("validate", top.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    List<String> heads = new ArrayList<>();
    r.out().lines().filter(l -> l.contains(": error: ")).forEach(heads::add);
    assertThat(heads)
        .containsExactly(
            top
                + ":45:28: error: 'missions/4.yaml' names no file (looked for '"
                + dir.resolve("missions/4.yaml")
                + "') [RM114]",
            top
                + ":45:45: error: 'plans/*.yaml' matches no file (looked for '"
                + dir.resolve("plans/*.yaml")
                + "') [RM114]",
            top + ":45:61: error: 'missions' is a directory, not a roadmap file [RM115]");
  }

  @Test
  void aFileNamedByTwoIncludesIsReadOnce(@TempDir Path dir) throws IOException {
    Path top =
        split(
            dir,
            "opcon-transition.yaml",
            "include: [missions/*.yaml]",
            "include: [missions/*.yaml, missions/1-ten-missions.yaml, ./missions/../missions/2-roadmap-2012.yaml]");
    Run r = Run.of("validate", top.toString());
    assertThat(r.out()).isEqualTo("checked 4 files (3 included by another): no problems found\n");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void anIncludedFileOverTheSizeLimitIsRm112AtThatFile(@TempDir Path dir) throws IOException {
    Path top = split(dir, null, null, null);
    Path big = dir.resolve("missions/2-roadmap-2012.yaml");
    // A limit just over the top file's size; the included file grows past it.
    long limit = Files.size(top) + 1000;
    Files.writeString(big, Files.readString(big) + ("# " + "x".repeat(97) + "\n").repeat(200));
    long size = Files.size(big);
    assertThat(size).isGreaterThan(limit);
    Run r = Run.of("validate", top.toString(), "--max-file-size", Long.toString(limit));
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out())
        .isEqualTo(
            big
                + ": error: the file is "
                + size
                + " bytes, over the limit of "
                + limit
                + " bytes; it is not read"
                + " [RM112]\n"
                + "  = help: raise the limit with --max-file-size if the file is genuine\n"
                + "\n"
                + "checked 4 files (3 included by another): 1 error\n");
  }

  @Test
  void theMilestoneLimitCountsEveryFileTogether() {
    // 4 milestones in the top file, 17, 9 and 14 in the others: each file within 20, not all.
    Run r = Run.of("validate", SPLIT, "--max-milestones", "20");
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out())
        .startsWith(
            SPLIT
                + ":45:10: error: the roadmap and the files it includes have 44 milestones, over"
                + " the limit of 20; they are not checked [RM112]\n")
        .endsWith("checked 4 files (3 included by another): 1 error\n");
    assertThat(Run.of("validate", SPLIT, "--max-milestones", "44").code()).isZero();
  }

  @Test
  void anExportIsNeverWrittenOverAnIncludedFile(@TempDir Path dir) throws IOException {
    Path top = split(dir, null, null, null);
    Path mission = dir.resolve("missions/1-ten-missions.yaml");
    String before = Files.readString(mission);
    Run r = Run.of("export", top.toString(), "--format", "csv", "-o", mission.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(mission.toString());
    assertThat(Files.readString(mission)).isEqualTo(before);
  }

  @Test
  void aGlobIsMatchedInNameOrderAndStopsAtItsLimitOfPaths() throws IOException {
    String glob = SPLIT_DIR + "/missions/*.yaml";
    assertThat(FileIncludes.INSTANCE.glob(glob))
        .containsExactly(
            SPLIT_DIR + "/missions/1-ten-missions.yaml",
            SPLIT_DIR + "/missions/2-roadmap-2012.yaml",
            SPLIT_DIR + "/missions/3-conditions-based.yaml");
    assertThat(FileIncludes.INSTANCE.glob(SPLIT_DIR + "/**/2-*.yaml"))
        .containsExactly(SPLIT_DIR + "/missions/2-roadmap-2012.yaml");
    // The directory and its three files are four paths.
    assertThat(FileIncludes.glob(glob, 4)).hasSize(3);
    assertThatThrownBy(() -> FileIncludes.glob(glob, 3))
        .isInstanceOf(IOException.class)
        .hasMessage("it looks at more than 3 paths; name a smaller tree");
  }

  @Test
  void exportCheckSeesAChangeInAnIncludedFile(@TempDir Path dir) throws IOException {
    Path top = split(dir, null, null, null);
    Path out = dir.resolve("TIMELINE.md");
    assertThat(
            Run.of("export", top.toString(), "--format", "markdown", "-o", out.toString()).code())
        .isZero();
    Run fresh =
        Run.of("export", top.toString(), "--format", "markdown", "-o", out.toString(), "--check");
    assertThat(fresh.code()).isZero();
    Path mission = dir.resolve("missions/1-ten-missions.yaml");
    Files.writeString(
        mission, Files.readString(mission).replace("date: 2008-09-30", "date: 2008-10-30"));
    Run stale =
        Run.of("export", top.toString(), "--format", "markdown", "-o", out.toString(), "--check");
    assertThat(stale.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(stale.err()).contains("2008-10-30");
  }

  @Test
  void diffOfARevisionReadsTheIncludedFilesAtThatRevision(@TempDir Path dir) throws Exception {
    assumeTrue(DiffCommandTest.gitAvailable(), "git is not installed");
    Path top = split(dir, null, null, null);
    DiffCommandTest.git(dir, "init", "-q");
    DiffCommandTest.git(dir, "add", ".");
    DiffCommandTest.git(dir, "commit", "-q", "-m", "split");
    Path mission = dir.resolve("missions/1-ten-missions.yaml");
    Files.writeString(
        mission, Files.readString(mission).replace("date: 2008-09-30", "date: 2008-10-30"));
    Run r = Run.of("diff", "HEAD:opcon-transition.yaml", top.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .startsWith(
            "HEAD:opcon-transition.yaml -> "
                + top
                + ", as of 2026-11-27\n1 milestone moved, 1 transfer later by 30 days\n")
        .contains("  day-night-sar  xfer-day-night-sar   2008-09-30   2008-10-30  +30d later\n");
  }
}
