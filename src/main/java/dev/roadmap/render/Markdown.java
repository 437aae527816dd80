package dev.roadmap.render;

import dev.roadmap.model.Link;
import dev.roadmap.plan.Schedule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for GitHub-flavoured Markdown, and how the Markdown formats write ids and dates. */
final class Markdown {
  /** An HTML entity or numeric character reference, which CommonMark would read as a character. */
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private Markdown() {}

  /**
   * Text that renders as itself: the ASCII punctuation that Markdown or HTML would read ({@code \\
   * ` * _ [ ] < > | #}, and {@code ~} for strikethrough) is escaped with a backslash, and line
   * breaks are folded into spaces; an {@code &} that would start an entity ({@code &copy;}) is
   * escaped too; control characters and bidirectional controls are shown as {@code \\u202E}-style
   * escapes ({@link Printable}).
   */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    String folded = s.replaceAll("\\s*\\R\\s*", " ");
    Matcher entity = ENTITY.matcher(folded);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Printable.unsafe(c)) {
        // A control character or a bidirectional control: shown as on a terminal, its backslash
        // escaped.
        b.append('\\').append(Printable.escape(c));
        continue;
      }
      if ("\\`*_[]<>|#~".indexOf(c) >= 0
          || c == '&' && entity.region(i, folded.length()).lookingAt()) {
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

  /**
   * A link a reader may follow ({@link DetailsText#target}) as {@code [title](<url>)}, the title
   * escaped; the address then holds nothing a table cell or the link's syntax would read. Any other
   * as text: "title (`address`)", or the address alone, in a code span ({@link #literal}), so that
   * GitHub's autolinks (a bare {@code https://...} or {@code www....}) do not make it a link.
   */
  static String link(Link l) {
    String title = DetailsText.title(l);
    String target = DetailsText.target(l.url());
    if (target != null) {
      // An entity in the address would be read as its character: its & is escaped.
      return "["
          + text(title == null ? l.url() : title)
          + "](<"
          + target.replaceAll("&(?=#?[A-Za-z0-9]+;)", "\\\\&")
          + ">)";
    }
    return title == null ? literal(l.url()) : text(title) + " (" + literal(l.url()) + ")";
  }

  /**
   * A text in a code span, where nothing is read as Markdown, HTML or an autolink: fenced by more
   * backticks than the longest run inside it (CommonMark), with a space inside each fence when the
   * text starts or ends with a backtick or a space; a pipe escaped (a table cell would end at it,
   * and GitHub drops the backslash there); line breaks, control characters and bidirectional
   * controls shown as {@code \u202E}-style escapes ({@link Printable}).
   */
  static String literal(String s) {
    String shown = Printable.of(s).replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < shown.length(); i++) {
      run = shown.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad =
        !shown.isEmpty()
            && ("` ".indexOf(shown.charAt(0)) >= 0
                || "` ".indexOf(shown.charAt(shown.length() - 1)) >= 0);
    String space = pad ? " " : "";
    return fence + space + shown + space + fence;
  }
}
