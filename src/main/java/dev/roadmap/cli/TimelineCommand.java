package dev.roadmap.cli;

import dev.roadmap.diag.Severity;
import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.Timelines;
import dev.roadmap.render.DiagnosticTextRenderer;
import dev.roadmap.render.Style;
import dev.roadmap.render.TimelineTextRenderer;
import java.io.IOException;
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
      "A milestone with no pinned date shows as unscheduled."
    },
    sortOptions = false)
final class TimelineCommand implements Callable<Integer> {
  private final Env env;

  @Spec CommandSpec spec;

  @Mixin Common common;

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

  TimelineCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    String name = file.equals("-") ? Sources.STDIN : file;
    Sources.Source source;
    try {
      source = Sources.read(name, env.stdin());
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, "cannot read '" + name + "': " + Sources.reason(e));
    }
    Analysis a = Analysis.of(source, asOf);
    Style style = Style.of(common.color(env));
    if (a.hasErrors()) {
      err.print(DiagnosticTextRenderer.render(List.of(a.report()), style));
      err.println("roadmap: " + name + " has errors; fix them to see its timeline");
      return ExitCodes.FINDINGS;
    }
    Roadmap r = a.roadmap();
    Predicate<Milestone> filter = m -> true;
    if (phase != null) {
      known(phase, r.phases().stream().map(p -> p.id()).toList(), "phase", name);
    }
    if (mission != null) {
      known(mission, r.missions().stream().map(m -> m.id()).toList(), "mission", name);
      filter = m -> m.mission() != null && m.mission().id().equals(mission);
    }
    var timeline = Timelines.of(r, filter);
    if (phase != null) {
      timeline =
          new dev.roadmap.plan.Timeline(
              r, timeline.phases().stream().filter(p -> p.phase().id().equals(phase)).toList());
    }
    out.print(TimelineTextRenderer.render(timeline, asOf != null ? asOf : r.asOf(), style));
    long warnings = a.report().count(Severity.WARNING);
    if (warnings > 0) {
      err.println(
          "roadmap: "
              + DiagnosticTextRenderer.summary(List.of(a.report()), Style.PLAIN)
                  .replaceFirst("^checked 1 file: ", "")
              + "; 'roadmap validate "
              + file
              + "' shows them");
    }
    return ExitCodes.OK;
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
