package dev.roadmap.cli;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.load.Limits;
import dev.roadmap.load.TextDecoder;
import dev.roadmap.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds and reads roadmap files: paths, directories, standard input, and {@code REV:PATH} through
 * {@code git show}. The only place that reads them.
 */
public final class Sources {
  /** The name standard input goes by in diagnostics. */
  static final String STDIN = "<stdin>";

  /** The longest a {@code git show} may take. */
  static final long GIT_TIMEOUT_SECONDS = 60;

  private Sources() {}

  /**
   * A file's name and text.
   *
   * @param name the name used in output
   * @param text the whole text, a leading byte-order mark removed ("" when not readable)
   * @param problem why the file cannot be read as a roadmap (RM112, RM113), or null
   * @param includes where the files it includes are read from
   */
  public record Source(String name, String text, Diagnostic problem, IncludeReader includes) {
    /** A file that was read and decoded. */
    public Source(String name, String text) {
      this(name, text, null);
    }

    /** A file whose includes are read from the file system. */
    public Source(String name, String text, Diagnostic problem) {
      this(name, text, problem, FileIncludes.INSTANCE);
    }

    /** This file, its includes read from {@code reader}. */
    Source readingIncludes(IncludeReader reader) {
      return new Source(name, text, problem, reader);
    }
  }

  /**
   * Expands the command-line paths into roadmap files: a file as given, a directory into its {@code
   * .yaml} and {@code .yml} files (recursively, hidden directories skipped), and {@code -} into
   * standard input. Sorted by name and without repeats, so that the order of the arguments never
   * changes the output.
   *
   * @throws UserException (exit 3) when a path does not exist or a directory holds no roadmap
   */
  static List<String> expand(List<String> paths, List<String> problems) {
    TreeSet<String> files = new TreeSet<>();
    boolean stdin = false;
    for (String p : paths) {
      if (p.equals("-")) {
        stdin = true;
        continue;
      }
      // "./roadmaps/x.yaml" and "roadmaps/x.yaml" are one file, with one name in every report.
      Path path = Path.of(p).normalize();
      if (path.toString().isEmpty()) {
        path = Path.of(".");
      }
      if (Files.isDirectory(path)) {
        List<String> found = walk(path, problems);
        if (found.isEmpty()) {
          problems.add("no roadmap files (*.yaml, *.yml) under '" + p + "'");
        }
        files.addAll(found);
      } else {
        files.add(path.toString());
      }
    }
    List<String> out = new ArrayList<>(files);
    if (stdin) {
      out.add(STDIN);
    }
    return out;
  }

  private static List<String> walk(Path dir, List<String> problems) {
    try (Stream<Path> s = Files.walk(dir)) {
      List<String> found = new ArrayList<>();
      s.filter(
              f -> {
                String n = f.getFileName().toString();
                return (n.endsWith(".yaml") || n.endsWith(".yml")) && !hidden(dir.relativize(f));
              })
          .map(Path::normalize)
          .sorted()
          .forEach(
              f -> {
                if (Files.isRegularFile(f)) {
                  found.add(f.toString());
                } else if (Files.isSymbolicLink(f) && !Files.exists(f)) {
                  // A link that leads nowhere, or in a loop: say so rather than skip it.
                  problems.add("cannot read '" + f + "': broken or looping symbolic link");
                }
              });
      return found;
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add("cannot read directory '" + dir + "': " + reason(e));
      return List.of();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The roadmap a command-line argument names: a file, or {@code -} for standard input.
   *
   * @throws UserException (exit 3) when it cannot be read
   */
  static Source ofArgument(String arg, InputStream stdin, Limits limits) {
    String name = arg.equals("-") ? STDIN : arg;
    try {
      return read(name, stdin, limits);
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, cannot("read", name, e));
    }
  }

  /**
   * The roadmap a command-line argument names: a file, {@code -}, or {@code REV:PATH} read with
   * {@code git show} in {@link #gitDirectory the directory} of {@code other}, the other argument.
   *
   * @throws UserException (exit 3) when it cannot be read, or git fails
   */
  static Source ofArgumentOrRevision(String arg, String other, InputStream stdin, Limits limits) {
    Revision rev = Revision.parse(arg);
    if (rev == null) {
      return ofArgument(arg, stdin, limits);
    }
    return gitShow(arg, rev, gitDirectory(other), limits);
  }

  /**
   * Reads one file (or standard input for {@link #STDIN}) within the size limit and decodes it. A
   * file over the limit or not text gives a source with no text and the diagnostic that says why.
   */
  static Source read(String name, InputStream stdin, Limits limits) throws IOException {
    long max = limits.maxFileBytes();
    byte[] bytes;
    if (name.equals(STDIN)) {
      bytes = readUpTo(stdin, max);
    } else {
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        throw new IOException("Is a directory");
      }
      long size = Files.size(path);
      if (size > max) {
        return tooLarge(name, size, max);
      }
      // Devices and pipes report a size of 0: read at most one byte past the limit whatever.
      try (InputStream in = Files.newInputStream(path)) {
        bytes = readSized(in, size, max);
      }
    }
    if (bytes == null) {
      return tooLarge(name, max + 1, max);
    }
    TextDecoder.Result decoded = TextDecoder.decode(name, bytes);
    if (bytes.length >= BIG) {
      // The bytes of a big file are garbage once decoded, and too big for the young generation:
      // they would sit in the old one, beside the model to come, until a full collection late in
      // the run (a million milestones: 0.64 s, with the model to mark and move). One now, with
      // only the text live, takes a few tens of milliseconds. -XX:+DisableExplicitGC turns it off.
      bytes = null;
      System.gc();
    }
    return source(name, decoded);
  }

