package dev.roadmap.cli;

import dev.roadmap.check.Checks;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Span;
import dev.roadmap.plan.DateRange;
import dev.roadmap.plan.RoadmapDiff;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.plan.WhatIf;
import dev.roadmap.render.Plural;
import dev.roadmap.render.Style;
import dev.roadmap.render.WhatIfRenderer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.OptionSpec;

/** {@code roadmap what-if}: reschedule with hypothetical slips and pins, and say what moves. */
final class WhatIfCommand extends Subcommand {
  private static final Pattern SLIP = Pattern.compile("([^=]+)=([+-]?)(\\d{1,5})(d|w|mo)");

  private final Env env;
  private final Common common = new Common();
  private final InputFile input = new InputFile();

  private final OptionSpec slipsOption =
      Specs.list(
              "--slip",
              "ID=+Nd",
              "The milestone starts N days (d), weeks (w) or calendar months (mo) later; -Nd is"
                  + " earlier.")
          .build();

  private final OptionSpec pinsOption =
      Specs.list("--pin", "ID=DATE", "The milestone is pinned to start on DATE (YYYY-MM-DD).")
          .build();

  private final OptionSpec asOfOption =
      Specs.asOf(AsOf.help("The status date for the checks before and after"));

  private final OptionSpec formatOption = Specs.format(ChangeFormat.class);

  private final OutputFile outputFile =
      new OutputFile("Write the report to this file (atomically) instead of standard output.");

  WhatIfCommand(Env env) {
    super(
        "what-if",
        "Reschedule with hypothetical slips and pins, and report what moves.",
        "Milestones and mission transfers that move, by how many days, and what",
        "breaks: every finding the changes newly cause (a deadline, a phase window,",
        "the project start). Nothing is written unless -o is given.");
    this.env = env;
    spec.usageMessage().sortOptions(false);
    Specs.viewExitCodes(spec);
    arguments(common, input, slipsOption, pinsOption, asOfOption, formatOption, outputFile);
  }

  @Override
  public Integer call() {
    List<String> slips = slipsOption.getValue();
    List<String> pins = pinsOption.getValue();
    ChangeFormat format = formatOption.getValue();
    if (slips.isEmpty() && pins.isEmpty()) {
      throw new UserException(ExitCodes.USAGE, "give at least one --slip ID=+Nd or --pin ID=DATE");
    }
    outputFile.refuseToOverwrite(input.file(), "report");
    var err = err();
    Loaded loaded =
        input.load(asOfOption.getValue(), env, err, Style.of(common.color(env)), common);
    outputFile.refuseToOverwrite(loaded, "report");
    Schedule before = loaded.schedule();
    List<WhatIf.Change> changes = changes(before, slips, pins);
    Roadmap changed = WhatIf.apply(before, changes);
    Schedule after =
        Scheduler.schedule(changed)
            .orElseThrow(() -> new IllegalStateException("a slip cannot make a cycle"));
    RoadmapDiff diff = withoutMechanics(RoadmapDiff.of(before, after), changes);
    List<Diagnostic> breaks = breaks(loaded.roadmap(), changed, loaded.asOf(), changes);
    breaks = withMissedDeadlines(breaks, after, before);
    String report =
        switch (format) {
          case TEXT -> WhatIfRenderer.text(changes, diff, breaks, loaded.asOf());
          case MARKDOWN -> WhatIfRenderer.markdown(changes, diff, breaks, loaded.asOf());
          case JSON -> WhatIfRenderer.json(changes, diff, breaks, loaded.asOf());
        };
    if (outputFile.path() == null) {
      out().print(report);
      return loaded.summarize(program(), err, input.file(), false);
    }
    outputFile.write(report, err);
    return loaded.summarize(program(), err, input.file(), false);
  }

