package dev.roadmap.render;

import dev.roadmap.plan.Schedule;

/** Escaping for GitHub-flavoured Markdown, and how the Markdown formats write ids and dates. */
final class Markdown {
  private Markdown() {}

  /**
   * Text that renders as itself: the ASCII punctuation that Markdown or HTML would read ({@code \\
   * ` * _ [ ] < > | #}, and {@code ~} for strikethrough) is escaped with a backslash, and line
   * breaks are folded into spaces; control characters and bidirectional controls are shown as
   * {@code \\u202E}-style escapes ({@link Printable}).
   */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (char c : s.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
      if (Printable.unsafe(c)) {
        // A control character or a bidirectional control: shown as on a terminal, its backslash
        // escaped.
        b.append('\\').append(Printable.escape(c));
        continue;
      }
      if ("\\`*_[]<>|#~".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** An id in a code span (ids cannot hold a backtick or a pipe). */
  static String code(String id) {
    return "`" + id + "`";
  }

  /** "Title (`id`)", or the id alone when there is no title. */
  static String named(String title, String id) {
    return title == null || title.isEmpty() ? code(id) : text(title) + " (" + code(id) + ")";
  }

  /**
   * "2004-11-01", "2004-08" or "2005-01-10 to 2005-08-06", at the precision the file writes them;
   * in italics when the scheduler computed them.
   */
  static String dates(Schedule.Entry e) {
    String d = e.display().replace("..", " to ");
    return e.pinned() ? d : "*" + d + "*";
  }
}
