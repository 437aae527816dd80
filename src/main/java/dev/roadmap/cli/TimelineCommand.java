package dev.roadmap.cli;

import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.Timeline;
import dev.roadmap.plan.Timelines;
import dev.roadmap.render.DateWindow;
import dev.roadmap.render.Style;
import dev.roadmap.render.TimelineTextRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine.Model.OptionSpec;

/** {@code roadmap timeline}: the phased timeline in the terminal. */
final class TimelineCommand extends Subcommand {
  private final Env env;
  private final Common common = new Common();
  private final InputFile input = new InputFile();

  private final OptionSpec asOfOption =
      Specs.asOf(AsOf.help("Show the roadmap as it stood on this date"));

  private final OptionSpec phaseOption =
      Specs.option("--phase", "ID", String.class, "Show only this phase.").build();

  private final OptionSpec missionOption =
      Specs.option("--mission", "ID", String.class, "Show only this mission.").build();

  private final OptionSpec chainOption =
      Specs.flag(
          "--chain",
          "chain",
          "With --mission: the mission's transfer and everything it depends on, directly or"
              + " through others, whatever their mission.");
  private final DetailFilters details = new DetailFilters();

  private final OptionSpec criticalOption =
      Specs.flag("--critical", "critical", "Show only the critical path.");

  private final OptionSpec ganttOption =
      Specs.flag(
          "--gantt",
          "gantt",
          "Draw bars on a time axis instead of columns, as wide as the terminal or --width.");

  private final OptionSpec widthOption = Columns.option("100 with --gantt, no limit without");

  private final WindowOptions window =
      new WindowOptions(
          "Show only what runs on or after this day (YYYY-MM-DD); with --gantt the axis starts"
              + " there, and a bar that starts before it is marked <.",
          "Show only what runs on or before this day (YYYY-MM-DD); with --gantt the axis ends"
              + " there, and a bar that ends after it is marked >.");

  TimelineCommand(Env env) {
    super(
        "timeline",
        "Print the phased timeline of a roadmap.",
        "Phases in order with their windows; milestones by date with kind, status and mission.",
        "Dates the file does not pin are computed (marked ~); the critical path is marked *.");
    this.env = env;
    spec.usageMessage().sortOptions(false);
    Specs.viewExitCodes(spec);
    arguments(
        common,
        input,
        asOfOption,
        phaseOption,
        missionOption,
        chainOption,
        details.ownerOption,
        details.labelOption,
        criticalOption,
        ganttOption,
        widthOption,
        window.from,
        window.to);
  }

  @Override
  public Integer call() {
    var out = out();
    var err = err();
    String file = input.file();
    LocalDate asOf = asOfOption.getValue();
    String phase = phaseOption.getValue();
    String mission = missionOption.getValue();
    boolean critical = criticalOption.getValue();
    boolean chain = chainOption.getValue();
    if (chain && mission == null) {
      throw new UserException(ExitCodes.USAGE, "--chain needs --mission ID, whose chain to show");
    }
    boolean gantt = ganttOption.getValue();
    int width = Columns.of(widthOption, env, gantt ? GANTT_WIDTH : Columns.UNLIMITED);
    Style style = Style.of(common.color(env));
    window.validate();
    Loaded loaded = input.load(asOf, env, err, style, common);
    Roadmap r = loaded.roadmap();
    String name = loaded.name();
    Predicate<Milestone> filter = m -> true;
    if (phase != null) {
      known(phase, r.phases().stream().map(p -> p.id()).toList(), "phase", name);
    }
    if (mission != null) {
      known(mission, r.missions().stream().map(m -> m.id()).toList(), "mission", name);
      if (chain) {
        Set<String> ids = TransferChain.of(r, mission);
        filter = m -> ids.contains(m.id());
      } else {
        filter = m -> m.mission() != null && m.mission().equals(mission);
      }
    }
    if (details.given()) {
      details.warnUnmatched(r, err);
      filter = filter.and(details.filter(r));
    }
    if (critical) {
      var schedule = loaded.schedule();
      filter = filter.and(m -> schedule.get(m.id()).critical());
    }
    DateWindow days =
        window.window(
            loaded.schedule().milestones().values().stream().map(e -> e.dates()).toList());
    if (days != null) {
      var schedule = loaded.schedule();
      filter = filter.and(m -> days.overlaps(schedule.get(m.id()).dates()));
    }
    Timeline timeline = Timelines.of(loaded.schedule(), filter);
    boolean part = critical || mission != null || days != null || details.given();
    if (part || phase != null) {
      // A part of the roadmap: its summary tells its finish from the whole roadmap's.
      Timeline whole = part ? Timelines.of(loaded.schedule(), m -> true) : timeline;
      timeline =
          new Timeline(
              r,
              timeline.phases().stream()
                  .filter(p -> !part || !p.entries().isEmpty())
                  .filter(p -> phase == null || p.phase().id().equals(phase))
                  .toList(),
              whole);
    }
    LocalDate date = loaded.asOf();
    out.print(
        gantt
            ? TimelineTextRenderer.gantt(timeline, date, width, style, loaded.findingsById(), days)
            : TimelineTextRenderer.render(timeline, date, style, loaded.findingsById(), width));
    return loaded.summarize(program(), err, file);
  }

  /** The width of the Gantt view when neither --width, COLUMNS nor a terminal gives one. */
  static final int GANTT_WIDTH = 100;

  private static void known(String id, List<String> ids, String kind, String file) {
    if (!ids.contains(id)) {
      String hint = Suggestions.didYouMean(id, ids);
      throw new UserException(
          ExitCodes.USAGE,
          "no "
              + kind
              + " '"
              + id
              + "' in "
              + file
              + (hint != null ? "; " + hint : "; " + kind + "s: " + String.join(", ", ids)));
    }
  }
}
