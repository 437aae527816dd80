package dev.roadmap.cli;

import dev.roadmap.load.Limits;
import dev.roadmap.load.TextDecoder;
import dev.roadmap.plan.History;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The revisions of one file in git, and its text at each: {@code git log --first-parent --follow}
 * lists the commits of the branch's line that changed it (following renames; a merge as one
 * revision) with the id of the file's blob in each, and one {@code git cat-file --batch} reads
 * every blob, and the commits {@code --since} and {@code --until} name. Two git processes in all,
 * however many revisions.
 */
final class GitRevisions implements AutoCloseable {
  /** A revision and the file's text in it (a source with a problem when it cannot be read). */
  record Text(History.Revision revision, Sources.Source source) {}

  private static final String NULL_ID = "0".repeat(40);

  /**
   * The length of a short commit id, git's shortest ({@code --no-abbrev} makes {@code %h} full).
   */
  private static final int SHORT = 7;

  private final Path dir;
  private final String file;
  private final String name;
  private final Process batch;
  private final OutputStream batchIn;
  private final InputStream batchOut;
  private final CompletableFuture<byte[]> batchErr;

  private GitRevisions(Path dir, String file, String name, Process batch) {
    this.dir = dir;
    this.file = file;
    this.name = name;
    this.batch = batch;
    this.batchIn = batch.getOutputStream();
    this.batchOut = new BufferedInputStream(batch.getInputStream(), 1 << 16);
    this.batchErr = Sources.drain(batch.getErrorStream());
  }

