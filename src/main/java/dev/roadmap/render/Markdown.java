package dev.roadmap.render;

/** Escaping for GitHub-flavoured Markdown. */
final class Markdown {
  private Markdown() {}

  /**
   * Text that renders as itself: the ASCII punctuation that Markdown or HTML would read ({@code \\
   * ` * _ [ ] < > | #}, and {@code ~} for strikethrough) is escaped with a backslash, and line
   * breaks are folded into spaces.
   */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (char c : s.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
      if ("\\`*_[]<>|#~".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
