package dev.roadmap.cli;

import dev.roadmap.load.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Included files read from a git revision, for a roadmap given as {@code REV:PATH}: the files it
 * includes are read at the same revision. What the revision holds is listed once ({@code git
 * ls-tree}, on the first include), and each file is read with one {@code git show}, as {@link
 * Sources} reads the top file.
 */
final class GitIncludes implements IncludeReader {
  private final String rev;
  private final Path dir;

  /** Path in the revision to its kind, read on first use. */
  private Map<String, Kind> tree;

  GitIncludes(String rev, Path dir) {
    this.rev = rev;
    this.dir = dir;
  }

  @Override
  public String resolve(String includer, String path) {
    String inRev = includer.substring(includer.indexOf(':') + 1);
    int slash = inRev.lastIndexOf('/');
    String joined = slash < 0 ? path : inRev.substring(0, slash) + "/" + path;
    return rev + ":" + FileIncludes.normalize(joined);
  }

  private String path(String name) {
    return name.substring(rev.length() + 1);
  }

  @Override
  public Kind kind(String name) {
    Kind k = tree().get(path(name));
    return k == null ? Kind.MISSING : k;
  }

  @Override
  public List<String> glob(String pattern) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path(pattern));
    return tree().entrySet().stream()
        .filter(e -> e.getValue() == Kind.FILE && matcher.matches(Path.of(e.getKey())))
        .map(e -> rev + ":" + e.getKey())
        .sorted()
        .toList();
  }

  @Override
  public Sources.Source read(String name, Limits limits) {
    return Sources.gitShow(name, new Sources.Revision(rev, path(name)), dir, limits);
  }

  /** Every path of the revision, with its kind: one {@code git ls-tree}. */
  private Map<String, Kind> tree() {
    if (tree != null) {
      return tree;
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                "git",
                "--no-pager",
                "-C",
                dir.toString(),
                "ls-tree",
                "-r",
                "-t",
                "-z",
                "--full-tree",
                "--end-of-options",
                rev)
            .redirectErrorStream(false)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, Kind> out = new TreeMap<>();
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] bytes;
      try (InputStream in = p.getInputStream()) {
        bytes = in.readAllBytes();
      }
      if (!p.waitFor(Sources.GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      for (String entry : new String(bytes, StandardCharsets.UTF_8).split("\0")) {
        int tab = entry.indexOf('\t');
        if (tab < 0) {
          continue;
        }
        String[] head = entry.substring(0, tab).split(" ");
        Kind kind =
            head[1].equals("tree")
                ? Kind.DIRECTORY
                : head[1].equals("blob") && !head[0].equals("120000") ? Kind.FILE : Kind.OTHER;
        out.put(entry.substring(tab + 1), kind);
      }
    } catch (IOException e) {
      // git cannot run: no file is found, and each include says so
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree = out;
    return out;
  }
}
