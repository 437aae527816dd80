package dev.roadmap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code x-} keys of one mapping of the file, kept as data in the order written, for the JSON
 * export to pass on. A value is what YAML's core schema reads: a {@code String}, a {@code Boolean},
 * a {@code Long}, a {@code java.math.BigInteger}, a {@code java.math.BigDecimal}, null, a {@code
 * List} of values or a {@code Map} of keys to values (insertion ordered).
 *
 * @param values the keys (with their {@code x-}) to their values, in file order
 */
public record Extensions(Map<String, Object> values) {
  /** No {@code x-} keys: the usual case, shared. */
  public static final Extensions NONE = new Extensions(Map.of());

  public Extensions {
    values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }
}
