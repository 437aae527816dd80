package dev.roadmap.cli;

import dev.roadmap.load.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Included files read from the file system, as {@link Sources#read} reads the others. */
final class FileIncludes implements IncludeReader {
  static final FileIncludes INSTANCE = new FileIncludes();

  /** The most paths a glob looks at. */
  static final int MAX_PATHS = 100_000;

  private FileIncludes() {}

  @Override
  public String resolve(String includer, String path) {
    Path dir = includer.equals(Sources.STDIN) ? null : Path.of(includer).getParent();
    String joined = dir == null ? path : dir + "/" + path;
    return normalize(joined);
  }

  /** {@code a/./b/../c} as {@code a/c}, with '/' between parts; globs are kept as written. */
  static String normalize(String name) {
    boolean absolute = name.startsWith("/");
    List<String> parts = new ArrayList<>();
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else if (!(part.equals("..") && absolute)) {
        parts.add(part);
      }
    }
    String joined = String.join("/", parts);
    return absolute ? "/" + joined : joined.isEmpty() ? "." : joined;
  }

  @Override
  public Kind kind(String name) {
    try {
      Path p = Path.of(name);
      if (Files.isRegularFile(p)) {
        return Kind.FILE;
      }
      if (Files.isDirectory(p)) {
        return Kind.DIRECTORY;
      }
      return Files.exists(p, LinkOption.NOFOLLOW_LINKS) && Files.exists(p)
          ? Kind.OTHER
          : Kind.MISSING;
    } catch (InvalidPathException e) {
      return Kind.MISSING;
    }
  }

  @Override
  public List<String> glob(String pattern) throws IOException {
    return glob(pattern, MAX_PATHS);
  }

  /** The files matching {@code pattern}, looking at no more than {@code max} paths. */
  static List<String> glob(String pattern, int max) throws IOException {
    // Walk from the deepest directory the pattern names without a glob character.
    String[] parts = pattern.split("/");
    StringBuilder base = new StringBuilder(pattern.startsWith("/") ? "/" : "");
    int depth = 0;
    for (int i = 0; i < parts.length; i++) {
      if (hasGlob(parts[i])) {
        depth = pattern.contains("**") ? Integer.MAX_VALUE : parts.length - i;
        break;
      }
      if (!parts[i].isEmpty()) {
        base.append(base.length() == 0 || base.toString().endsWith("/") ? "" : "/")
            .append(parts[i]);
      }
    }
    Path root = Path.of(base.length() == 0 ? "." : base.toString());
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    boolean dotted = base.length() == 0;
    try (Stream<Path> s = Files.walk(root, depth)) {
      // A glob such as '/**' would walk the whole file system: it stops at a number of paths.
      List<Path> walked = s.limit(max + 1L).toList();
      if (walked.size() > max) {
        throw new IOException("it looks at more than " + max + " paths; name a smaller tree");
      }
      return walked.stream()
          .filter(Files::isRegularFile)
          .map(p -> dotted ? root.relativize(p) : p)
          .filter(matcher::matches)
          .map(p -> normalize(p.toString()))
          .sorted()
          .toList();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean hasGlob(String part) {
    return new dev.roadmap.load.Include(part, dev.roadmap.model.Span.NONE).isGlob();
  }

  @Override
  public Sources.Source read(String name, Limits limits) throws IOException {
    return Sources.read(name, new ByteArrayInputStream(new byte[0]), limits);
  }
}
