package dev.roadmap.cli;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import dev.roadmap.load.TextDecoder;
import dev.roadmap.model.Span;
import dev.roadmap.plan.RoadmapDiff;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.render.DiagnosticTextRenderer;
import dev.roadmap.render.DiffJsonRenderer;
import dev.roadmap.render.DiffMarkdownRenderer;
import dev.roadmap.render.DiffTextRenderer;
import dev.roadmap.render.Plural;
import dev.roadmap.render.Style;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code roadmap diff OLD NEW}: what changed between two versions of a roadmap. Either side is a
 * file, {@code -} (standard input), or {@code REV:PATH} read with {@code git show}.
 *
 * <p>{@code git} runs in the directory of the other argument when that one is a file, else in the
 * current directory; PATH is relative to the root of that repository, as {@code git show} expects
 * ({@code REV:./PATH} is relative to the directory git runs in). A path that exists as a file is
 * read as a file, even when it holds a colon.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Show what changed between two versions of a roadmap.",
      "Milestones added, removed and retitled; dates moved, in days, pinned and",
      "computed, and the transfer of each mission; prerequisites added and removed;",
      "phase, status and phase window changes.",
      "OLD and NEW are files, '-', or REV:PATH read with 'git show', e.g.",
      "  roadmap diff HEAD~1:roadmaps/x.yaml roadmaps/x.yaml",
      "git runs in the directory of the other argument when that is a file, else",
      "in the current directory; PATH is relative to the repository root.",
      "Exits 0 whatever changed, unless --fail-on-slip DAYS is given."
    },
    sortOptions = false)
final class DiffCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    MARKDOWN,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The longest a {@code git show} may take. */
  static final long GIT_TIMEOUT_SECONDS = 60;

  private final Env env;

  @Spec CommandSpec spec;

  @Mixin Common common;

  @Mixin LimitOptions limits;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The old version: a file, '-', or REV:PATH (git).")
  String oldArg;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The new version: a file, '-', or REV:PATH (git).")
  String newArg;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); markdown is"
              + " written to be posted as a pull request comment.")
  Format format;

  @Option(
      names = "--fail-on-slip",
      paramLabel = "DAYS",
      description =
          "Exit 1 when a live transfer, or a milestone with a deadline, finishes more than DAYS"
              + " days later in NEW than in OLD.")
  Long failOnSlip;

  /** For tools that create commands reflectively (the man page generator). */
  DiffCommand() {
    this(Env.system());
  }

  DiffCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (failOnSlip != null && failOnSlip < 0) {
      throw new UserException(ExitCodes.USAGE, "--fail-on-slip needs a number of days, 0 or more");
    }
    if (oldArg.equals("-") && newArg.equals("-")) {
      throw new UserException(ExitCodes.USAGE, "only one of OLD and NEW can be '-'");
    }
    Style style = Style.of(common.color(env) && format == Format.TEXT);
    Limits lim = limits.limits();
    Schedule old = schedule(oldArg, newArg, lim, err, style);
    Schedule neu = schedule(newArg, oldArg, lim, err, style);
    RoadmapDiff diff = RoadmapDiff.of(old, neu);
    out.print(
        switch (format) {
          case TEXT -> DiffTextRenderer.render(diff, style);
          case MARKDOWN -> DiffMarkdownRenderer.render(diff);
          case JSON -> DiffJsonRenderer.render(diff);
        });
    if (failOnSlip == null) {
      return ExitCodes.OK;
    }
    List<RoadmapDiff.Slip> slips = diff.slipsOver(failOnSlip);
    for (RoadmapDiff.Slip s : slips) {
      err.println(
          "roadmap: '"
              + s.milestone()
              + "' ("
              + s.reason()
              + ") finishes "
              + Plural.of(s.days(), "day")
              + " later, more than --fail-on-slip "
              + failOnSlip);
    }
    return slips.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /**
   * Reads, checks and schedules one side. Errors in the file or its references (RM1xx, RM2xx) stop
   * here with the diagnostics and exit 1, as they leave nothing sound to compare; errors about
   * dates, transfers and status (RM3xx-RM5xx) do not, because showing them is what a diff in a pull
   * request is for: a slip past a deadline is compared, and 'roadmap validate' reports it.
   */
  private Schedule schedule(String arg, String other, Limits lim, PrintWriter err, Style style) {
    Sources.Source source = read(arg, other, lim);
    Analysis a = Analysis.of(source, null, Suppressions.Options.DEFAULT, lim);
    boolean unsound =
        a.roadmap() == null
            || a.report().diagnostics().stream()
                .anyMatch(
                    d ->
                        d.severity() == dev.roadmap.diag.Severity.ERROR
                            && (d.code().family() == Code.Family.FILE
                                || d.code().family() == Code.Family.REFERENCES));
    if (unsound) {
      err.print(DiagnosticTextRenderer.render(List.of(a.report()), style));
      throw new UserException(ExitCodes.FINDINGS, source.name() + " has errors; fix them first");
    }
    return Scheduler.schedule(a.roadmap())
        .orElseThrow(
            () ->
                new UserException(
                    ExitCodes.FINDINGS,
                    source.name()
                        + " cannot be scheduled: it has no start or a dependency cycle"
                        + " (a suppressed error?)"));
  }

  private Sources.Source read(String arg, String other, Limits lim) {
    Revision rev = Revision.parse(arg);
    if (rev == null) {
      String name = arg.equals("-") ? Sources.STDIN : arg;
      try {
        return Sources.read(name, env.stdin(), lim);
      } catch (IOException e) {
        throw new UserException(ExitCodes.IO, "cannot read '" + name + "': " + Sources.reason(e));
      }
    }
    return gitShow(arg, rev, gitDirectory(other), lim);
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
  private static Sources.Source gitShow(String name, Revision r, Path dir, Limits lim) {
    ProcessBuilder pb =
        new ProcessBuilder(
                "git", "--no-pager", "-C", dir.toString(), "show", r.rev() + ":" + r.path())
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new UserException(
          ExitCodes.IO, "cannot read '" + name + "': cannot run git (" + Sources.reason(e) + ")");
    }
    try {
      p.getOutputStream().close();
      CompletableFuture<byte[]> stderr = drain(p.getErrorStream());
      long max = lim.maxFileBytes();
      byte[] bytes = p.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        p.destroy();
        return new Sources.Source(
            name,
            "",
            Diagnostic.of(
                Code.LIMIT_EXCEEDED,
                Span.ofFile(name),
                "the file is over "
                    + max
                    + " bytes, over the limit of "
                    + max
                    + " bytes; it is"
                    + " not read",
                "raise the limit with --max-file-size if the file is genuine"));
      }
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
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
      TextDecoder.Result decoded = TextDecoder.decode(name, bytes);
      return decoded.text() != null
          ? new Sources.Source(name, decoded.text())
          : new Sources.Source(name, "", decoded.diagnostic());
    } catch (IOException e) {
      p.destroyForcibly();
      throw new UserException(
          ExitCodes.IO, "cannot read '" + name + "' from git: " + Sources.reason(e));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new UserException(ExitCodes.IO, "cannot read '" + name + "': interrupted");
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream in) {
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
