package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** RM200: two authorities, missions, phases or milestones with one id. */
final class DuplicateIdCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    var r = c.roadmap();
    find(r.authorities(), a -> a.id(), a -> a.span(), "authority", out);
    find(r.missions(), m -> m.id(), m -> m.span(), "mission", out);
    find(r.phases(), p -> p.id(), p -> p.span(), "phase", out);
    find(r.milestones(), m -> m.id(), m -> m.span(), "milestone", out);
    return out;
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
        out.add(
            Diagnostic.of(
                Code.DUPLICATE_ID,
                span.apply(t),
                "duplicate "
                    + kind
                    + " id '"
                    + id.apply(t)
                    + "' (first defined at line "
                    + previous.line()
                    + ")",
                "rename one of them; ids are unique among " + kind + "s"));
      }
    }
  }
}
