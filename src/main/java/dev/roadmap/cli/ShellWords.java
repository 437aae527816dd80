package dev.roadmap.cli;

import java.util.regex.Pattern;

/**
 * Words of a command line the tool suggests, quoted so that the line, pasted into a POSIX shell,
 * runs the command and nothing else: a word of anything but letters, digits and {@code _./:=@%+-}
 * is put in single quotes, inside which a shell expands nothing ({@code '} is written {@code
 * '\''}).
 */
final class ShellWords {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+-]+");

  private ShellWords() {}

  /** {@code word} as one word of a shell command line: {@code usfk}, {@code 'J5 plans'}. */
  static String quote(String word) {
    return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /** The words quoted and joined with spaces. */
  static String join(String... words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      b.append(b.length() == 0 ? "" : " ").append(quote(w));
    }
    return b.toString();
  }
}
