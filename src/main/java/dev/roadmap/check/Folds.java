package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings that another finding stands for. A link against the phase order (RM301) is not also
 * dated (RM300): the RM300 of that link is dropped while its RM301 is shown. The fold runs after
 * suppressions and the baseline, so that an RM301 disabled or baselined leaves its RM300 in view.
 */
public final class Folds {
  private Folds() {}

  /** {@code findings} without the RM300 of each link that has an RM301 among them. */
  public static List<Diagnostic> apply(List<Diagnostic> findings) {
    Set<String> againstOrder = new HashSet<>();
    for (Diagnostic d : findings) {
      if (d.code() == Code.PREREQUISITE_IN_LATER_PHASE) {
        // "'m' (phase 'a') requires 'p' of the later phase 'b'"
        String[] q = d.message().split("'", -1);
        if (q.length > 5) {
          againstOrder.add(key(d, q[1], q[5]));
        }
      }
    }
    if (againstOrder.isEmpty()) {
      return findings;
    }
    List<Diagnostic> out = new ArrayList<>(findings.size());
    for (Diagnostic d : findings) {
      if (d.code() == Code.STARTS_BEFORE_PREREQUISITE) {
        // "'m' starts DATE, N days before 'p' allows (...)"
        String[] q = d.message().split("'", -1);
        if (q.length > 3 && againstOrder.contains(key(d, q[1], q[3]))) {
          continue;
        }
      }
      out.add(d);
    }
    return out;
  }

  private static String key(Diagnostic d, String milestone, String prerequisite) {
    return d.span() + "\u001f" + milestone + "\u001f" + prerequisite;
  }
}
