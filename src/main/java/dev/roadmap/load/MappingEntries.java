package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of a mapping being read, in order, by key. A mapping has a handful of keys, so a key
 * is looked up by a scan until there are more than {@link #SCAN} (a hostile mapping may have
 * thousands): cheaper than a LinkedHashMap per mapping, a million times over.
 */
final class MappingEntries {
  private static final int SCAN = 8;
  final List<YamlNode.Entry> list = new ArrayList<>();
  private Map<String, YamlNode.Entry> index;

  YamlNode.Entry get(String key) {
    if (index != null) {
      return index.get(key);
    }
    for (YamlNode.Entry e : list) {
      if (e.key().text().equals(key)) {
        return e;
      }
    }
    return null;
  }

  /** Adds an entry whose key is not there yet. */
  void add(YamlNode.Entry e) {
    list.add(e);
    if (index != null) {
      index.put(e.key().text(), e);
    } else if (list.size() > SCAN) {
      index = new HashMap<>();
      for (YamlNode.Entry x : list) {
        index.put(x.key().text(), x);
      }
    }
  }

  /**
   * YAML merge keys: adds the entries of the merged mapping(s) that the mapping does not set
   * itself. Anything else to merge is reported.
   */
  void merge(YamlNode merge, List<Diagnostic> diagnostics) {
    if (merge instanceof YamlNode.Mapping m) {
      for (YamlNode.Entry e : m.entries()) {
        if (get(e.key().text()) == null) {
          add(e);
        }
      }
    } else if (merge instanceof YamlNode.Sequence s) {
      for (YamlNode item : s.items()) {
        merge(item, diagnostics);
      }
    } else {
      diagnostics.add(
          Diagnostic.of(
              Code.WRONG_TYPE,
              merge.span(),
              "a merge key '<<' takes a mapping or a list of mappings, not " + merge.describe()));
    }
  }
}