  /**
   * Refuses a slip that moves a milestone's own days out of the years 0001-9999 ({@code total}: the
   * days of all its slips so far), so that no sum of slips can overflow.
   */
  private static void inRange(String slip, Schedule.Entry e, long total) {
    if (e == null) {
      return;
    }
    if (e.dates().start().plusDays(total).isBefore(FIRST_DAY)) {
      throw new UserException(
          ExitCodes.USAGE,
          "--slip " + slip + " moves '" + e.milestone().id() + "' before 0001-01-01");
    }
    if (e.dates().finish().plusDays(total).isAfter(LAST_DAY)) {
      throw new UserException(
          ExitCodes.USAGE,
          "--slip " + slip + " moves '" + e.milestone().id() + "' past 9999-12-31");
    }
  }

  private static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(1, 1, 1);
  private static final java.time.LocalDate LAST_DAY = java.time.LocalDate.of(9999, 12, 31);

  private List<WhatIf.Change> changes(Schedule s, List<String> slips, List<String> pins) {
    List<WhatIf.Change> out = new ArrayList<>();
    java.util.Map<String, Long> slipped = new java.util.HashMap<>();
    for (String slip : slips) {
      Matcher m = SLIP.matcher(slip.strip());
      if (!m.matches()) {
        throw new UserException(
            ExitCodes.USAGE, "--slip " + slip + " is not ID=+Nd, ID=-Nd, ID=+Nw or ID=+Nmo");
      }
      String id = known(s, m.group(1).strip());
      int n = Integer.parseInt(m.group(3));
      int signed;
      if (m.group(4).equals("mo")) {
        // Calendar months from the start as slipped so far: the days those months span there.
        if (n > 1200) {
          throw new UserException(
              ExitCodes.USAGE, "--slip " + slip + " moves '" + id + "' by over 100 years");
        }
        long before = slipped.getOrDefault(id, 0L);
        java.time.LocalDate from = s.get(id).dates().start().plusDays(before);
        java.time.LocalDate to = from.plusMonths(m.group(2).equals("-") ? -n : n);
        signed = (int) java.time.temporal.ChronoUnit.DAYS.between(from, to);
      } else {
        int days = n * (m.group(4).equals("w") ? 7 : 1);
        signed = m.group(2).equals("-") ? -days : days;
      }
      inRange(slip, s.get(id), slipped.merge(id, (long) signed, Long::sum));
      out.add(new WhatIf.Slip(id, signed));
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
        // Written YYYY-MM-DD but no day of the calendar: say what is wrong with it.
        boolean noDay = e.getMessage() != null && e.getMessage().contains("not a day");
        throw new UserException(
            ExitCodes.USAGE,
            "--pin " + pin + " is not ID=YYYY-MM-DD" + (noDay ? ": " + e.getMessage() : ""));
      }
    }
    return out;
  }

  private String known(Schedule s, String id) {
    if (s.get(id) == null) {
      String hint = Suggestions.didYouMean(id, s.milestones().keySet());
      throw new UserException(
          ExitCodes.USAGE,
          "no milestone '" + id + "' in " + input.file() + (hint == null ? "" : "; " + hint));
    }
    return id;
  }

  /**
   * The diff without the fields that the what-if itself set to move a milestone (a not-before for a
   * slip, the pin fields for a pin): the report is about what moves, not how. A milestone moved out
   * of the years 0001-9999 is left out of the moves too: its days cannot be written, and the breaks
   * name it (RM307).
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
        d.moved().stream().filter(m -> DateRange.fits(m.neu())).toList(),
        d.missionTransfers().stream()
            .filter(t -> t.neu() == null || DateRange.fits(t.neu()))
            .toList(),
        d.dependenciesAdded(),
        d.dependenciesRemoved(),
        d.phaseChanges(),
        d.statusChanges(),
        d.otherChanges().stream().filter(f -> !changed.contains(f.milestone())).toList(),
        d.phasesAdded(),
        d.phasesRemoved(),
        d.phasesChanged());
  }

  /**
   * Every finding that the changed roadmap has and the roadmap before has not, as of {@code asOf}:
   * what {@code validate} would newly report of the file with the changes written in (a slip across
   * the project start is RM306, for one). Left out are the conflicting date fields (RM304) of a
   * changed milestone: a slip moves a milestone by giving it a not-before, and that is the
   * what-if's own mechanics, not a finding of the plan ({@link #withMissedDeadlines} names the
   * miss).
   */
  static List<Diagnostic> breaks(
      Roadmap before, Roadmap after, LocalDate asOf, List<WhatIf.Change> changes) {
    Set<String> old = new HashSet<>();
    for (Diagnostic d : Checks.run(before, asOf)) {
      old.add(key(d));
    }
    Set<Span> mechanics = new HashSet<>();
    Set<String> changed = new HashSet<>();
    changes.forEach(c -> changed.add(c.id()));
    for (Milestone m : after.milestones()) {
      if (changed.contains(m.id())) {
        for (MilestoneField f : MilestoneField.values()) {
          mechanics.add(after.positions().of(m, f));
        }
      }
    }
    return Checks.run(after, asOf).stream()
        .filter(d -> !old.contains(key(d)))
        .filter(d -> d.code() != Code.CONFLICTING_DATES || !mechanics.contains(d.span()))
        .toList();
  }

  /**
   * The breaks, with every deadline that is now missed and was not before, or is now missed by more
   * days than before. The checks report a deadline missed before and after at the same place with
   * the same code, so a worse miss is not among the new findings: it is named here, with the days
   * it was missed by before. A slipped milestone past its own deadline is also named here: a slip
   * moves it by giving it a not-before, which contradicts the deadline, and the checks report that
   * as conflicting date fields (RM304, the what-if's own mechanics), not as a missed deadline.
   */
  static List<Diagnostic> withMissedDeadlines(
      List<Diagnostic> breaks, Schedule after, Schedule before) {
    List<Diagnostic> out = new ArrayList<>(breaks);
    // Where the breaks name a missed deadline, found once: one look-up a milestone, not a scan.
    Set<Span> missedAt = new HashSet<>();
    for (Diagnostic d : breaks) {
      if (d.code() == Code.MISSES_DEADLINE) {
        missedAt.add(d.span());
      }
    }
    for (Schedule.Entry now : after.milestones().values()) {
      Schedule.Entry was = before.get(now.milestone().id());
      Milestone m = now.milestone();
      LocalDate deadline = m.deadline();
      if (was == null
          || !DateRange.fits(now)
          || deadline == null
          || !m.status().isLive()
          || !now.dates().finish().isAfter(deadline)
          || !now.dates().finish().isAfter(was.dates().finish())) {
        continue;
      }
      boolean missedBefore = was.dates().finish().isAfter(deadline);
      Span at = before.roadmap().positions().of(was.milestone(), MilestoneField.DEADLINE);
      // The checks name a missed deadline at the deadline of a computed milestone, and at the
      // field that pins the finish of a pinned one.
      Set<Span> its = new HashSet<>();
      for (MilestoneField f :
          List.of(
              MilestoneField.DEADLINE,
              MilestoneField.DATE,
              MilestoneField.START,
              MilestoneField.END,
              MilestoneField.DURATION)) {
        its.add(before.roadmap().positions().of(was.milestone(), f));
      }
      its.retainAll(missedAt);
      if (its.isEmpty()) {
        out.add(
            Diagnostic.of(
                Code.MISSES_DEADLINE,
                at,
                "'"
                    + m.id()
                    + (now.pinned() ? "' finishes " : "' is computed to finish ")
                    + now.dates().finish()
                    + ", "
                    + days(deadline, now.dates().finish())
                    + " after its deadline "
                    + deadline
                    + (missedBefore
                        ? " (missed by " + days(deadline, was.dates().finish()) + " before)"
                        : ""),
                "agree a later deadline, or recover the slip"));
      }
    }
    out.sort(Diagnostic.ORDER);
    return out;
  }

  private static String days(LocalDate from, LocalDate to) {
    return Plural.of(ChronoUnit.DAYS.between(from, to), "day");
  }

  private static String key(Diagnostic d) {
    return d.code().id() + "@" + d.span().line() + ":" + d.span().column();
  }
}
