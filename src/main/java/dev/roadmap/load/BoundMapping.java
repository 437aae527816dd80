package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Extensions;
import dev.roadmap.model.Field;
import dev.roadmap.model.PositionTable;
import dev.roadmap.model.Precision;
import dev.roadmap.model.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mapping of the file being bound to one element: knows the element's fields, reports unknown and
 * missing keys, and reads each value as its field's type, reporting what does not fit. Its entries
 * are kept by field number, with no map: a million milestones bind a million of these.
 */
final class BoundMapping {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** The hint of a date in the year 0000, which the calendar does not have. */
  static final String NO_YEAR_ZERO = "the years run from 0001 to 9999";

  private static final Pattern DURATION = Pattern.compile("([+-]?)(\\d{1,6})(d|w|mo)");
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private final Binding binding;
  private final YamlNode.Mapping map;
  private final String what;
  private final Field[] fields;
  private final String[] keys;

  /**
   * The keys an unknown key is compared with for a "did you mean", and bound as when misspelt; null
   * for all of them (made into a list only on the path of an unknown key: a million milestones bind
   * a million of these).
   */
  private final List<String> offered;

  /** The entry of {@code fields[i]} at {@code i}. */
  private final YamlNode.Entry[] entries;

  /** The {@code x-} entries in file order, or null when there are none. */
  private List<YamlNode.Entry> extensions;

  /**
   * Two bits per field number: the {@link Precision} of a date written as a month or a year; 0 (a
   * day) for everything else. Zero for a mapping whose dates are all days.
   */
  private long coarse;

  BoundMapping(Binding binding, YamlNode.Mapping map, Field[] fields, String[] keys, String what) {
    this(binding, map, fields, keys, null, what);
  }

  /**
   * As the other constructor, offering only {@code offered} of the keys to an unknown key (an
   * included file is not told of a key of the top file alone); null offers them all.
   */
  BoundMapping(
      Binding binding,
      YamlNode.Mapping map,
      Field[] fields,
      String[] keys,
      List<String> offered,
      String what) {
    this.binding = binding;
    this.map = map;
    this.what = what;
    this.fields = fields;
    this.keys = keys;
    this.offered = offered;
    this.entries = new YamlNode.Entry[fields.length];
    for (YamlNode.Entry e : map.entries()) {
      String k = e.key().text();
      int i = indexOf(keys, k);
      if (i >= 0) {
        entries[i] = e;
      } else if (ExtensionValues.isExtension(k)) {
        if (extensions == null) {
          extensions = new ArrayList<>(2);
        }
        extensions.add(e);
      } else {
        binding.report(
            Diagnostic.of(
                Code.UNKNOWN_KEY,
                e.key().span(),
                "unknown key '" + k + "' in " + what,
                unknownKeyHint(k)));
        misspelt(e);
      }
    }
  }

  /**
   * Reads the value of an unknown key as that of the key it misspells, when one key of the mapping
   * is close and not given: the misspelling is the one finding, and the checks see the mapping as
   * meant (a misspelt 'title' is not also a missing one, a misspelt 'status' does not make the
   * milestone overdue). Only on the path of an unknown key.
   */
  private void misspelt(YamlNode.Entry e) {
    String k = e.key().text();
    if (k.startsWith("x-")) {
      return;
    }
    String kebab = Values.kebab(k);
    int i = offered().contains(kebab) ? indexOf(keys, kebab) : -1;
    if (i < 0) {
      i = Suggestions.closest(k, offered()).map(c -> indexOf(keys, c)).orElse(-1);
    }
    if (i >= 0 && entries[i] == null) {
      entries[i] = e;
    }
  }

  /**
   * The hint of an unknown key: a "did you mean" among the keys offered; where only some are
   * offered and the key is close to none of them but to one of the others, that that one is not a
   * key here (an included file's {@code titel}: 'title' is the top file's).
   */
  private String unknownKeyHint(String k) {
    if (offered != null) {
      String kebab = Values.kebab(k);
      if (!offered.contains(kebab) && Suggestions.closest(k, offered).isEmpty()) {
        String near =
            indexOf(keys, kebab) >= 0 ? kebab : Suggestions.closest(k, List.of(keys)).orElse(null);
        if (near != null) {
          return "'"
              + near
              + "' is not a key of "
              + what
              + "; "
              + Values.unknownKeyHint(k, offered);
        }
      }
    }
    return Values.unknownKeyHint(k, offered());
  }

  private List<String> offered() {
    return offered != null ? offered : List.of(keys);
  }

