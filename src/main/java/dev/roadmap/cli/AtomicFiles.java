package dev.roadmap.cli;

import dev.roadmap.render.Plural;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files atomically: a temporary file beside the target, then a move over it. Every file a
 * command writes goes through here, under one policy ({@link OutputTargets} adds the checks made
 * before anything is read):
 *
 * <ul>
 *   <li>only a regular file is written: a directory, a device, a FIFO or a socket is refused;
 *   <li>a symbolic link is written through: the file it names is replaced, the link stays;
 *   <li>a missing parent directory is an error, never created (a mistyped path would be);
 *   <li>a lone UTF-16 surrogate in the text is written as U+FFFD ({@link #wellFormed});
 *   <li>the temporary file is deleted on failure, and by a shutdown hook when the process is ended
 *       (SIGTERM, Ctrl-C) during the write.
 * </ul>
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Temporary files being written, deleted by the shutdown hook if the process ends meanwhile. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "roadmap-cleanup"));
  }

  /** Deletes the temporary files still being written; the shutdown hook. */
  static void deletePending() {
    for (Path p : PENDING) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // nothing more can be done while the process ends
      }
    }
  }

  /**
   * Replaces {@code target} with {@code text} (UTF-8). Readers see the old file or the new one,
   * never a part; on failure the old file is left as it was.
   */
  static int write(Path target, String text) throws IOException {
    return write(
        target, text, (path, content) -> Files.writeString(path, content, StandardCharsets.UTF_8));
  }

  /**
   * As {@link #write(Path, String)}, for a command: exit 3 when the file cannot be written; a
   * warning on {@code err} when a lone surrogate was replaced.
   */
  static void replace(Path target, String text, PrintWriter err) {
    try {
      warnReplaced(target, write(target, text), err);
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, Sources.cannot("write", target, e));
    }
  }

  /**
   * Says on {@code err} that {@code n} lone surrogates were written to {@code target} as U+FFFD.
   */
  static void warnReplaced(Path target, int n, PrintWriter err) {
    if (n > 0) {
      err.println(
          "roadmap: warning: "
              + Plural.of(n, "lone UTF-16 surrogate")
              + " (a \\uD800-\\uDFFF escape without its pair) written to '"
              + target
              + "' as U+FFFD");
    }
  }

  /** Writes the content of a temporary file; a test injects one that fails (a full disk). */
  interface ContentWriter {
    void write(Path path, String text) throws IOException;
  }

  /**
   * As {@link #write(Path, String)}, with {@code writer} writing the temporary file.
   *
   * @return how many lone surrogates were written as U+FFFD
   */
  static int write(Path target, String text, ContentWriter writer) throws IOException {
    Path file = regularFile(target);
    Path dir = file.getParent();
    directory(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    PENDING.add(tmp);
    try {
      writer.write(tmp, wellFormed(text));
      permissions(tmp, file);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
      PENDING.remove(tmp);
    }
    return loneSurrogates(text);
  }

  /**
   * The file to replace for {@code target}: the file a symbolic link names, or the absolute path of
   * a new file.
   *
   * @throws IOException when {@code target} names no file, a directory or another file that is not
   *     regular (a device, a FIFO, a socket)
   */
  static Path regularFile(Path target) throws IOException {
    if (target.toString().isEmpty()) {
      throw new IOException("an empty path names no file");
    }
    Path abs = target.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new IOException("is a directory; give a file name");
    }
    if (Files.exists(abs)) {
      Path real = abs.toRealPath();
      if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(
            "not a regular file (a device, a FIFO or a socket); roadmap writes only regular"
                + " files: use standard output to write elsewhere");
      }
      return real;
    }
    if (abs.getFileName() == null) {
      throw new IOException("names no file");
    }
    return abs;
  }

  /**
   * Fails with a clear reason when {@code dir}, where the file goes, is missing or no directory.
   */
  private static void directory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(
          "'" + dir + "' " + (Files.exists(dir) ? "is not a directory" : "does not exist"));
    }
  }

  /** The number of lone UTF-16 surrogates in {@code text}, which UTF-8 cannot encode. */
  static int loneSurrogates(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        n++;
      }
    }
    return n;
  }

  /** {@code text} with every lone surrogate replaced by U+FFFD, so that UTF-8 can encode it. */
  static String wellFormed(String text) {
    if (loneSurrogates(text) == 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  /**
   * A temporary file is created private (0600); the file it becomes keeps the permissions of the
   * file it replaces, or gets the usual rw-r--r-- for a new one, so that a report can be read by
   * the CI user that collects it.
   */
  private static void permissions(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> perms =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  /** True when {@code a} and {@code b} name the same file (following links where they exist). */
  static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing the paths
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
