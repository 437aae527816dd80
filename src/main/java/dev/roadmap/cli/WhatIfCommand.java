package dev.roadmap.cli;

import dev.roadmap.check.Checks;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.RoadmapDiff;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.plan.WhatIf;
import dev.roadmap.render.Style;
import dev.roadmap.render.WhatIfRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadmap what-if}: reschedule with hypothetical slips and pins, and say what moves. */
@Command(
    name = "what-if",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Reschedule with hypothetical slips and pins, and report what moves.",
      "Milestones and mission transfers that move, by how many days, and the",
      "deadlines and phase windows that break. Nothing is written unless -o is given."
    },
    sortOptions = false)
final class WhatIfCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    MARKDOWN,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The codes a change can newly break: dates against prerequisites, windows, deadlines. */
  static final Set<Code> BREAKS =
      Set.of(
          Code.STARTS_BEFORE_PREREQUISITE,
          Code.OUTSIDE_PHASE_WINDOW,
          Code.MISSES_DEADLINE,
          Code.OVERDUE);

  private static final Pattern SLIP = Pattern.compile("([^=]+)=([+-]?)(\\d{1,5})([dw])");

  private final Env env;

  @Spec CommandSpec spec;

  @Mixin Common common;

  @Mixin LimitOptions limits;

  @Parameters(index = "0", paramLabel = "FILE", description = "The roadmap file, or '-'.")
  String file;

  @Option(
      names = "--slip",
      paramLabel = "ID=+Nd",
      description = "The milestone starts N days (d) or weeks (w) later; -Nd is earlier.")
  List<String> slips = new ArrayList<>();

  @Option(
      names = "--pin",
      paramLabel = "ID=DATE",
      description = "The milestone is pinned to start on DATE (YYYY-MM-DD).")
  List<String> pins = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the report to this file (atomically) instead of standard output.")
  Path output;

  /** For tools that create commands reflectively (the man page generator). */
  WhatIfCommand() {
    this(Env.system());
  }

  WhatIfCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    if (slips.isEmpty() && pins.isEmpty()) {
      throw new UserException(ExitCodes.USAGE, "give at least one --slip ID=+Nd or --pin ID=DATE");
    }
    var err = spec.commandLine().getErr();
    Loaded loaded = Loaded.of(file, null, env, err, Style.of(common.color(env)), limits.limits());
    Schedule before = loaded.schedule();
    List<WhatIf.Change> changes = changes(before);
    Roadmap changed = WhatIf.apply(before, changes);
    Schedule after =
        Scheduler.schedule(changed)
            .orElseThrow(() -> new IllegalStateException("a slip cannot make a cycle"));
    RoadmapDiff diff = withoutMechanics(RoadmapDiff.of(before, after), changes);
    List<Diagnostic> breaks = breaks(loaded.roadmap(), changed);
    String report =
        switch (format) {
          case TEXT -> WhatIfRenderer.text(changes, diff, breaks);
          case MARKDOWN -> WhatIfRenderer.markdown(changes, diff, breaks);
          case JSON -> WhatIfRenderer.json(changes, diff, breaks);
        };
    if (output == null) {
      spec.commandLine().getOut().print(report);
      return ExitCodes.OK;
    }
    if (!file.equals("-") && AtomicFiles.same(Path.of(file), output)) {
      throw new UserException(
          ExitCodes.USAGE, "refusing to write the report over its input '" + file + "'");
    }
    try {
      AtomicFiles.write(output, report);
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, "cannot write '" + output + "': " + Sources.reason(e));
    }
    return ExitCodes.OK;
  }

  private List<WhatIf.Change> changes(Schedule s) {
    List<WhatIf.Change> out = new ArrayList<>();
    for (String slip : slips) {
      Matcher m = SLIP.matcher(slip.strip());
      if (!m.matches()) {
        throw new UserException(
            ExitCodes.USAGE, "--slip " + slip + " is not ID=+Nd, ID=-Nd or ID=+Nw");
      }
      int days = Integer.parseInt(m.group(3)) * (m.group(4).equals("w") ? 7 : 1);
      out.add(new WhatIf.Slip(known(s, m.group(1).strip()), m.group(2).equals("-") ? -days : days));
    }
    for (String pin : pins) {
      int eq = pin.indexOf('=');
      try {
        if (eq < 0) {
          throw new DateTimeParseException("no date", pin, 0);
        }
        out.add(
            new WhatIf.Pin(
                known(s, pin.substring(0, eq).strip()),
                DateConverter.parse(pin.substring(eq + 1).strip())));
      } catch (DateTimeParseException | picocli.CommandLine.TypeConversionException e) {
        throw new UserException(ExitCodes.USAGE, "--pin " + pin + " is not ID=YYYY-MM-DD");
      }
    }
    return out;
  }

  private String known(Schedule s, String id) {
    if (s.get(id) == null) {
      String hint = Suggestions.didYouMean(id, s.milestones().keySet());
      throw new UserException(
          ExitCodes.USAGE,
          "no milestone '" + id + "' in " + file + (hint == null ? "" : "; " + hint));
    }
    return id;
  }

  /**
   * The diff without the fields that the what-if itself set to move a milestone (a not-before for a
   * slip, the pin fields for a pin): the report is about what moves, not how.
   */
  static RoadmapDiff withoutMechanics(RoadmapDiff d, List<WhatIf.Change> changes) {
    Set<String> changed = new HashSet<>();
    changes.forEach(c -> changed.add(c.id()));
    return new RoadmapDiff(
        d.oldFile(),
        d.newFile(),
        d.added(),
        d.removed(),
        d.retitled(),
        d.moved(),
        d.missionTransfers(),
        d.dependenciesAdded(),
        d.dependenciesRemoved(),
        d.phaseChanges(),
        d.statusChanges(),
        d.otherChanges().stream().filter(f -> !changed.contains(f.milestone())).toList(),
        d.phasesAdded(),
        d.phasesRemoved(),
        d.phasesChanged());
  }

  /** Findings about dates that the changes newly cause. */
  static List<Diagnostic> breaks(Roadmap before, Roadmap after) {
    Set<String> old = new HashSet<>();
    for (Diagnostic d : Checks.run(before, null)) {
      old.add(key(d));
    }
    return Checks.run(after, null).stream()
        .filter(d -> BREAKS.contains(d.code()) && !old.contains(key(d)))
        .toList();
  }

  private static String key(Diagnostic d) {
    return d.code().id() + "@" + d.span().line() + ":" + d.span().column();
  }
}
