package dev.roadmap.cli;

import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.Timelines;
import dev.roadmap.render.Style;
import dev.roadmap.render.TimelineTextRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadmap timeline}: the phased timeline in the terminal. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    name = "timeline",
    description = {
      "Print the phased timeline of a roadmap.",
      "Phases in order with their windows; milestones by date with kind, status and mission.",
      "Dates the file does not pin are computed (marked ~); the critical path is marked *."
    },
    sortOptions = false)
final class TimelineCommand implements Callable<Integer> {
  private final Env env;

  @Spec CommandSpec spec;

  @Mixin Common common;

  @Mixin LimitOptions limits;

  @Parameters(index = "0", paramLabel = "FILE", description = "The roadmap file, or '-'.")
  String file;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Mark this date (YYYY-MM-DD); default: the file's as-of.")
  LocalDate asOf;

  @Option(names = "--phase", paramLabel = "ID", description = "Show only this phase.")
  String phase;

  @Option(names = "--mission", paramLabel = "ID", description = "Show only this mission.")
  String mission;

  @Option(names = "--critical", description = "Show only the critical path.")
  boolean critical;

  @Option(
      names = "--gantt",
      description = "Draw bars instead of columns, as wide as the terminal (COLUMNS) or --width.")
  boolean gantt;

  @Option(
      names = "--width",
      paramLabel = "N",
      description = "Width of the Gantt view in columns (default: COLUMNS, else 100).")
  Integer width;

  /** For tools that create commands reflectively (the man page generator). */
  TimelineCommand() {
    this(Env.system());
  }

  TimelineCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Style style = Style.of(common.color(env));
    Loaded loaded = Loaded.of(file, asOf, env, err, style, limits.limits());
    Roadmap r = loaded.roadmap();
    String name = loaded.name();
    Predicate<Milestone> filter = m -> true;
    if (phase != null) {
      known(phase, r.phases().stream().map(p -> p.id()).toList(), "phase", name);
    }
    if (mission != null) {
      known(mission, r.missions().stream().map(m -> m.id()).toList(), "mission", name);
      filter = m -> m.mission() != null && m.mission().equals(mission);
    }
    if (critical) {
      var schedule = loaded.schedule();
      filter = filter.and(m -> schedule.get(m.id()).critical());
    }
    var timeline = Timelines.of(loaded.schedule(), filter);
    if (critical || mission != null) {
      timeline =
          new dev.roadmap.plan.Timeline(
              r, timeline.phases().stream().filter(p -> !p.entries().isEmpty()).toList());
    }
    if (phase != null) {
      timeline =
          new dev.roadmap.plan.Timeline(
              r, timeline.phases().stream().filter(p -> p.phase().id().equals(phase)).toList());
    }
    LocalDate date = asOf != null ? asOf : r.asOf();
    out.print(
        gantt
            ? TimelineTextRenderer.gantt(timeline, date, columns(), style)
            : TimelineTextRenderer.render(timeline, date, style));
    loaded.noteWarnings(err, file);
    return ExitCodes.OK;
  }

  private int columns() {
    if (width != null) {
      if (width < 20 || width > 1000) {
        throw new UserException(
            ExitCodes.USAGE, "--width must be between 20 and 1000, not " + width);
      }
      return width;
    }
    String c = env.get("COLUMNS");
    if (c != null && c.matches("\\d{2,4}")) {
      return Math.min(1000, Math.max(20, Integer.parseInt(c)));
    }
    return 100;
  }

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
