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
    List<Diagnostic> out = new ArrayList<>();
    for (Check c : all()) {
      out.addAll(c.run(context));
    }
    out.sort(Diagnostic.ORDER);
    return out;
  }
}
