package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Source;
import dev.roadmap.model.SourceField;
import dev.roadmap.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the sources of a roadmap: each item of the top-level {@code sources:} list to a {@link
 * Source}, and a milestone's {@code source:} written as a list of source ids ({@code [s2, s6]}) to
 * the ids it cites, keeping where each id is written. A {@code source:} written as a scalar stays
 * free text, as before.
 */
final class SourceBinder {
  private static final SourceField[] FIELDS = SourceField.values();
  private static final String[] KEYS = Binding.keys(FIELDS);

  private final Binding binding;

  /** Where each id that the milestone being bound cites is written, in order. */
  private final List<Span> citationSpans = new ArrayList<>();

  SourceBinder(Binding binding) {
    this.binding = binding;
  }

  /** The source {@code node} describes, or null (with findings) when it has no valid id. */
  Source bind(YamlNode node) {
    BoundMapping o = binding.mapping(node, FIELDS, KEYS, "a source");
    if (o == null) {
      return null;
    }
    o.require(SourceField.ID);
    String id = o.id(SourceField.ID);
    if (id == null) {
      return null;
    }
    LocalDate date = o.date(SourceField.DATE);
    Source s =
        new Source(
            id,
            o.string(SourceField.TITLE),
            o.string(SourceField.PUBLISHER),
            date,
            o.precision(SourceField.DATE),
            o.string(SourceField.URL),
            o.extensions());
    o.writeFields(binding.positions.source());
    binding.positions.end();
    return s;
  }

  /**
   * The ids a milestone's {@code source:} cites when it is written as a list, else an empty list;
   * {@link #citationSpans} then holds where each is written.
   */
  List<String> cites(BoundMapping o) {
    citationSpans.clear();
    if (!(o.get(MilestoneField.SOURCE) instanceof YamlNode.Sequence seq)) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(seq.items().size());
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Scalar s && !s.isNull()) {
        String id = binding.id(s);
        if (id != null) {
          ids.add(id);
          citationSpans.add(s.span());
        }
      } else {
        binding.report(
            Diagnostic.of(
                Code.WRONG_TYPE,
                item.span(),
                "a citation in 'source' should be the id of a source, not " + item.describe(),
                "write 'source: [s2, s6]' with ids listed under 'sources:', or free text in"
                    + " quotes"));
      }
    }
    return ids;
  }

  /** The free text of a milestone's {@code source:}, or null when it is absent or a list. */
  static String text(BoundMapping o) {
    return o.get(MilestoneField.SOURCE) instanceof YamlNode.Sequence
        ? null
        : o.string(MilestoneField.SOURCE);
  }

  /** Where each id that the milestone bound last cites is written, in order. */
  List<Span> citationSpans() {
    return citationSpans;
  }
}
