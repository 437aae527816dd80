package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Details;
import dev.roadmap.model.Extensions;
import dev.roadmap.model.Field;
import dev.roadmap.model.Link;
import dev.roadmap.model.MilestoneField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds what a milestone says to its readers: {@code owner}, {@code labels}, {@code links}, {@code
 * notes} and its {@code x-} keys. Most milestones give none, and share {@link Details#NONE}.
 */
final class DetailsBinder {
  /** The keys of a link written as a mapping. */
  private enum LinkField implements Field {
    TITLE("title"),
    URL("url");

    private final String key;

    LinkField(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  private static final LinkField[] LINK_FIELDS = LinkField.values();
  private static final String[] LINK_KEYS = Binding.keys(LINK_FIELDS);

  private final Binding binding;

  DetailsBinder(Binding binding) {
    this.binding = binding;
  }

  Details bind(BoundMapping o) {
    Extensions extensions = o.extensions();
    if (o.get(MilestoneField.OWNER) == null
        && o.get(MilestoneField.LABELS) == null
        && o.get(MilestoneField.LINKS) == null
        && o.get(MilestoneField.NOTES) == null
        && extensions.isEmpty()) {
      return Details.NONE;
    }
    String owner = text(o, MilestoneField.OWNER);
    List<String> labels = labels(o);
    List<Link> links = o.list(MilestoneField.LINKS, this::link);
    String notes = text(o, MilestoneField.NOTES);
    return new Details(owner, labels, links, notes, extensions);
  }

  /** A string field that must not be blank: null (with a finding) when it is. */
  private String text(BoundMapping o, MilestoneField f) {
    String t = o.string(f);
    if (t != null && t.isBlank()) {
      binding.report(
          Diagnostic.of(
              Code.BAD_VALUE,
              o.valueSpan(f),
              "'" + f.key() + "' is blank",
              "give '" + f.key() + "' some text, or leave the key out"));
      return null;
    }
    return t == null ? null : t.strip();
  }

  private List<String> labels(BoundMapping o) {
    Set<String> labels = new LinkedHashSet<>();
    for (YamlNode.Scalar s : o.list(MilestoneField.LABELS, this::label)) {
      if (!labels.add(s.text())) {
        binding.report(
            Diagnostic.of(
                Code.BAD_VALUE,
                s.span(),
                "label '" + s.text() + "' is given twice",
                "give each label once"));
      }
    }
    return new ArrayList<>(labels);
  }

  private YamlNode.Scalar label(YamlNode node) {
    if (!(node instanceof YamlNode.Scalar s) || s.isNull()) {
      binding.report(
          Diagnostic.of(
              Code.WRONG_TYPE,
              node.span(),
              "a label should be a string, not " + node.describe(),
              "write labels as a list of words: 'labels: [spi, logistics]'"));
      return null;
    }
    if (s.text().isBlank()) {
      binding.report(
          Diagnostic.of(
              Code.BAD_VALUE,
              s.span(),
              "a label is blank",
              "give the label a word, or leave it out"));
      return null;
    }
    return s;
  }

  private Link link(YamlNode node) {
    if (node instanceof YamlNode.Scalar s && !s.isNull()) {
      return url(s.text(), s.span()) ? new Link(null, s.text().strip()) : null;
    }
    if (!(node instanceof YamlNode.Mapping)) {
      binding.report(
          Diagnostic.of(
              Code.WRONG_TYPE,
              node.span(),
              "expected a link as a mapping, found " + node.describe(),
              "write a link as '{title: ..., url: https://...}'"));
      return null;
    }
    BoundMapping o = binding.mapping(node, LINK_FIELDS, LINK_KEYS, "a link");
    o.require(LinkField.URL);
    String title = o.string(LinkField.TITLE);
    String url = o.string(LinkField.URL);
    if (url == null || !url(url, o.valueSpan(LinkField.URL))) {
      return null;
    }
    if (title != null && title.isBlank()) {
      title = null;
    }
    return new Link(title == null ? null : title.strip(), url.strip(), o.extensions());
  }

  /** True when {@code url} is an address; false (with a finding) when it is blank or has spaces. */
  private boolean url(String url, dev.roadmap.model.Span at) {
    String t = url.strip();
    if (t.isEmpty()) {
      binding.report(
          Diagnostic.of(
              Code.BAD_VALUE, at, "the 'url' of a link is empty", "give the link's address"));
      return false;
    }
    if (t.chars().anyMatch(Character::isWhitespace)) {
      binding.report(
          Diagnostic.of(
              Code.BAD_VALUE,
              at,
              "the 'url' of a link is '" + t + "', which has spaces",
              "write the address without spaces (a space is %20), and the words in 'title'"));
      return false;
    }
    return true;
  }
}