  private static int indexOf(String[] keys, String key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The mapping's {@code x-} keys as data. */
  Extensions extensions() {
    return ExtensionValues.of(extensions);
  }

  /** Reports the required fields that are missing or have no value (which then count as absent). */
  void require(Field... required) {
    List<String> missing = new ArrayList<>();
    for (Field f : required) {
      YamlNode.Entry e = entries[f.ordinal()];
      if (e == null) {
        missing.add(f.key());
      } else if (e.value() instanceof YamlNode.Scalar s && s.isNull()) {
        binding.report(
            Diagnostic.of(
                Code.MISSING_KEY,
                e.key().span(),
                "'" + f.key() + "' of " + what + " has no value",
                "give '" + f.key() + "' a value"));
        entries[f.ordinal()] = null;
      }
    }
    if (!missing.isEmpty()) {
      Span at = map.span();
      YamlNode.Entry idEntry = fields[0].key().equals("id") ? entries[0] : null;
      if (idEntry != null) {
        at = idEntry.value().span();
      }
      String named =
          idEntry != null && idEntry.value() instanceof YamlNode.Scalar s
              ? what + " '" + s.text() + "'"
              : what;
      binding.report(
          Diagnostic.of(
              Code.MISSING_KEY,
              at,
              named
                  + " lacks required key"
                  + (missing.size() > 1 ? "s " : " ")
                  + Values.quoteAll(missing),
              "add " + Values.quoteAll(missing)));
    }
  }

  /** The value of a field, or null when it is absent or written empty. */
  YamlNode get(Field f) {
    YamlNode.Entry e = entries[f.ordinal()];
    if (e == null || (e.value() instanceof YamlNode.Scalar s && s.isNull())) {
      return null;
    }
    return e.value();
  }

  /** Where a field's key is written, or the mapping when it is absent. */
  Span spanOfKey(Field f) {
    YamlNode.Entry e = entries[f.ordinal()];
    return e == null ? map.span() : e.key().span();
  }

  /** Gives {@code positions} the span of each field's value, in field order. */
  void writeFields(PositionTable.Builder positions) {
    for (int i = 0; i < entries.length; i++) {
      if (entries[i] != null) {
        positions.field(fields[i], entries[i].value().span());
      }
    }
  }

  private YamlNode.Scalar scalar(Field f, String expected) {
    YamlNode n = get(f);
    if (n == null) {
      return null;
    }
    if (n instanceof YamlNode.Scalar s) {
      return s;
    }
    binding.report(
        Diagnostic.of(
            Code.WRONG_TYPE,
            n.span(),
            "'" + f.key() + "' of " + what + " should be " + expected + ", not " + n.describe(),
            null));
    return null;
  }

  String string(Field f) {
    YamlNode.Scalar s = scalar(f, "a string");
    return s == null ? null : s.text();
  }

  /** The id a field holds, or null (with a finding when it is not an id). */
  String id(Field f) {
    YamlNode.Scalar s = scalar(f, "an id");
    return s == null ? null : binding.id(s);
  }

  /** Where the value of a field is written, or null when it is absent. */
  Span valueSpan(Field f) {
    YamlNode.Entry e = entries[f.ordinal()];
    return e == null ? null : e.value().span();
  }

  /**
   * The date a field holds, or null (with a finding when it is not a date). A month or a year
   * stands for its first day; see {@link #date(Field, boolean)}.
   */
  LocalDate date(Field f) {
    return date(f, false);
  }

  /**
   * The date a field holds, or null (with a finding when it is not a date): {@code YYYY-MM-DD}, or
   * at a coarser precision {@code YYYY-MM} or {@code YYYY}, which stands for the first day of its
   * month or year, or for the last when {@code last} (an {@code end} or a {@code deadline}). The
   * precision is kept for {@link #precision(Field)}.
   */
  LocalDate date(Field f, boolean last) {
    YamlNode.Scalar s = scalar(f, "a date (YYYY-MM-DD, YYYY-MM or YYYY)");
    if (s == null) {
      return null;
    }
    String t = s.text();
    LocalDate seen = binding.dates.get(t);
    if (seen != null) {
      return seen;
    }
    if (t.startsWith("0000") && (t.length() == 4 || t.charAt(4) == '-')) {
      binding.report(
          Diagnostic.of(
              Code.BAD_DATE,
              s.span(),
              "'" + f.key() + "' is '" + t + "', which is not a date: there is no year 0000",
              NO_YEAR_ZERO));
      return null;
    }
    if (DATE.matcher(t).matches()) {
      try {
        LocalDate d = LocalDate.parse(t, ISO);
        binding.dates.put(t, d);
        return d;
      } catch (DateTimeParseException e) {
        binding.report(
            Diagnostic.of(
                Code.BAD_DATE,
                s.span(),
                "'" + f.key() + "' is '" + t + "', which is not a day of the calendar",
                "check the month (01-12) and the day of the month"));
        return null;
      }
    }
    return coarseDate(f, s, last);
  }

  /** A date written as a month or a year (the rare path: a day never comes here). */
  private LocalDate coarseDate(Field f, YamlNode.Scalar s, boolean last) {
    String t = s.text();
    Precision p = null;
    LocalDate d = null;
    Matcher month = MONTH.matcher(t);
    if (month.matches()) {
      int m = Integer.parseInt(month.group(2));
      if (m < 1 || m > 12) {
        binding.report(
            Diagnostic.of(
                Code.BAD_DATE,
                s.span(),
                "'" + f.key() + "' is '" + t + "', which is not a month of the calendar",
                "check the month (01-12)"));
        return null;
      }
      p = Precision.MONTH;
      d = LocalDate.of(Integer.parseInt(month.group(1)), m, 1);
    } else if (YEAR.matcher(t).matches()) {
      p = Precision.YEAR;
      d = LocalDate.of(Integer.parseInt(t), 1, 1);
    }
    if (p == null) {
      binding.report(
          Diagnostic.of(
              Code.BAD_DATE,
              s.span(),
              "'" + f.key() + "' is '" + t + "', not a date written YYYY-MM-DD, YYYY-MM or YYYY",
              Values.dateHint(t)));
      return null;
    }
    int shift = 2 * f.ordinal();
    coarse = (coarse & ~(3L << shift)) | ((long) p.ordinal() << shift);
    return last ? p.last(d) : d;
  }

  /** How precisely a date field was written: a day unless it was read as a month or a year. */
  Precision precision(Field f) {
    if (coarse == 0) {
      return Precision.DAY;
    }
    int v = (int) ((coarse >>> (2 * f.ordinal())) & 3);
    return Precision.values()[v];
  }

  /** True when some date of this mapping was written as a month or a year. */
  boolean hasCoarseDate() {
    return coarse != 0;
  }

  /**
   * The length a field holds, or null (with a finding when it is not one): {@code Nd} or {@code Nw}
   * in days, {@code Nmo} in calendar months; signed when {@code signed} (a lag).
   */
  Length duration(Field f, boolean signed) {
    YamlNode.Scalar s = scalar(f, "a duration such as 30d, 2w or 3mo");
    if (s == null) {
      return null;
    }
    Integer quick = Values.quickDays(s.text(), signed);
    if (quick != null) {
      return Length.days(quick);
    }
    String key = f.key();
    Matcher m = DURATION.matcher(s.text());
    if (!m.matches() || (!signed && !m.group(1).isEmpty())) {
      String example = Values.durationHint(s.text(), signed);
      binding.report(
          Diagnostic.of(
              Code.BAD_DURATION,
              s.span(),
              "'"
                  + key
                  + "' is '"
                  + s.text()
                  + "', not a "
                  + (signed ? "signed " : "")
                  + "number of days (d), weeks (w) or months (mo)",
              example));
      return null;
    }
    boolean months = m.group(3).equals("mo");
    int n = Integer.parseInt(m.group(2)) * (m.group(3).equals("w") ? 7 : 1);
    if (months ? n > Values.MAX_MONTHS : n > Values.MAX_DAYS) {
      binding.report(
          Diagnostic.of(
              Code.BAD_DURATION,
              s.span(),
              "'"
                  + key
                  + "' is '"
                  + s.text()
                  + "', "
                  + n
                  + (months ? " months" : " days")
                  + ": over 100 years",
              "a roadmap spans years, not centuries; check the number and the unit"));
      return null;
    }
    int signedN = m.group(1).equals("-") ? -n : n;
    return months ? Length.months(signedN) : Length.days(signedN);
  }

  /** The constant of {@code values} spelled as the value of {@code f}, or the fallback. */
  <E extends Enum<E>> E choice(Field f, E[] values, Function<E, String> spelling, E fallback) {
    YamlNode n = get(f);
    if (n == null) {
      return fallback;
    }
    if (!(n instanceof YamlNode.Scalar s)) {
      // The list of spellings only for the message: this runs for every milestone.
      scalar(f, "one of " + spellings(values, spelling));
      return fallback;
    }
    for (E e : values) {
      if (spelling.apply(e).equals(s.text())) {
        return e;
      }
    }
    List<String> allowed = Arrays.stream(values).map(spelling).toList();
    binding.report(
        Diagnostic.of(
            Code.BAD_VALUE,
            s.span(),
            "'" + f.key() + "' is '" + s.text() + "', not one of " + spellings(values, spelling),
            Suggestions.didYouMean(s.text(), allowed)));
    return fallback;
  }

  private static <E extends Enum<E>> String spellings(E[] values, Function<E, String> f) {
    return Arrays.stream(values).map(e -> "'" + f.apply(e) + "'").collect(Collectors.joining(", "));
  }

  /** The items of a list field, each bound by {@code item} (null items left out). */
  <T> List<T> list(Field f, Function<YamlNode, T> item) {
    YamlNode n = get(f);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      String key = f.key();
      String hint =
          n instanceof YamlNode.Scalar s
              ? "write a list: '" + key + ": [" + s.text() + "]'"
              : "write a list, one '- ' item a line";
      binding.report(
          Diagnostic.of(
              Code.WRONG_TYPE,
              n.span(),
              "'" + key + "' of " + what + " should be a list, not " + n.describe(),
              hint));
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (YamlNode i : seq.items()) {
      T t = item.apply(i);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }
}
