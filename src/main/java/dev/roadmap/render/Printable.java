package dev.roadmap.render;

/**
 * Text safe to print on a terminal or in a CI log: control characters (C0 but tab, DEL, C1), the
 * Unicode line and paragraph separators (U+2028, U+2029: a line break to JavaScript, so to
 * Mermaid), bidirectional overrides and invisible format characters from a roadmap are shown as
 * {@code \\uXXXX} escapes, so a hostile title or id cannot move the cursor, clear the screen,
 * rewrite a line of the log or reorder the text it appears in.
 */
public final class Printable {
  private Printable() {}

  /** {@code s} with every unsafe character, line breaks included, shown as an escape. */
  public static String of(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        b.append(escape(c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * A whole text, such as an export printed on a terminal: as {@link #of}, but its line breaks
   * ({@code \n}, and {@code \r\n} as CSV writes them) are kept.
   */
  public static String lines(String text) {
    StringBuilder b = new StringBuilder(text.length());
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      boolean crlf = end > from && text.charAt(end - 1) == '\r';
      b.append(of(text.substring(from, crlf ? end - 1 : end)));
      if (crlf) {
        b.append('\r');
      }
      if (nl >= 0) {
        b.append('\n');
      }
      from = end + 1;
    }
    return b.toString();
  }

  /**
   * A source line safe to print under which a caret can point: each unsafe character is one {@code
   * ?}, so that the columns stay where they were.
   */
  static String masked(String line) {
    StringBuilder b = null;
    for (int i = 0; i < line.length(); i++) {
      if (unsafe(line.charAt(i))) {
        if (b == null) {
          b = new StringBuilder(line);
        }
        b.setCharAt(i, '?');
      }
    }
    return b == null ? line : b.toString();
  }

  static boolean unsafe(char c) {
    return (c < 0x20 && c != '\t')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x200B && c <= 0x200D)
        || c == 0x2028
        || c == 0x2029
        || bidi(c)
        || c == 0xFEFF;
  }

  /**
   * A bidirectional control, which would reorder the text around it: the marks (U+200E, U+200F,
   * U+061C), embeddings and overrides (U+202A-U+202E) and isolates (U+2066-U+2069). Every output
   * that shows a roadmap's text as text (the terminal, HTML, Mermaid and so Markdown, iCal, JUnit
   * and Checkstyle XML) shows it as its {@link #escape}.
   */
  static boolean bidi(char c) {
    return c == 0x200E
        || c == 0x200F
        || c == 0x061C
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** A character as this class shows an unsafe one: {@code \\u202E}. */
  static String escape(char c) {
    return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
  }
}
