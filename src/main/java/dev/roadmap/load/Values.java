package dev.roadmap.load;

import dev.roadmap.diag.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The spelling rules of the format's values, and the hints for values that break them. */
final class Values {
  private Values() {}

  /** The longest duration or lag: 100 years, so that no date leaves the years 0001-9999. */
  static final int MAX_DAYS = 36_525;

  /** The longest duration or lag in calendar months: 100 years. */
  static final int MAX_MONTHS = 1_200;

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  /** {@code ID.matcher(t).matches()}, without a Matcher: it runs for every id and reference. */
  static boolean isId(String t) {
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || (i > 0 && (c == '.' || c == '_' || c == '-'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The days of a duration that {@code [+-]?\d{1,6}[dw]} matches, signed, or null if it does not
   * match or has a sign where none is allowed: the common case without a Matcher. The caller
   * reports a null through the pattern.
   */
  static Integer quickDays(String t, boolean signed) {
    int n = t.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      if (!signed) {
        return null;
      }
      negative = t.charAt(0) == '-';
      i = 1;
    }
    int digits = n - 1 - i;
    if (digits < 1 || digits > 6) {
      return null;
    }
    int value = 0;
    for (int j = i; j < n - 1; j++) {
      char c = t.charAt(j);
      if (c < '0' || c > '9') {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    char unit = t.charAt(n - 1);
    if (unit != 'd' && unit != 'w') {
      return null;
    }
    int days = value * (unit == 'w' ? 7 : 1);
    if (days > MAX_DAYS) {
      return null;
    }
    return negative ? -days : days;
  }

  /**
   * A key as the format writes keys: {@code notBefore} and {@code not_before} as {@code
   * not-before}.
   */
  static String kebab(String key) {
    return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
  }

  static String unknownKeyHint(String key, List<String> keys) {
    String kebab = kebab(key);
    if (!kebab.equals(key) && keys.contains(kebab)) {
      return "keys are kebab-case: did you mean '" + kebab + "'?";
    }
    String hint = Suggestions.didYouMean(key, keys);
    return hint != null
        ? hint
        : "allowed keys here: " + String.join(", ", keys) + ", or one of your own that starts x-";
  }

  /**
   * A number and a unit in words or with a space: {@code 3 weeks}, {@code 10 days}, {@code 2 W},
   * {@code 3 months}, {@code 3 mos}.
   */
  private static final Pattern SPELLED =
      Pattern.compile(
          "([+-]?)\\s*(\\d{1,6})\\s*(d|days?|w|wks?|weeks?|mos?|mons?|mths?|months?)",
          Pattern.CASE_INSENSITIVE);

  /**
   * The hint for a duration or lag that is not {@code Nd}, {@code Nw} or {@code Nmo}: the same
   * amount written so ({@code 3 weeks}: "write '3w'"; {@code 3 months}: "write '3mo'"), else
   * examples.
   */
  static String durationHint(String t, boolean signed) {
    Matcher m = SPELLED.matcher(t.strip());
    if (m.matches() && (signed || m.group(1).isEmpty())) {
      String word = m.group(3).toLowerCase(Locale.ROOT);
      String unit = word.startsWith("d") ? "d" : word.startsWith("w") ? "w" : "mo";
      String sign = m.group(1).equals("+") ? "" : m.group(1);
      return "write '" + sign + m.group(2) + unit + "'";
    }
    return "write " + (signed ? "'2w', '10d', '3mo', or '-3d' for a lead" : "'30d', '6w' or '3mo'");
  }

  static String dateHint(String t) {
    if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
      return "write months and days with two digits, e.g. 2004-11-01";
    }
    if (t.matches("\\d{4}-\\d")) {
      return "write the month with two digits, e.g. " + t.substring(0, 5) + "0" + t.substring(5);
    }
    if (t.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
      return "give the day alone, without a time: " + t.substring(0, 10);
    }
    return "write a day as YYYY-MM-DD (2004-11-01), a month as YYYY-MM (2004-11) or a year as"
        + " YYYY (2004)";
  }

  /** {@code 'a', 'b' and 'c'}. */
  static String quoteAll(List<String> words) {
    List<String> q = words.stream().map(w -> "'" + w + "'").toList();
    if (q.size() <= 1) {
      return String.join("", q);
    }
    return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
  }
}
