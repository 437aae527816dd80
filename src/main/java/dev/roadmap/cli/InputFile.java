package dev.roadmap.cli;

import dev.roadmap.load.Limits;
import dev.roadmap.render.Style;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The roadmap a command reads, FILE (a path, or {@code -} for standard input), and the limits on
 * reading it: the mixin "input" of every command that shows one roadmap (it holds the mixin
 * "limits").
 */
final class InputFile implements Mixin {
  private final LimitOptions limits = new LimitOptions();
  private final PositionalParamSpec file =
      Specs.parameter("0", "FILE", String.class, "The roadmap file, or '-'.").build();

  private final OptionSpec baseline =
      Specs.option(
              "--baseline",
              "FILE",
              Path.class,
              "Neither stop on nor mark the findings this baseline holds (as validate does).")
          .build();

  /** Adds the limits, --baseline, then FILE, to {@code command}. */
  @Override
  public void addTo(CommandSpec command) {
    command.addMixin("input", Specs.mixin(this, limits, baseline, file));
  }

  /** FILE as given. */
  String file() {
    return file.getValue();
  }

  /**
   * Reads, checks and schedules the roadmap for a view. Only what makes a schedule impossible
   * (syntax, types, unknown or duplicate ids, cycles: {@link Loaded.Gate#UNSOUND}) stops the
   * command here (exit 1), as does a file that cannot be read (exit 3) or a limit out of range
   * (exit 2); schedule findings are shown with the view ({@link Loaded#summarize}). The findings a
   * baseline holds count as they do in {@code validate}: not at all (its stale entries are for
   * {@code validate} to report).
   *
   * @param asOf {@code --as-of}, or null for the file's, else today ({@link AsOf})
   * @param style how the diagnostics of a roadmap with errors are printed
   * @param common whether the stages of a long load are shown ({@link Progress}); the progress is
   *     gone when this returns
   */
  Loaded load(LocalDate asOf, Env env, PrintWriter err, Style style, Common common) {
    try (Progress progress = common.progress(env, err)) {
      return load(asOf, env, err, style, progress);
    }
  }

  private Loaded load(LocalDate asOf, Env env, PrintWriter err, Style style, Progress progress) {
    Limits l = limits.limits();
    progress.stage("reading", file());
    return Loaded.of(
        Sources.ofArgument(file(), env.stdin(), l),
        asOf,
        env::today,
        Loaded.Gate.UNSOUND,
        err,
        style,
        l,
        baseline(),
        progress);
  }

  /** The baseline {@code --baseline} names, or null; exit 3 when it cannot be read. */
  private Baseline baseline() {
    Path path = baseline.getValue();
    if (path == null) {
      return null;
    }
    String text = RegularFiles.readWithin(path, limits.limits().maxFileBytes());
    return Baseline.parse(text, path.toString());
  }
}