  private static Source source(String name, TextDecoder.Result decoded) {
    return decoded.text() != null
        ? new Source(name, decoded.text())
        : new Source(name, "", decoded.diagnostic());
  }

  /**
   * The bytes of a file that reports {@code size} bytes, read into one array of that size: a big
   * file then leaves no chunks behind for the collector to copy and free (a file of 140 MB made 140
   * MB of chunks, then 140 MB of joined bytes). A file that is longer or shorter than it said (it
   * changed meanwhile), or says 0 (a device, a pipe), is read as a stream; null when it holds more
   * than {@code max} bytes.
   */
  static byte[] readSized(InputStream in, long size, long max) throws IOException {
    if (size <= 0 || size > max || size > Integer.MAX_VALUE - 8) {
      return readUpTo(in, max);
    }
    byte[] bytes = new byte[(int) size];
    // In chunks: one read into the whole array goes through a direct buffer as big as the file, a
    // copy of it in memory the JVM must fault in (a million milestones' 250 MB: 1.1-1.6 s and 243
    // MB more peak memory, against 0.1 s).
    int n = 0;
    while (n < bytes.length) {
      int r = in.read(bytes, n, Math.min(CHUNK, bytes.length - n));
      if (r < 0) {
        break;
      }
      n += r;
    }
    if (n < bytes.length) {
      return Arrays.copyOf(bytes, n);
    }
    byte[] more = readUpTo(in, max - n);
    if (more == null) {
      return null;
    }
    if (more.length == 0) {
      return bytes;
    }
    byte[] all = Arrays.copyOf(bytes, n + more.length);
    System.arraycopy(more, 0, all, n, more.length);
    return all;
  }

