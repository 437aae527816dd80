package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Field;
import dev.roadmap.model.PositionTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the binding of one file shares from start to end: where its findings go, its pools of ids
 * and dates, and the position table it fills. Not safe for use by several threads.
 */
final class Binding {
  final String file;
  final Limits limits;
  final PositionTable.Builder positions;

  /** Where findings go now: the loader's own list, or that of the streamed milestones. */
  private List<Diagnostic> diagnostics = new ArrayList<>();

  /**
   * One String per distinct id or reference, and one LocalDate per distinct date, for the length of
   * a load: 'p3' written 100,000 times is kept once, and a reference shares its target's id.
   */
  private final StringPool ids = new StringPool();

  final Map<String, LocalDate> dates = new HashMap<>();

  Binding(String file, Limits limits) {
    this.file = file;
    this.limits = limits;
    this.positions = PositionTable.builder(file);
  }

  void report(Diagnostic d) {
    diagnostics.add(d);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Sends findings to {@code list} from now on; returns the list they went to before. */
  List<Diagnostic> reportTo(List<Diagnostic> list) {
    List<Diagnostic> before = diagnostics;
    diagnostics = list;
    return before;
  }

  /**
   * The mapping {@code node} as an element of the kind {@code what} with the keys of {@code
   * fields}, or null (with a finding) when it is not a mapping.
   */
  BoundMapping mapping(YamlNode node, Field[] fields, String[] keys, String what) {
    if (node instanceof YamlNode.Mapping m) {
      return new BoundMapping(this, m, fields, keys, what);
    }
    report(
        Diagnostic.of(
            Code.WRONG_TYPE,
            node.span(),
            "expected " + what + " as a mapping, found " + node.describe(),
            what.equals("a prerequisite")
                ? "write the id of a milestone, or a mapping with 'id', 'type' and 'lag'"
                : "write it as '- id: ...' with its keys indented below"));
    return null;
  }

  /** The id a scalar holds, pooled, or null (with a finding) when it is not a valid id. */
  String id(YamlNode.Scalar s) {
    String text = s.text();
    if (text.length() > Limits.MAX_ID_LENGTH) {
      report(
          Diagnostic.of(
              Code.BAD_ID,
              s.span(),
              "an id of " + text.length() + " characters; ids are at most " + Limits.MAX_ID_LENGTH,
              "give it a short id and put the words in 'title' or 'name'"));
      return null;
    }
    if (!Values.isId(text)) {
      String fixed = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
      fixed = fixed.replaceAll("^[^a-z0-9]+", "");
      report(
          Diagnostic.of(
              Code.BAD_ID,
              s.span(),
              "'" + text + "' is not a valid id",
              "ids are lower-case letters, digits, '.', '_' and '-', starting with a letter or"
                  + " digit"
                  + (fixed.isEmpty() || !Values.ID.matcher(fixed).matches()
                      ? ""
                      : ": '" + fixed + "'")));
      return null;
    }
    return ids.intern(text);
  }

  /** The keys of {@code fields}, in their order: what a mapping of that kind allows. */
  static String[] keys(Field[] fields) {
    String[] keys = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      keys[i] = fields[i].key();
    }
    return keys;
  }
}
