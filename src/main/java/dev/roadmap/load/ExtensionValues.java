package dev.roadmap.load;

import dev.roadmap.model.Extensions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values of {@code x-} keys as data: a plain scalar is read as null, a boolean, a decimal
 * integer or a decimal number (in a double's range), else a string; a quoted one is a string, and
 * lists and mappings keep their order.
 */
final class ExtensionValues {
  private ExtensionValues() {}

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** True when {@code key} is an extension key: {@code x-} and at least one more character. */
  static boolean isExtension(String key) {
    return key.length() > 2 && key.startsWith("x-");
  }

  /** The extensions of the entries, in order; {@link Extensions#NONE} when there are none. */
  static Extensions of(List<YamlNode.Entry> entries) {
    if (entries == null || entries.isEmpty()) {
      return Extensions.NONE;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (YamlNode.Entry e : entries) {
      values.put(e.key().text(), value(e.value()));
    }
    return new Extensions(values);
  }

  /** The value of one node as data. */
  static Object value(YamlNode node) {
    if (node instanceof YamlNode.Scalar s) {
      return scalar(s);
    }
    if (node instanceof YamlNode.Sequence seq) {
      List<Object> items = new ArrayList<>(seq.items().size());
      for (YamlNode n : seq.items()) {
        items.add(value(n));
      }
      return Collections.unmodifiableList(items);
    }
    YamlNode.Mapping map = (YamlNode.Mapping) node;
    Map<String, Object> values = new LinkedHashMap<>();
    for (YamlNode.Entry e : map.entries()) {
      values.put(e.key().text(), value(e.value()));
    }
    return Collections.unmodifiableMap(values);
  }

  private static Object scalar(YamlNode.Scalar s) {
    if (s.isNull()) {
      return null;
    }
    String t = s.text();
    if (!s.plain()) {
      return t;
    }
    switch (t) {
      case "true", "True", "TRUE":
        return Boolean.TRUE;
      case "false", "False", "FALSE":
        return Boolean.FALSE;
      default:
        break;
    }
    if (INTEGER.matcher(t).matches()) {
      BigInteger n = new BigInteger(t.startsWith("+") ? t.substring(1) : t);
      return n.bitLength() < 64 ? (Object) n.longValue() : n;
    }
    if (DECIMAL.matcher(t).matches()) {
      BigDecimal d = new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
      // A number past a double's range (1e400) most JSON readers take for infinity: kept as text.
      return Double.isInfinite(d.doubleValue()) ? t : d;
    }
    return t;
  }
}