  /**
   * The bytes of a stream of at most {@code max} bytes, or null when it holds more. Read in chunks
   * that are joined only when the stream ends within the limit, so a stream over the limit (a pipe,
   * a device) costs the limit in memory, not twice it.
   */
  static byte[] readUpTo(InputStream in, long max) throws IOException {
    List<byte[]> chunks = new ArrayList<>();
    long total = 0;
    while (true) {
      byte[] chunk = in.readNBytes(CHUNK);
      total += chunk.length;
      if (total > max || total > Integer.MAX_VALUE - 8) {
        return null; // over the limit, or more than one Java array holds
      }
      if (chunk.length == 0) {
        break;
      }
      chunks.add(chunk);
      if (chunk.length < CHUNK) {
        break;
      }
    }
    byte[] all = new byte[(int) total];
    int at = 0;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, all, at, c.length);
      at += c.length;
    }
    return all;
  }

  /** From this size a file's bytes are collected as soon as they are decoded. */
  static final int BIG = 16 << 20;

  /**
   * Well under half a G1 region (1 MiB in a small heap), so that no chunk is a humongous object.
   */
  private static final int CHUNK = 1 << 16;

  private static Source tooLarge(String name, long size, long max) {
    return new Source(
        name,
        "",
        Diagnostic.of(
            Code.LIMIT_EXCEEDED,
            Span.ofFile(name),
            "the file is "
                + (size > max + 1 ? size + " bytes" : "over " + max + " bytes")
                + ", over the limit of "
                + max
                + " bytes; it is not read",
            "raise the limit with --max-file-size if the file is genuine"));
  }

  /** The message of a failure to read or write ({@code verb}) a file, with the reason. */
  static String cannot(String verb, Object file, Exception e) {
    return "cannot " + verb + " '" + file + "': " + reason(e);
  }

  /** A short reason for an I/O failure, without the exception class. */
  static String reason(Exception e) {
    Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
    if (t instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    if (t instanceof IOException && "Is a directory".equals(t.getMessage())) {
      return "is a directory";
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** The directory git runs in: the other argument's when it is a file, else the current one. */
  static Path gitDirectory(String other) {
    if (!other.equals("-") && Revision.parse(other) == null) {
      try {
        Path parent = Path.of(other).toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) {
          return parent;
        }
      } catch (java.nio.file.InvalidPathException e) {
        // not a usable path: the current directory
      }
    }
    return Path.of("").toAbsolutePath();
  }

  /**
   * A {@code REV:PATH} argument.
   *
   * @param rev the revision, such as {@code HEAD~1} or {@code origin/main}
   * @param path the path in that revision
   */
  record Revision(String rev, String path) {
    /** The revision an argument names, or null when it is a file (or '-', or no REV:PATH). */
    static Revision parse(String arg) {
      if (arg.equals("-") || isFile(arg)) {
        return null;
      }
      int colon = arg.indexOf(':');
      if (colon <= 0 || colon == arg.length() - 1) {
        return null;
      }
      String rev = arg.substring(0, colon);
      String path = arg.substring(colon + 1);
      // "C:\x.yaml" on Windows is a file that does not exist, not revision "C".
      if (rev.length() == 1 && (path.startsWith("\\") || path.startsWith("/"))) {
        return null;
      }
      if (rev.startsWith("-")) {
        // git would read it as an option ("--output=FILE" writes a file): refused, as git itself
        // is also told where its options end.
        throw new UserException(
            ExitCodes.USAGE,
            "'" + arg + "' is neither a file nor REV:PATH: a revision cannot start with '-'");
      }
      return new Revision(rev, path);
    }

    private static boolean isFile(String arg) {
      try {
        return Files.exists(Path.of(arg));
      } catch (java.nio.file.InvalidPathException e) {
        return false;
      }
    }
  }

  /** The file {@code git show REV:PATH} prints, run in {@code dir}; exit 3 when git fails. */
  static Source gitShow(String name, Revision r, Path dir, Limits lim) {
    ProcessBuilder pb =
        new ProcessBuilder(
                "git",
                "--no-pager",
                "-C",
                dir.toString(),
                "show",
                "--end-of-options",
                r.rev() + ":" + r.path())
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new UserException(
          ExitCodes.IO, "cannot read '" + name + "': cannot run git (" + reason(e) + ")");
    }
    try {
      p.getOutputStream().close();
      CompletableFuture<byte[]> stderr = drain(p.getErrorStream());
      long max = lim.maxFileBytes();
      byte[] bytes = readUpTo(p.getInputStream(), max);
      if (bytes == null) {
        p.destroy();
        return tooLarge(name, max + 1, max);
      }
      if (!p.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new UserException(
            ExitCodes.IO,
            "cannot read '" + name + "': git did not finish in " + GIT_TIMEOUT_SECONDS + "s");
      }
      if (p.exitValue() != 0) {
        String message = new String(stderr.join(), StandardCharsets.UTF_8).strip();
        throw new UserException(
            ExitCodes.IO,
            "cannot read '"
                + name
                + "' with 'git show' in "
                + dir
                + ": "
                + (message.isEmpty() ? "git exited with " + p.exitValue() : message));
      }
      return source(name, TextDecoder.decode(name, bytes))
          .readingIncludes(new GitIncludes(r.rev(), dir));
    } catch (IOException e) {
      p.destroyForcibly();
      throw new UserException(ExitCodes.IO, "cannot read '" + name + "' from git: " + reason(e));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new UserException(ExitCodes.IO, "cannot read '" + name + "': interrupted");
    }
  }

  /** Reads a stream to its end on a thread of its own (a process's standard error). */
  static CompletableFuture<byte[]> drain(InputStream in) {
    CompletableFuture<byte[]> f = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try (in) {
                f.complete(in.readAllBytes());
              } catch (IOException e) {
                f.complete(new byte[0]);
              }
            },
            "git-stderr");
    t.setDaemon(true);
    t.start();
    return f;
  }
}
