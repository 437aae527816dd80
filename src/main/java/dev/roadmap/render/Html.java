package dev.roadmap.render;

import dev.roadmap.model.Phase;

/** Escaping and text for the HTML page and its SVG chart. */
final class Html {
  private Html() {}

  /**
   * Text escaped for HTML and XML, in content and in attributes: {@code & < > " '}; a carriage
   * return as a space; control characters (but tab and line feed), bidirectional controls, which
   * would reorder the text around them, and invisible format characters shown as {@code
   * \\u202E}-style escapes, as on a terminal ({@link Printable}); a lone surrogate, U+FFFE and
   * U+FFFF, which XML 1.0 does not allow, as U+FFFD.
   */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\r' -> b.append(' ');
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (c != '\n' && Printable.unsafe(c)) {
            b.append(Printable.escape(c));
          } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Whitespace, line breaks included, folded into single spaces. */
  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** The phase's name on one line, or its id when it has none. */
  static String phaseName(Phase p) {
    return p.name() == null || p.name().isBlank() ? p.id() : oneLine(p.name());
  }
}
