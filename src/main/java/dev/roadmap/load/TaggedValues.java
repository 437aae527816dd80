package dev.roadmap.load;

import com.fasterxml.jackson.core.Base64Variants;
import java.math.BigInteger;
import java.util.Locale;

/**
 * What becomes of a value with an explicit tag ({@code !!int 0x1F}, {@code !!binary ...}). The
 * reader takes every value as its text; a tagged one goes through the checks that Jackson's YAML
 * parser, which the reader was built on, made of it, so that a file reads as it always has: a
 * number or base64 text that does not decode stops the reading (RM100), an {@code !!int} whose
 * digits are over 1,000 characters long is over a limit (RM112), and a sign alone is no value.
 */
final class TaggedValues {
  /** The tags of YAML's core types, which Jackson's parser reads without this prefix. */
  private static final String CORE = "tag:yaml.org,2002:";

  /** The most digits a number may have: Jackson's default constraint. */
  static final int MAX_NUMBER_LENGTH = 1000;

  private TaggedValues() {}

  /** A tagged value the reader turns away: its text does not decode. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    /** True when the number has too many digits, rather than a wrong one. */
    final boolean tooLong;

    Refused(String message, boolean tooLong) {
      super(message, null, false, false);
      this.tooLong = tooLong;
    }
  }

  /**
   * Checks a value with the explicit tag {@code tag} (neither null nor the non-specific {@code !}).
   * Returns false for a value that Jackson's parser gave no token for (an {@code !!int} that is a
   * sign alone), true for any other value it accepts.
   *
   * @throws Refused when the value does not decode as its tag says
   */
  static boolean check(String tag, String value) throws Refused {
    if (value.isEmpty()) {
      return true;
    }
    String type = tag;
    if (type.startsWith(CORE)) {
      type = type.substring(CORE.length());
      if (type.contains(",")) {
        String[] types = type.split(",");
        type = types.length == 0 ? "" : types[0];
      }
    }
    if (type.equals("binary")) {
      try {
        Base64Variants.MIME.decode(value.trim());
      } catch (IllegalArgumentException e) {
        throw new Refused(e.getMessage(), false);
      }
      return true;
    }
    return !type.equals("int") || integer(value);
  }

  /** An {@code !!int}: decimal, or {@code 0b} binary, {@code 0x} hex or {@code 0} octal. */
  private static boolean integer(String value) throws Refused {
    int length = value.length();
    char c = value.charAt(0);
    int i = c == '-' || c == '+' ? 1 : 0;
    if (i == length) {
      return false;
    }
    if (value.charAt(i) == '0') {
      if (++i == length) {
        return true;
      }
      c = value.charAt(i);
      if (c == 'b' || c == 'B') {
        radix(value, i + 1, 2, 31, 63);
      } else if (c == 'x' || c == 'X') {
        radix(value, i + 1, 16, 7, 15);
      } else if ((c >= '0' && c <= '9') || c == '_') {
        radix(value, i, 8, 10, 21);
      }
      return true;
    }
    boolean underscores = false;
    for (; i < length; i++) {
      c = value.charAt(i);
      if (c == '_') {
        underscores = true;
      } else if (c < '0' || c > '9') {
        return true; // not a number: read as text
      }
    }
    if (underscores) {
      String digits = withoutUnderscores(value, value.charAt(0) == '+' ? 1 : 0);
      if (digits.isEmpty() || digits.equals("-")) {
        throw new Refused("Invalid number ('" + value + "')", false);
      }
    }
    return true;
  }

  /**
   * The digits of {@code value} from {@code from}, without underscores, as an int, a long or a big
   * integer by their count, as Jackson's parser decoded them.
   */
  private static void radix(String value, int from, int radix, int intDigits, int longDigits)
      throws Refused {
    String digits = withoutUnderscores(value, from);
    int n = digits.length();
    if (n > longDigits && n > MAX_NUMBER_LENGTH) {
      throw new Refused("a number of " + n + " digits", true);
    }
    try {
      if (n <= intDigits) {
        Integer.parseInt(digits, radix);
      } else if (n <= longDigits) {
        Long.parseLong(digits, radix);
      } else {
        new BigInteger(digits, radix);
      }
    } catch (NumberFormatException e) {
      // Worded, and formatted in the default locale, as Jackson's parser wrote it.
      throw new Refused(
          String.format(
              Locale.getDefault(Locale.Category.FORMAT),
              "Invalid base-%d number ('%s'), problem: %s",
              radix,
              digits,
              e.getMessage()),
          false);
    }
  }

  private static String withoutUnderscores(String value, int from) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '_') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
