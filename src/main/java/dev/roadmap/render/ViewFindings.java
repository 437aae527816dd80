package dev.roadmap.render;

import dev.roadmap.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * The findings of a roadmap that an export shows: every finding, for the list at its end, and the
 * codes of the findings of each milestone that has any, by milestone id, for the mark on its row.
 *
 * @param all the findings, in output order
 * @param byMilestone the codes of each milestone's findings, by id
 */
public record ViewFindings(List<Diagnostic> all, Map<String, List<String>> byMilestone) {
  /** No findings. */
  public static final ViewFindings NONE = new ViewFindings(List.of(), Map.of());

  public ViewFindings {
    all = List.copyOf(all);
    byMilestone = Map.copyOf(byMilestone);
  }

  /** The codes of a milestone's findings, or an empty list. */
  List<String> codes(String id) {
    return byMilestone.getOrDefault(id, List.of());
  }

  /** "! RM303 RM302" for a milestone with findings, else "". */
  String mark(String id) {
    return Findings.mark(codes(id));
  }

  /** "1 error", "2 errors, 1 warning". */
  String count() {
    long errors = all.stream().filter(d -> d.severity() == dev.roadmap.diag.Severity.ERROR).count();
    long warnings =
        all.stream().filter(d -> d.severity() == dev.roadmap.diag.Severity.WARNING).count();
    long notes = all.size() - errors - warnings;
    StringBuilder b = new StringBuilder();
    for (String part :
        new String[] {
          errors > 0 ? Plural.of(errors, "error") : "",
          warnings > 0 ? Plural.of(warnings, "warning") : "",
          notes > 0 ? Plural.of(notes, "note") : ""
        }) {
      if (!part.isEmpty()) {
        b.append(b.length() == 0 ? "" : ", ").append(part);
      }
    }
    return b.toString();
  }
}
