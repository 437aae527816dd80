package dev.roadmap.check;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** All checks, in a fixed order. */
public final class Checks {
  private Checks() {}

  public static List<Check> all() {
    return List.of(
        new DuplicateIdCheck(),
        new UnknownReferenceCheck(),
        new PrerequisiteListCheck(),
        new DependencyCycleCheck(),
        new RedundantPrerequisiteCheck(),
        new PhaseOrderCheck(),
        new DateFieldsCheck(),
        new ScheduleCheck(),
        new TransferCheck(),
        new StatusCheck());
  }

  /**
   * Runs every check on a roadmap and returns their findings, sorted.
   *
   * @param asOf status date for the status checks; null to use the file's own {@code as-of}
   */
  public static List<Diagnostic> run(Roadmap roadmap, LocalDate asOf) {
    CheckContext context = new CheckContext(roadmap, asOf != null ? asOf : roadmap.asOf());
    List<Check> checks = all();
    List<Diagnostic> out = new ArrayList<>();
    if (roadmap.milestones().size() < PARALLEL) {
      for (Check c : checks) {
        out.addAll(c.run(context));
      }
    } else {
      // A big roadmap: the checks only read the context, so they can share the cores (the
      // schedule first, which one of them needs). The findings are the same; they are sorted.
      context.schedule();
      checks.parallelStream().map(c -> c.run(context)).toList().forEach(out::addAll);
    }
    out.sort(Diagnostic.ORDER);
    return out;
  }

  /** From this many milestones the checks of one file run in parallel. */
  static final int PARALLEL = 20_000;
}
