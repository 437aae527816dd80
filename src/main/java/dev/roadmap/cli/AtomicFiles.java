package dev.roadmap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes files atomically: a temporary file beside the target, then a move over it. */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Replaces {@code target} with {@code text} (UTF-8). Readers see the old file or the new one,
   * never a part; on failure the old file is left as it was.
   */
  static void write(Path target, String text) throws IOException {
    write(
        target, text, (path, content) -> Files.writeString(path, content, StandardCharsets.UTF_8));
  }

  /** As {@link #write(Path, String)}, for a command: exit 3 when the file cannot be written. */
  static void replace(Path target, String text) {
    try {
      write(target, text);
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, Sources.cannot("write", target, e));
    }
  }

  /** Writes the content of a temporary file; a test injects one that fails (a full disk). */
  interface ContentWriter {
    void write(Path path, String text) throws IOException;
  }

  static void write(Path target, String text, ContentWriter writer) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      writer.write(tmp, text);
      permissions(tmp, target);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
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
