package dev.roadmap.render;

/** Escaping for GitHub-flavoured Markdown. */
final class Markdown {
  private Markdown() {}

  /** Text safe inside a table cell: pipes escaped, line breaks folded. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
  }
}