  /**
   * Opens the repository that holds {@code file}: git runs in the file's directory.
   *
   * @throws UserException exit 3 when git cannot run or the directory does not exist
   */
  static GitRevisions open(String file) {
    Path path = Path.of(file).toAbsolutePath().normalize();
    Path dir = path.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UserException(ExitCodes.IO, "cannot read '" + file + "': no such directory");
    }
    return new GitRevisions(
        dir, path.getFileName().toString(), file, start(dir, "cat-file", "--batch"));
  }

  private static Process start(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "--no-pager", "-C", dir.toString()));
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new UserException(
          ExitCodes.IO, "cannot read the history: cannot run git (" + Sources.reason(e) + ")");
    }
  }

  /**
   * The full id of the commit {@code rev} names ({@code option} says which option gave it).
   *
   * @throws UserException exit 2 when it names no commit, or the directory is not in a repository
   */
  String commit(String option, String rev) {
    if (rev.isEmpty() || rev.startsWith("-") || rev.contains("\n") || rev.contains("\r")) {
      throw new UserException(ExitCodes.USAGE, option + " '" + rev + "' is not a revision");
    }
    Object[] header = request(rev + "^{commit}");
    if (header == null) {
      throw new UserException(
          ExitCodes.USAGE, option + " '" + rev + "' names no commit in the repository of " + name);
    }
    skip((long) header[1]);
    return (String) header[0];
  }

  /** The commit {@code id} as a revision of the file at {@code path}. */
  History.Revision revision(String id, String path) {
    Object[] header = request(id);
    if (header == null) {
      throw new UserException(ExitCodes.IO, "cannot read commit " + id + " from git");
    }
    String text = new String(read((long) header[1]), StandardCharsets.UTF_8);
    int body = text.indexOf("\n\n");
    String subject = body < 0 ? "" : text.substring(body + 2).lines().findFirst().orElse("");
    OffsetDateTime date = OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);
    for (String line : (body < 0 ? text : text.substring(0, body)).split("\n")) {
      if (line.startsWith("committer ")) {
        String[] w = line.split(" ");
        ZoneOffset zone = ZoneOffset.of(w[w.length - 1]);
        date = Instant.ofEpochSecond(Long.parseLong(w[w.length - 2])).atOffset(zone);
      }
    }
    return new History.Revision(id, id.substring(0, SHORT), date, subject, path, null);
  }

  /**
   * The revisions of the file from {@code since} (exclusive; its text is the first revision's) to
   * {@code until}, oldest first, with the file's text in each.
   *
   * @param since the full id of {@code --since}, or null for the whole history
   * @param until the full id of {@code --until}, or null for HEAD
   */
  List<Text> texts(String since, String until, Limits limits) {
    String range = (since == null ? "" : since + "..") + (until == null ? "HEAD" : until);
    byte[] log =
        run(
            "log",
            // The line of the branch: a merge is one revision, its change the merge's against
            // its first parent, so the last revision is the file as the branch has it.
            "--first-parent",
            "--diff-merges=first-parent",
            "--follow",
            "--raw",
            "--no-abbrev",
            "-z",
            "--format=%x1e%H%x1f%cI%x1f%s",
            "--end-of-options",
            range,
            "--",
            file);
    List<String[]> commits = parse(new String(log, StandardCharsets.UTF_8));
    if (commits.isEmpty()) {
      if (since != null) {
        return List.of();
      }
      throw new UserException(
          ExitCodes.USAGE,
          "'"
              + name
              + "' has no history in git"
              + (until == null ? "" : " up to --until")
              + ": it is not tracked, or was never committed");
    }
    Collections.reverse(commits);
    List<String[]> wanted = new ArrayList<>();
    List<History.Revision> revisions = new ArrayList<>();
    if (since != null && !commits.get(0)[5].equals(NULL_ID)) {
      // The file as --since has it: the first revision's blob before its change.
      String[] c = commits.get(0);
      revisions.add(revision(since, c[7]));
      wanted.add(new String[] {c[5], c[7]});
    }
    for (String[] c : commits) {
      OffsetDateTime date;
      try {
        date = OffsetDateTime.parse(c[2]);
      } catch (DateTimeParseException e) {
        date = OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);
      }
      revisions.add(new History.Revision(c[0], c[0].substring(0, SHORT), date, c[3], c[8], null));
      wanted.add(new String[] {c[6], c[8]});
    }
    List<Text> out = new ArrayList<>(revisions.size());
    for (int i = 0; i < revisions.size(); i++) {
      out.add(blob(revisions.get(i), wanted.get(i)[0], limits));
    }
    return out;
  }

  private Text blob(History.Revision r, String id, Limits limits) {
    String name = r.path() + "@" + r.shortCommit();
    if (id == null || id.equals(NULL_ID)) {
      return new Text(r.skip("the file was deleted"), new Sources.Source(name, ""));
    }
    Object[] header = request(id);
    if (header == null) {
      return new Text(r.skip("its text is not in the repository"), new Sources.Source(name, ""));
    }
    long size = (long) header[1];
    if (size > limits.maxFileBytes()) {
      skip(size);
      return new Text(
          r.skip("the file is " + size + " bytes, over the limit of " + limits.maxFileBytes()),
          new Sources.Source(name, ""));
    }
    TextDecoder.Result decoded = TextDecoder.decode(name, read(size));
    return decoded.text() != null
        ? new Text(r, new Sources.Source(name, decoded.text()))
        : new Text(r, new Sources.Source(name, "", decoded.diagnostic()));
  }

  /**
   * The commits of {@code git log -z --raw} output: commit, date, subject, then from the raw line:
   * status, blobs and paths, as {@code [H, H, cI, s, status, oldBlob, newBlob, oldPath, newPath]}.
   * A commit with no raw line for the file (a merge) is left out.
   */
  static List<String[]> parse(String log) {
    List<String[]> out = new ArrayList<>();
    String[] tokens = log.split("\0", -1);
    String[] head = null;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.startsWith("\u001e")) {
        head = t.substring(1).split("\u001f", 3);
        continue;
      }
      String raw = t.strip();
      if (head == null || head.length < 3 || !raw.startsWith(":")) {
        continue;
      }
      String[] w = raw.split(" ");
      String status = w[w.length - 1];
      boolean two = status.startsWith("R") || status.startsWith("C");
      String from = i + 1 < tokens.length ? tokens[i + 1] : "";
      String to = two && i + 2 < tokens.length ? tokens[i + 2] : from;
      i += two ? 2 : 1;
      out.add(new String[] {head[0], head[0], head[1], head[2], status, w[2], w[3], from, to});
      head = null;
    }
    return out;
  }

  /** Runs one git command to its end and returns its output; exit 2 for git's usage failures. */
  private byte[] run(String... args) {
    Process p = start(dir, args);
    try {
      p.getOutputStream().close();
      CompletableFuture<byte[]> err = Sources.drain(p.getErrorStream());
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(Sources.GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new UserException(
            ExitCodes.IO, "git did not finish in " + Sources.GIT_TIMEOUT_SECONDS + "s");
      }
      if (p.exitValue() != 0) {
        throw failed(new String(err.join(), StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      p.destroyForcibly();
      throw new UserException(ExitCodes.IO, "cannot read the history: " + Sources.reason(e));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new UserException(ExitCodes.IO, "cannot read the history: interrupted");
    }
  }

  private UserException failed(String message) {
    String m = message.strip();
    if (m.contains("not a git repository")) {
      return new UserException(ExitCodes.USAGE, "'" + name + "' is not in a git repository");
    }
    return new UserException(
        ExitCodes.USAGE,
        "git cannot list the history of '" + name + "': " + (m.isEmpty() ? "it failed" : m));
  }

  /**
   * Asks the batch for an object: its id and size, or null when git has none of that name. Its
   * content follows, to {@link #read} or {@link #skip}.
   */
  private Object[] request(String name) {
    try {
      batchIn.write((name + "\n").getBytes(StandardCharsets.UTF_8));
      batchIn.flush();
      String line = line();
      if (line == null) {
        throw failed(new String(batchErr.join(), StandardCharsets.UTF_8));
      }
      if (line.endsWith(" missing") || line.endsWith(" ambiguous")) {
        return null;
      }
      String[] w = line.split(" ");
      return new Object[] {w[0], Long.parseLong(w[w.length - 1])};
    } catch (IOException e) {
      // The batch ended: git refused to start it (not a repository), and said why.
      batch.destroy();
      throw failed(new String(batchErr.join(), StandardCharsets.UTF_8));
    }
  }

  private String line() throws IOException {
    StringBuilder b = new StringBuilder();
    int c;
    while ((c = batchOut.read()) != -1 && c != '\n') {
      b.append((char) c);
    }
    return c == -1 && b.length() == 0 ? null : b.toString();
  }

  private byte[] read(long size) {
    try {
      byte[] bytes = batchOut.readNBytes((int) size);
      batchOut.read(); // the newline after the content
      return bytes;
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, "cannot read from git: " + Sources.reason(e));
    }
  }

  private void skip(long size) {
    try {
      batchOut.skipNBytes(size + 1);
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, "cannot read from git: " + Sources.reason(e));
    }
  }

  @Override
  public void close() {
    try {
      batchIn.close();
      if (!batch.waitFor(5, TimeUnit.SECONDS)) {
        batch.destroyForcibly();
      }
    } catch (IOException e) {
      batch.destroyForcibly();
    } catch (InterruptedException e) {
      batch.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
