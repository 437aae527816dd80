package dev.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A git repository made for a test, whose commits replay the sample's wartime OPCON history: the
 * 2007 decision (transfer on 2012-04-17), the 2010 one (moved to 2015-12-01) and the 2014 one
 * (replaced by conditions, so computed), each committed as {@code roadmaps/opcon-transition.yaml}
 * on the day of the decision, with fixed names, e-mails and dates: the commit ids are the same on
 * every run.
 */
public final class HistoryRepo {
  /** The file's path in the repository. */
  public static final String FILE = "roadmaps/opcon-transition.yaml";

  /** The fixtures, in the order they are committed, with the date and subject of each commit. */
  public static final List<String[]> COMMITS =
      List.of(
          new String[] {
            "opcon-2007.yaml",
            "2007-06-28T12:00:00+09:00",
            "Strategic Transition Plan: wartime OPCON to the ROK on 2012-04-17"
          },
          new String[] {
            "opcon-2010.yaml",
            "2010-06-26T12:00:00+09:00",
            "Toronto: wartime OPCON transfer delayed to 2015-12-01"
          },
          new String[] {
            "opcon-2014.yaml",
            "2014-10-23T12:00:00+09:00",
            "46th SCM: conditions-based transition, no date"
          });

  private final Path dir;

  private HistoryRepo(Path dir) {
    this.dir = dir;
  }

  /** A new repository in {@code dir} with the three commits. */
  public static HistoryRepo replay(Path dir) {
    HistoryRepo repo = new HistoryRepo(dir);
    repo.git("init", "-q");
    for (String[] c : COMMITS) {
      repo.commit(
          TestFiles.read(TestFiles.resources().resolve("history").resolve(c[0])), c[1], c[2]);
    }
    return repo;
  }

  /** The repository's directory. */
  public Path dir() {
    return dir;
  }

  /** The roadmap's absolute path. */
  public String file() {
    return dir.resolve(FILE).toString();
  }

  /** Writes {@code text} as the roadmap and commits it on {@code date}. */
  public void commit(String text, String date, String subject) {
    write(FILE, text);
    git("add", "-A");
    commitAll(date, subject);
  }

  /** Writes a file of the repository. */
  public void write(String path, String text) {
    try {
      Files.createDirectories(dir.resolve(path).getParent());
      Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Commits what is staged on {@code date}. */
  public void commitAll(String date, String subject) {
    gitAt(date, "commit", "-q", "-m", subject);
  }

  /** Runs git in the repository, as a fixed person on a fixed date; its standard output. */
  public String git(String... args) {
    return gitAt("2026-12-01T12:00:00+00:00", args);
  }

  private String gitAt(String date, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=Roadmap Planner",
                "-c",
                "user.email=planner@example.org",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main",
                "-C",
                dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("GIT_AUTHOR_DATE", date);
    env.put("GIT_COMMITTER_DATE", date);
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    try {
      Files.createDirectories(dir);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("git %s: %s", args, out).isZero();
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
