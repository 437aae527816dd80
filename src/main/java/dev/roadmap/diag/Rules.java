package dev.roadmap.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The documentation of each code: how to fix it, where it is not reported, and a bad and a good
 * example roadmap. The examples live in {@code examples/RMnnn.yaml} beside this class: a {@code #
 * fix:} line, an optional {@code # not reported:} line, the bad roadmap, a line {@code ---}, and
 * the good one. A test proves that each bad example gives its code and each good one validates
 * cleanly.
 */
public final class Rules {
  private Rules() {}

  /**
   * A code's documentation.
   *
   * @param code the code
   * @param fix one sentence on how to fix it
   * @param notReported where the problem is left to another finding, which says it all (one
   *     mistake, one finding); empty when nowhere
   * @param bad a roadmap that has the problem
   * @param good the same roadmap fixed
   */
  public record Rule(Code code, String fix, String notReported, String bad, String good) {
    /** The code's name in kebab-case, as in {@code unknown-prerequisite}. */
    public String name() {
      return code.ruleName();
    }
  }

  public static Rule of(Code code) {
    String text;
    try (InputStream in = Rules.class.getResourceAsStream("examples/" + code.id() + ".yaml")) {
      if (in == null) {
        // A test requires examples for every code; a build without them still lists the code.
        return new Rule(code, "", "", "", "");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String fix = line(text, "# fix: ");
    if (!fix.isEmpty()) {
      text = text.substring(text.indexOf('\n') + 1);
    }
    String notReported = line(text, "# not reported: ");
    if (!notReported.isEmpty()) {
      text = text.substring(text.indexOf('\n') + 1);
    }
    int sep = text.indexOf("\n---\n");
    if (sep < 0) {
      return new Rule(code, fix, notReported, text, "");
    }
    return new Rule(
        code,
        fix,
        notReported,
        strip(text.substring(0, sep + 1), "# bad"),
        strip(text.substring(sep + 5), "# good"));
  }

  /** The rest of the first line of {@code text} after {@code label}, or "" when it has another. */
  private static String line(String text, String label) {
    return text.startsWith(label) ? text.substring(label.length(), text.indexOf('\n')).trim() : "";
  }

  private static String strip(String example, String label) {
    String s = example.startsWith(label + "\n") ? example.substring(label.length() + 1) : example;
    return s.endsWith("\n") ? s : s + "\n";
  }
}
