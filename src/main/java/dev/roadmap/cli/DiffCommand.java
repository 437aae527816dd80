package dev.roadmap.cli;

import dev.roadmap.load.Limits;
import dev.roadmap.plan.RoadmapDiff;
import dev.roadmap.render.DiffJsonRenderer;
import dev.roadmap.render.DiffMarkdownRenderer;
import dev.roadmap.render.DiffTextRenderer;
import dev.roadmap.render.Plural;
import dev.roadmap.render.Style;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code roadmap diff OLD NEW}: what changed between two versions of a roadmap. Either side is a
 * file, {@code -} (standard input), or {@code REV:PATH} read with {@code git show}.
 *
 * <p>{@code git} runs in the directory of the other argument when that one is a file, else in the
 * current directory; PATH is relative to the root of that repository, as {@code git show} expects
 * ({@code REV:./PATH} is relative to the directory git runs in). A path that exists as a file is
 * read as a file, even when it holds a colon.
 */
final class DiffCommand extends Subcommand {
  private final Env env;
  private final Common common = new Common();
  private final LimitOptions limits = new LimitOptions();

  private final PositionalParamSpec oldParam =
      Specs.parameter("0", "OLD", String.class, "The old version: a file, '-', or REV:PATH (git).")
          .build();

  private final PositionalParamSpec newParam =
      Specs.parameter("1", "NEW", String.class, "The new version: a file, '-', or REV:PATH (git).")
          .build();

  private final OptionSpec formatOption =
      Specs.option(
              "--format",
              "FORMAT",
              ChangeFormat.class,
              "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); markdown is"
                  + " written to be posted as a pull request comment.")
          .defaultValue("text")
          .build();

  private final OptionSpec asOfOption =
      Specs.asOf(AsOf.help("The status date for the checks of both versions"));

  private final OptionSpec failOnSlipOption =
      Specs.option(
              "--fail-on-slip",
              "DAYS",
              Long.class,
              "Exit 1 when a live transfer, or a milestone with a deadline, finishes more than DAYS"
                  + " days later in NEW than in OLD, or one is withdrawn (cancelled,"
                  + " superseded, removed).")
          .build();

  DiffCommand(Env env) {
    super(
        "diff",
        "Show what changed between two versions of a roadmap.",
        "Milestones added, removed and retitled; dates moved, in days, pinned and",
        "computed, and the transfer of each mission; prerequisites added and removed;",
        "phase, status and phase window changes.",
        "OLD and NEW are files, '-', or REV:PATH read with 'git show', e.g.",
        "  roadmap diff HEAD~1:roadmaps/x.yaml roadmaps/x.yaml",
        "git runs in the directory of the other argument when that is a file, else",
        "in the current directory; PATH is relative to the repository root.",
        "Exits 0 whatever changed, unless --fail-on-slip DAYS is given.");
    this.env = env;
    spec.usageMessage().sortOptions(false);
    Specs.exitCodes(
        spec,
        Specs.OK,
        "1:a revision cannot be compared (errors in the file or its references, RM1xx/RM2xx), or a"
            + " milestone slipped more than --fail-on-slip",
        Specs.USAGE,
        Specs.IO,
        Specs.INTERNAL);
    arguments(common, limits, oldParam, newParam, formatOption, asOfOption, failOnSlipOption);
  }

  @Override
  public Integer call() {
    var out = out();
    var err = err();
    String oldArg = oldParam.getValue();
    String newArg = newParam.getValue();
    ChangeFormat format = formatOption.getValue();
    Long failOnSlip = failOnSlipOption.getValue();
    if (failOnSlip != null && failOnSlip < 0) {
      throw new UserException(
          ExitCodes.USAGE, "--fail-on-slip must be 0 days or more, not " + failOnSlip);
    }
    if (oldArg.equals("-") && newArg.equals("-")) {
      throw new UserException(ExitCodes.USAGE, "only one of OLD and NEW can be '-'");
    }
    Style style = Style.of(common.color(env) && format == ChangeFormat.TEXT);
    Limits lim = limits.limits();
    Loaded old = load(oldArg, newArg, lim, err, style);
    Loaded neu = load(newArg, oldArg, lim, err, style);
    RoadmapDiff diff = RoadmapDiff.of(old.schedule(), neu.schedule());
    out.print(
        switch (format) {
          case TEXT -> DiffTextRenderer.render(diff, style, old.asOf(), neu.asOf());
          case MARKDOWN -> DiffMarkdownRenderer.render(diff, old.asOf(), neu.asOf());
          case JSON -> DiffJsonRenderer.render(diff, old.asOf(), neu.asOf());
        });
    if (failOnSlip == null) {
      return ExitCodes.OK;
    }
    List<RoadmapDiff.Slip> slips = diff.slipsOver(failOnSlip);
    for (RoadmapDiff.Slip s : slips) {
      if (s.withdrawn() != null) {
        err.println(
            "roadmap: '"
                + s.milestone()
                + "' ("
                + s.reason()
                + ") is "
                + s.withdrawn()
                + ", a change --fail-on-slip "
                + failOnSlip
                + " reports whatever the days");
        continue;
      }
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
   * Reads, checks and schedules one side, {@code arg}; {@code other} is the other side, in whose
   * directory git runs. Errors in the file or its references stop here with the diagnostics and
   * exit 1 ({@link Loaded.Gate#UNSOUND}); errors about dates, transfers and status do not: a slip
   * past a deadline is compared, and 'roadmap validate' reports it.
   */
  private Loaded load(String arg, String other, Limits lim, PrintWriter err, Style style) {
    Sources.Source source = Sources.ofArgumentOrRevision(arg, other, env.stdin(), lim);
    return Loaded.of(
        source, asOfOption.getValue(), env::today, Loaded.Gate.UNSOUND, err, style, lim);
  }
}
