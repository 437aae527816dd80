package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;

/**
 * A list item written without its "- ": in a block list item's mapping ("- id: a"), its first key
 * written again, lined up, on a later line, starts the next item. {@link YamlReader} splits the
 * mapping there and reports it (RM102) with the line as it should be written.
 */
final class MissingDash {
  private MissingDash() {}

  /**
   * Whether the key at {@code keySpan}, a repeat of {@code previous}, is the first key of a list
   * item that lacks its "- ": the mapping (whose first event is at {@code itemOffset} of {@code
   * text}) is a block list item, {@code previous} is its first key, and the repeat is lined up with
   * it on a later line.
   */
  static boolean at(
      String text, int itemOffset, MappingEntries entries, YamlNode.Entry previous, Span keySpan) {
    if (entries.list.isEmpty() || entries.list.get(0) != previous) {
      return false;
    }
    Span first = previous.key().span();
    if (keySpan.line() <= first.line() || keySpan.column() != first.column()) {
      return false;
    }
    int i = itemOffset - 1;
    while (i >= 0 && charAt(text, i) == ' ') {
      i--;
    }
    return i >= 0 && charAt(text, i) == '-';
  }

  /** The finding at the repeated key {@code key}, which starts at {@code keyOffset} of the text. */
  static Diagnostic finding(
      String text, String key, int keyOffset, YamlNode.Entry previous, Span keySpan) {
    int line = previous.key().span().line();
    return Diagnostic.of(
        Code.DUPLICATE_KEY,
        keySpan,
        "'"
            + key
            + "' starts another item inside the one at line "
            + line
            + ": a new item of a list needs '- '",
        "write the line as '"
            + withDash(text, keyOffset, previous.key().span().column())
            + "', as line "
            + line
            + " is written");
  }

  /**
   * The line of the key at {@code keyOffset} with "- " before it, so that the key is at {@code
   * column} (1-based) as the item's first key above it is.
   */
  private static String withDash(String text, int keyOffset, int column) {
    int end = text.indexOf('\n', keyOffset);
    String rest = text.substring(keyOffset, end < 0 ? text.length() : end).stripTrailing();
    return " ".repeat(Math.max(0, column - 3)) + "- " + rest;
  }

  /** The character at {@code offset} of the text, or a space off the text. */
  static char charAt(String text, int offset) {
    return offset >= 0 && offset < text.length() ? text.charAt(offset) : ' ';
  }
}
