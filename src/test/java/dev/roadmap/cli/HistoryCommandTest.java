package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.Gfm;
import dev.roadmap.HistoryRepo;
import dev.roadmap.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roadmap history} over a repository that replays the sample's wartime OPCON decisions as
 * three commits ({@link HistoryRepo}): 2012-04-17, then 2015-12-01, then computed.
 */
class HistoryCommandTest {
  static final String ID = "opcon-transition-fcfc";

  /** The short ids of the repository's commits, oldest first. */
  static List<String> commits(HistoryRepo repo) {
    return repo.git("log", "--reverse", "--format=%H").lines().map(h -> h.substring(0, 7)).toList();
  }

  @Test
  void theOpconTransferListsItsThreeDatesTheirCommitsAndTheTotalSlip(@TempDir Path dir) {
    HistoryRepo repo = HistoryRepo.replay(dir);
    List<String> c = commits(repo);
    Run run = Run.of("history", repo.file(), "--id", ID);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "roadmaps/opcon-transition.yaml: 3 revisions, 2007-06-28 to 2014-10-23;"
                + " 1 milestone moved\n"
                + "\n"
                + "opcon-transition-fcfc  Wartime OPCON transfer when the conditions are met"
                + " (projected; no date agreed)\n"
                + "  slipped +3190d in all: 2012-04-17 -> ~2021-01-10, moved by 2 revisions\n"
                + "  2007-06-28  "
                + c.get(0)
                + "  2012-04-17           Strategic Transition Plan: wartime OPCON to the ROK on"
                + " 2012-04-17\n"
                + "  2010-06-26  "
                + c.get(1)
                + "  2015-12-01   +1323d  Toronto: wartime OPCON transfer delayed to 2015-12-01\n"
                + "  2014-10-23  "
                + c.get(2)
                + "  ~2021-01-10  +1867d  46th SCM: conditions-based transition, no date\n");
  }

  @Test
  void everyFormatMatchesItsGoldenFile(@TempDir Path dir) {
    HistoryRepo repo = HistoryRepo.replay(dir);
    for (String format : List.of("text", "markdown", "json", "html")) {
      Run run = Run.of("history", repo.file(), "--format", format);
      assertThat(run.code()).as(format).isZero();
      assertThat(Run.of("history", repo.file(), "--format", format).out()).isEqualTo(run.out());
      String ext =
          switch (format) {
            case "text" -> "txt";
            case "markdown" -> "md";
            default -> format;
          };
      TestFiles.assertGolden(
          TestFiles.resources().resolve("golden/history-opcon-transition." + ext), run.out());
    }
  }

  @Test
  void theMarkdownHasOneTableOfThreeRevisions(@TempDir Path dir) {
    HistoryRepo repo = HistoryRepo.replay(dir);
    String md = Run.of("history", repo.file(), "--format", "markdown").out();
    var tables = Gfm.tables(Gfm.parse(md));
    assertThat(tables).hasSize(1);
    List<List<String>> rows = Gfm.rows(tables.get(0));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).get(2)).isEqualTo("2012-04-17");
    assertThat(rows.get(2).get(2)).isEqualTo("2015-12-01");
    assertThat(rows.get(3).get(2)).isEqualTo("~2021-01-10");
  }

  @Test
  void aRevisionThatDoesNotParseIsListedAndSkipped(@TempDir Path dir) {
    HistoryRepo repo = HistoryRepo.replay(dir);
    String good = TestFiles.read(TestFiles.resources().resolve("history/opcon-2014.yaml"));
    repo.commit(
        good.replace("as-of: 2014-10-23", "as-of: [2014"), "2015-01-05T09:00:00+09:00", "Broken");
    repo.commit(
        good.replace("not-before: 2020-01-01", "not-before: 2021-01-01"),
        "2015-02-05T09:00:00+09:00",
        "Core capabilities a year later");
    List<String> c = commits(repo);
    Run run = Run.of("history", repo.file(), "--id", ID);
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith(
            "roadmaps/opcon-transition.yaml: 5 revisions, 2007-06-28 to 2015-02-05 (1 skipped);"
                + " 1 milestone moved\n"
                + "skipped 1 revision:\n"
                + "  2015-01-05  "
                + c.get(3)
                + "  RM100 at line ")
        .contains("  slipped +3556d in all: 2012-04-17 -> ~2022-01-11, moved by 3 revisions\n")
        .endsWith(
            "  2015-02-05  "
                + c.get(4)
                + "  ~2022-01-11   +366d  Core capabilities a year later\n");
  }

  @Test
  void aMergeIsOneRevisionAndTheLastIsTheFileAsTheBranchHasIt(@TempDir Path dir) {
    HistoryRepo repo = HistoryRepo.replay(dir);
    String last = TestFiles.read(TestFiles.resources().resolve("history/opcon-2014.yaml"));
    repo.git("checkout", "-q", "-b", "side");
    repo.commit(
        last.replace("not-before: 2020-01-01", "not-before: 2021-01-01"),
        "2015-02-05T09:00:00+09:00",
        "Core capabilities a year later");
    repo.git("checkout", "-q", "main");
    repo.commit(
        last.replace("title: Strategic Transition Plan (STP) signed", "title: STP signed"),
        "2015-03-05T09:00:00+09:00",
        "A shorter title");
    repo.git("merge", "-q", "--no-edit", "side");
    Run run = Run.of("history", repo.file(), "--id", ID);
    assertThat(run.code()).isZero();
    // The side branch's commit is not a revision of the branch: the merge that brought it is.
    assertThat(run.out())
        .startsWith("roadmaps/opcon-transition.yaml: 5 revisions, ")
        .doesNotContain("Core capabilities a year later")
        .contains("  slipped +3556d in all: 2012-04-17 -> ~2022-01-11, moved by 3 revisions\n")
        .containsPattern("~2022-01-11 +\\+366d  Merge branch 'side'\n$");
  }

  @Test
  void aRevisionThatIncludesOtherFilesIsSkippedWithTheReason(@TempDir Path dir) {
    HistoryRepo repo = HistoryRepo.replay(dir);
    String last = TestFiles.read(TestFiles.resources().resolve("history/opcon-2014.yaml"));
    repo.write("roadmaps/more.yaml", "milestones: []\n");
    repo.commit(
        last.replace("as-of: 2014-10-23", "as-of: 2014-10-23\ninclude: [more.yaml]"),
        "2015-01-05T09:00:00+09:00",
        "Split");
    Run run = Run.of("history", repo.file(), "--id", ID);
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("(1 skipped)").contains(HistoryCommand.INCLUDES);
  }

  @Test
  void renamesAreFollowed(@TempDir Path dir) {
    HistoryRepo repo = HistoryRepo.replay(dir);
    repo.git("mv", HistoryRepo.FILE, "roadmaps/opcon.yaml");
    repo.commitAll("2015-03-01T09:00:00+09:00", "Rename the roadmap");
    Run run = Run.of("history", dir.resolve("roadmaps/opcon.yaml").toString(), "--format", "json");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("\"file\": \"roadmaps/opcon.yaml\"")
        .contains("\"summary\": \"4 revisions, 2007-06-28 to 2015-03-01; 1 milestone moved\"")
        .contains("\"path\": \"roadmaps/opcon-transition.yaml\"");
  }

  @Test
  void sinceStartsFromTheFileAsThatRevisionHasIt(@TempDir Path dir) {
    HistoryRepo repo = HistoryRepo.replay(dir);
    Run since = Run.of("history", repo.file(), "--since", "HEAD~1", "--id", ID);
    assertThat(since.code()).isZero();
    assertThat(since.out())
        .startsWith("roadmaps/opcon-transition.yaml: 2 revisions, 2010-06-26 to 2014-10-23;")
        .contains("slipped +1867d in all: 2015-12-01 -> ~2021-01-10, moved by 1 revision\n");
    Run until = Run.of("history", repo.file(), "--until", "HEAD~1", "--id", ID);
    assertThat(until.out())
        .startsWith("roadmaps/opcon-transition.yaml: 2 revisions, 2007-06-28 to 2010-06-26;")
        .contains("slipped +1323d in all: 2012-04-17 -> 2015-12-01, moved by 1 revision\n");
  }

  @Test
  void usageErrorsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
    HistoryRepo repo = HistoryRepo.replay(dir.resolve("repo"));
    Run unknownId = Run.of("history", repo.file(), "--id", "opcon-transition-fcf");
    assertThat(unknownId.code()).isEqualTo(2);
    assertThat(unknownId.err())
        .startsWith(
            "roadmap history: no milestone 'opcon-transition-fcf' in any revision of "
                + repo.file()
                + "; did you mean 'opcon-transition-fcfc'?\n");

    Run badRev = Run.of("history", repo.file(), "--since", "v9");
    assertThat(badRev.code()).isEqualTo(2);
    assertThat(badRev.err())
        .startsWith("roadmap history: --since 'v9' names no commit in the repository of ");

    Run option = Run.of("history", repo.file(), "--until=--output=x");
    assertThat(option.code()).isEqualTo(2);
    assertThat(option.err())
        .startsWith("roadmap history: --until '--output=x' is not a revision\n");

    repo.write("roadmaps/new.yaml", "roadmap: 1\n");
    Run untracked = Run.of("history", dir.resolve("repo/roadmaps/new.yaml").toString());
    assertThat(untracked.code()).isEqualTo(2);
    assertThat(untracked.err())
        .startsWith(
            "roadmap history: '"
                + dir.resolve("repo/roadmaps/new.yaml")
                + "' has no history in git: it is not tracked, or was never committed\n");

    Path plain = dir.resolve("plain/x.yaml");
    Files.createDirectories(plain.getParent());
    Files.writeString(plain, "roadmap: 1\n");
    Run notRepo = Run.of("history", plain.toString());
    assertThat(notRepo.code()).isEqualTo(2);
    assertThat(notRepo.err())
        .startsWith("roadmap history: '" + plain + "' is not in a git repository\n");
  }
}
