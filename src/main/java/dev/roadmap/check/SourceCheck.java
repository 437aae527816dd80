package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Source;
import dev.roadmap.model.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * RM210, RM211 and RM503: a milestone citing a source that is not defined (with a "did you mean"),
 * a source that no milestone cites, and (opt-in) a done milestone whose pinned date cites no
 * source. A duplicate source id is RM200, in {@link DuplicateIdCheck}.
 */
final class SourceCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    Set<String> cited = new HashSet<>();
    c.roadmap().milestones().forEach(m -> cited.addAll(m.cites()));
    // The sources no milestone cites come first, so that a tie in "did you mean" goes to one of
    // them: a mistyped citation is most likely meant for the source it left uncited.
    Set<String> defined = new LinkedHashSet<>();
    c.roadmap().sources().stream()
        .filter(s -> !cited.contains(s.id()))
        .forEach(s -> defined.add(s.id()));
    c.roadmap().sources().forEach(s -> defined.add(s.id()));
    Suggestions.Budget work = new Suggestions.Budget(UnknownReferenceCheck.WORK);
    for (Milestone m : c.roadmap().milestones()) {
      for (int i = 0; i < m.cites().size(); i++) {
        String id = m.cites().get(i);
        if (!defined.contains(id)) {
          out.add(unknown(c, m, i, id, defined, work));
        }
      }
      if (m.status() == Status.DONE && m.isPinned() && m.cites().isEmpty()) {
        out.add(unsourced(c, m));
      }
    }
    Set<String> told = new HashSet<>();
    for (Source s : c.roadmap().sources()) {
      if (!cited.contains(s.id()) && told.add(s.id())) {
        out.add(
            Diagnostic.of(
                Code.UNUSED_SOURCE,
                c.positions().of(s),
                "source '" + s.id() + "' is cited by no milestone",
                "cite it where it supports a date ('source: [" + s.id() + "]'), or remove it"));
      }
    }
    return out;
  }

  private static Diagnostic unknown(
      CheckContext c, Milestone m, int i, String id, Set<String> defined, Suggestions.Budget work) {
    String hint = Suggestions.didYouMean(id, defined, work);
    if (hint == null) {
      hint =
          defined.isEmpty()
              ? "no source is defined; add one under 'sources:'"
              : "define a source '" + id + "' under 'sources:', or cite one that exists";
    }
    return Diagnostic.of(
        Code.UNKNOWN_SOURCE,
        c.positions().ofCitation(m, i),
        "'" + m.id() + "' cites source '" + id + "', which is not defined",
        hint);
  }

  private static Diagnostic unsourced(CheckContext c, Milestone m) {
    List<String> pins = new ArrayList<>();
    MilestoneField first = null;
    for (MilestoneField f :
        new MilestoneField[] {MilestoneField.DATE, MilestoneField.START, MilestoneField.END}) {
      var d =
          switch (f) {
            case DATE -> m.date();
            case START -> m.start();
            default -> m.end();
          };
      if (d != null) {
        pins.add("'" + f.key() + "' " + m.precision(f).format(d));
        first = first == null ? f : first;
      }
    }
    return Diagnostic.of(
        Code.UNSOURCED_DONE_DATE,
        c.positions().of(m, first),
        "'"
            + m.id()
            + "' is done, but its "
            + String.join(" and ", pins)
            + (pins.size() == 1 ? " cites" : " cite")
            + " no source"
            + (m.source() != null ? " by id ('source' is free text)" : ""),
        "list the source under 'sources:' and cite it: 'source: [s1]'");
  }

  @Override
  public Needs needs() {
    return Needs.NOTHING;
  }
}
