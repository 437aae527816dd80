package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** RM200: two authorities, missions, mission groups, phases, sources or milestones with one id. */
final class DuplicateIdCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    var r = c.roadmap();
    var at = c.positions();
    find(r.authorities(), a -> a.id(), at::of, "authority", out);
    find(r.missions(), m -> m.id(), at::of, "mission", out);
    find(r.groups(), g -> g.id(), at::of, "mission group", out);
    find(r.phases(), p -> p.id(), at::of, "phase", out);
    find(r.sources(), s -> s.id(), at::of, "source", out);
    // The graph holds the first milestone of each id and leaves the others out: the duplicates,
    // found without a map of a million ids.
    Map<String, RenamedIds.Renamed> renamed = c.renamedIds();
    Set<String> told = new HashSet<>();
    for (Milestone m : c.graph().leftOut()) {
      Span first = at.of(c.graph().milestone(m.id()).orElseThrow());
      Diagnostic d = duplicate("milestone", m.id(), at.of(m), first);
      List<RenamedIds.Renamed> was = RenamedIds.into(renamed, m.id());
      out.add(was.isEmpty() || !told.add(m.id()) ? d : renamed(d, was));
    }
    return out;
  }

  /**
   * The finding of a duplicate milestone id that names the ids taken for its old one, which are
   * required and not defined: one of the two milestones likely had one (their RM201 is held back).
   */
  private static Diagnostic renamed(Diagnostic d, List<RenamedIds.Renamed> was) {
    List<String> names = new ArrayList<>();
    for (RenamedIds.Renamed r : was) {
      names.add(
          "'"
              + r.was()
              + "' (required "
              + (r.places() == 1 ? "" : "in " + r.places() + " places, first ")
              + "at "
              + Places.line(r.at(), d.span())
              + ")");
    }
    return Diagnostic.of(
        Code.DUPLICATE_ID,
        d.span(),
        d.message()
            + ", and "
            + String.join(" and ", names)
            + (was.size() == 1 ? " is" : " are")
            + " not defined",
        "if one of the two was '" + was.get(0).was() + "', name it so again; else rename one");
  }

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }

  private static Diagnostic duplicate(String kind, String id, Span at, Span first) {
    return Diagnostic.of(
        Code.DUPLICATE_ID,
        at,
        "duplicate " + kind + " id '" + id + "' (first defined at " + Places.line(first, at) + ")",
        "rename one of them; ids are unique among "
            + (kind.equals("authority") ? "authorities" : kind + "s"));
  }

  private static <T> void find(
      List<T> items,
      Function<T, String> id,
      Function<T, Span> span,
      String kind,
      List<Diagnostic> out) {
    Map<String, Span> first = new HashMap<>();
    for (T t : items) {
      Span previous = first.putIfAbsent(id.apply(t), span.apply(t));
      if (previous != null) {
        out.add(duplicate(kind, id.apply(t), span.apply(t), previous));
      }
    }
  }
}
