package dev.roadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading a file that the tool itself writes, a baseline or an export that {@code --check}
 * compares: it must be a regular file (a device would never end, a pipe with no writer would never
 * open), and it is read within a byte limit, so that no path makes a read run out of memory or
 * hang.
 */
final class RegularFiles {
  private RegularFiles() {}

  /**
   * The text of {@code path} (UTF-8, a bad byte replaced), or null when it holds more than {@code
   * max} bytes.
   *
   * @throws UserException (exit 3) when the path exists and is not a regular file
   * @throws IOException when it cannot be read (missing, permission denied)
   */
  static String read(Path path, long max) throws IOException {
    if (Files.isDirectory(path)) {
      throw new IOException("Is a directory");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new UserException(
          ExitCodes.IO,
          "cannot read '"
              + path
              + "': not a regular file (a device, a pipe or a socket); name the file itself");
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = Sources.readSized(in, Files.size(path), max);
      return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * The text of a file that must be within the size limit {@code max} (a baseline).
   *
   * @throws UserException (exit 3) when it is not a regular file, cannot be read, or is larger
   */
  static String readWithin(Path path, long max) {
    String text;
    try {
      text = read(path, max);
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, Sources.cannot("read", path, e));
    }
    if (text == null) {
      throw new UserException(
          ExitCodes.IO,
          "cannot read '"
              + path
              + "': it is over the limit of "
              + max
              + " bytes (raise it with --max-file-size if the file is genuine)");
    }
    return text;
  }
}
