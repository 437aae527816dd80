package dev.roadmap.cli;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Severity;
import dev.roadmap.diag.Suggestions;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import dev.roadmap.plan.History;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.render.HistoryHtmlRenderer;
import dev.roadmap.render.HistoryRenderer;
import dev.roadmap.render.Style;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code roadmap history FILE}: how the dates of a roadmap's milestones moved across the git
 * revisions that changed it. Each revision is read, checked (as of its own {@code as-of}, else its
 * commit date) and scheduled; one that cannot be scheduled is listed and skipped.
 */
final class HistoryCommand extends Subcommand {
  /** The formats of the history. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON,
    HTML;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Env env;
  private final Common common = new Common();
  private final LimitOptions limits = new LimitOptions();

  private final PositionalParamSpec fileParam =
      Specs.parameter("0", "FILE", String.class, "The roadmap file, tracked by git.").build();

  private final OptionSpec sinceOption =
      Specs.option(
              "--since",
              "REV",
              String.class,
              "Start from the file as REV has it (a commit, branch or tag); default: its first"
                  + " revision.")
          .build();

  private final OptionSpec untilOption =
      Specs.option("--until", "REV", String.class, "End at the file as REV has it; default: HEAD.")
          .build();

  private final OptionSpec idsOption =
      Specs.list(
              "--id",
              "ID",
              "Show this milestone, moved or not (repeatable); default: every milestone that"
                  + " moved.")
          .build();

  private final OptionSpec formatOption =
      Specs.option(
              "--format",
              "FORMAT",
              Format.class,
              "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); markdown fits"
                  + " a pull request comment, html is a milestone trend chart.")
          .defaultValue("text")
          .build();

  private final OptionSpec widthOption = Columns.option("no limit");

  HistoryCommand(Env env) {
    super(
        "history",
        "Show how milestone dates moved across the git revisions.",
        "Reads each revision of FILE on the branch's first-parent line in git",
        "(following renames; a merge is one revision) and schedules it. For each",
        "milestone that moved: its date at each revision that moved it, with the",
        "commit, its date and subject, and the total slip. A milestone's date is its",
        "last day; a computed one (~) is the scheduler's date in that revision. Each",
        "revision is checked as of its own as-of, else its commit date. A revision",
        "that cannot be scheduled, or that includes other files, is listed and skipped.");
    this.env = env;
    spec.usageMessage().sortOptions(false);
    Specs.exitCodes(spec, Specs.OK, Specs.USAGE, Specs.IO, Specs.INTERNAL);
    arguments(
        common, limits, fileParam, sinceOption, untilOption, idsOption, formatOption, widthOption);
  }

  @Override
  public Integer call() {
    String file = fileParam.getValue();
    Format format = formatOption.getValue();
    List<String> ids = idsOption.getValue();
    Limits lim = limits.limits();
    int width = Columns.of(widthOption, env, Columns.UNLIMITED);
    Style style = Style.of(common.color(env) && format == Format.TEXT);
    List<GitRevisions.Text> texts;
    try (GitRevisions git = GitRevisions.open(file)) {
      String since =
          sinceOption.getValue() == null ? null : git.commit("--since", sinceOption.getValue());
      String until =
          untilOption.getValue() == null ? null : git.commit("--until", untilOption.getValue());
      texts = git.texts(since, until, lim);
    }
    List<History.Revision> revisions = new ArrayList<>();
    List<List<History.Dated>> dates = new ArrayList<>();
    List<Read> read =
        IntStream.range(0, texts.size()).parallel().mapToObj(i -> read(texts.get(i), lim)).toList();
    for (Read r : read) {
      revisions.add(r.revision());
      dates.add(r.dates());
    }
    Set<String> known = History.ids(dates);
    for (String id : ids) {
      if (!known.contains(id)) {
        String hint = Suggestions.didYouMean(id, known);
        throw new UserException(
            ExitCodes.USAGE,
            "no milestone '"
                + id
                + "' in any revision of "
                + file
                + (hint == null ? "" : "; " + hint));
      }
    }
    String path = revisions.isEmpty() ? file : revisions.get(revisions.size() - 1).path();
    History h = History.of(path, revisions, dates, new LinkedHashSet<>(ids));
    out()
        .print(
            switch (format) {
              case TEXT -> HistoryRenderer.text(h, style, width);
              case MARKDOWN -> HistoryRenderer.markdown(h);
              case JSON -> HistoryRenderer.json(h);
              case HTML -> HistoryHtmlRenderer.render(h);
            });
    return ExitCodes.OK;
  }

  private static final java.util.Set<dev.roadmap.diag.Code> INCLUDE_CODES =
      java.util.EnumSet.of(
          dev.roadmap.diag.Code.INCLUDE_NOT_FOUND,
          dev.roadmap.diag.Code.INCLUDE_NOT_A_FILE,
          dev.roadmap.diag.Code.INCLUDE_CYCLE);

  static final String INCLUDES =
      "it includes other files (include:), which history does not read at each revision";

  /** A revision as read: its dates, or why it was skipped. */
  private record Read(History.Revision revision, List<History.Dated> dates) {}

  /**
   * Loads, checks and schedules one revision, as of its own as-of, else its commit date. Errors in
   * the file or its references ({@link Loaded.Gate#UNSOUND}) skip it, with the first as the reason.
   */
  private static Read read(GitRevisions.Text t, Limits lim) {
    History.Revision r = t.revision();
    if (r.skipped() != null) {
      return new Read(r, null);
    }
    Analysis a = Analysis.of(t.source(), null, r.day(), Suppressions.Options.DEFAULT, lim);
    if (!a.included().isEmpty()
        || a.report().diagnostics().stream().anyMatch(d -> INCLUDE_CODES.contains(d.code()))) {
      // Its included files would be read from the working tree, not as this revision had them.
      return new Read(r.skip(INCLUDES), null);
    }
    if (Loaded.Gate.UNSOUND.stops(a)) {
      return new Read(r.skip(reason(a)), null);
    }
    Optional<Schedule> s = Scheduler.schedule(a.roadmap());
    if (s.isEmpty()) {
      return new Read(r.skip("it cannot be scheduled (no start, or a cycle)"), null);
    }
    return new Read(r, History.datesOf(s.get()));
  }

  private static String reason(Analysis a) {
    List<Diagnostic> errors =
        a.report().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if (errors.isEmpty()) {
      return "it is not a roadmap";
    }
    Diagnostic d = errors.get(0);
    String at = d.span().line() > 0 ? " at line " + d.span().line() : "";
    String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
    return d.code().id() + at + ": " + d.message() + more;
  }
}
