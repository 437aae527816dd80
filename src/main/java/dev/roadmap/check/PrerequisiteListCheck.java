package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** RM205 a milestone that requires itself; RM208 a prerequisite listed twice. */
final class PrerequisiteListCheck implements Check {
  /** "line 17", or "column 16" when the two are on one line. */
  static String where(dev.roadmap.model.Span first, dev.roadmap.model.Span second) {
    return first.line() == second.line() ? "column " + first.column() : "line " + first.line();
  }

  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    for (Milestone m : c.roadmap().milestones()) {
      Map<String, Dependency> seen = new HashMap<>();
      for (Dependency d : m.requires()) {
        String p = d.targetId();
        if (p.equals(m.id())) {
          out.add(
              Diagnostic.of(
                  Code.SELF_DEPENDENCY,
                  d.target().span(),
                  "'" + m.id() + "' requires itself",
                  "remove '" + p + "' from its own 'requires'"));
          continue;
        }
        Dependency first = seen.putIfAbsent(p, d);
        if (first != null) {
          out.add(
              Diagnostic.of(
                  Code.REPEATED_PREREQUISITE,
                  d.target().span(),
                  "'"
                      + m.id()
                      + "' lists prerequisite '"
                      + p
                      + "' twice (first at "
                      + where(first.target().span(), d.target().span())
                      + ")",
                  "keep one entry; give it the type and lag you mean"));
        }
      }
    }
    return out;
  }
}
