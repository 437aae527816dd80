package dev.roadmap.load;

import dev.roadmap.model.Span;
import java.util.List;

/**
 * A YAML node with its source span: the small tree the loader binds from. Scalars keep their raw
 * text, so YAML 1.1 readings ({@code no} as false, {@code 2004-11-01} as a timestamp) are never
 * trusted.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

  Span span();

  /** Short name of the node's type for messages: "a mapping", "a list", "a string". */
  String describe();

  /**
   * A scalar.
   *
   * @param text the raw text of the scalar (quotes removed, escapes resolved)
   * @param plain true when written without quotes or block indicators
   * @param isNull true for an empty value, {@code ~} or {@code null} written plain
   */
  record Scalar(String text, boolean plain, boolean isNull, Span span) implements YamlNode {
    @Override
    public String describe() {
      return isNull ? "nothing" : "the scalar '" + text + "'";
    }
  }

  /** A key of a mapping with its value. Keys are always scalars. */
  record Entry(Scalar key, YamlNode value) {}

  /** A mapping, with entries in file order and duplicate keys already removed. */
  record Mapping(List<Entry> entries, Span span) implements YamlNode {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A sequence (list). */
  record Sequence(List<YamlNode> items, Span span) implements YamlNode {
    @Override
    public String describe() {
      return "a list";
    }
  }
}
