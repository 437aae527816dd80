package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;

/**
 * What a reading that stops becomes: one diagnostic with its position, for SnakeYAML's exceptions,
 * the reader's own failures and the limits. The one place where a parse error becomes a position.
 *
 * <p>A syntax error is where SnakeYAML marks the problem (RM100); without a mark, it is where the
 * parser stood: at the end of the last event the reader got, or at the start of the file.
 * SnakeYAML's own limit of the text's length (its code points) surfaces as a parse error, and is
 * told by the words of its message (RM112).
 */
final class YamlErrors {
  private final String file;
  private final String text;
  private final Limits limits;

  /**
   * @param text the text being read: only looked at once the parser has failed, to say what the
   *     writer did ({@link SyntaxMistakes})
   */
  YamlErrors(String file, String text, Limits limits) {
    this.file = file;
    this.text = text;
    this.limits = limits;
  }

  /** One character at {@code mark}, or at the start of the file without one. */
  Span at(Mark mark) {
    int line = mark == null ? 1 : mark.getLine() + 1;
    int column = mark == null ? 1 : mark.getColumn() + 1;
    return new Span(file, line, column, line, column + 1);
  }

  /** Where the parser stood: after {@code last}, the last event the reader got (null: none). */
  private Span after(Event last) {
    return at(last == null ? null : last.getEndMark());
  }

  /** An exception of SnakeYAML's parser, after the event {@code last}. */
  Diagnostic parser(YAMLException e, Event last) {
    return failed(e.getMessage(), e, last);
  }

  /** SnakeYAML's scanner failing with a NumberFormatException, after the event {@code last}. */
  Diagnostic number(NumberFormatException e, Event last) {
    String message =
        "Malformed Number token: failed to tokenize due to ("
            + e.getClass().getName()
            + "): "
            + e.getMessage();
    return failed(message, null, last);
  }

  /** A tagged value that does not decode ({@link TaggedValues}): the event {@code scalar}. */
  Diagnostic refused(TaggedValues.Refused e, Event scalar) {
    if (e.tooLong) {
      return limit(
          at(null), "characters in one value", limits.maxScalarLength(), "--max-scalar-length");
    }
    return failed(e.getMessage(), null, scalar);
  }

  /** A list, a mapping or an alias where a key was due (the event {@code key}): not a roadmap. */
  Diagnostic keyNotScalar(Event key) {
    Diagnostic limit =
        limitNamedIn("Expected a field name (Scalar value in YAML), got this instead: " + key, key);
    if (limit != null) {
      return limit;
    }
    return Diagnostic.of(
        Code.WRONG_TYPE,
        after(key),
        "a key must be a plain value, not a list, a mapping or an alias",
        "keys are the names of the format, such as 'title' or 'requires'");
  }

  /** The file is over a limit (RM112); it is not read further. */
  static Diagnostic limit(Span at, String what, long limit, String option) {
    return Diagnostic.of(
        Code.LIMIT_EXCEEDED,
        at,
        "the file exceeds the limit of " + limit + " " + what + "; it is not read further",
        "raise the limit with " + option + " if the file is genuine");
  }

  private Diagnostic failed(String message, YAMLException cause, Event last) {
    Diagnostic limit = limitNamedIn(message, last);
    if (limit != null) {
      return limit;
    }
    if (cause instanceof MarkedYAMLException m && m.getProblemMark() != null && text != null) {
      Diagnostic plain = new SyntaxMistakes(file, text).explain(m);
      if (plain != null) {
        return plain;
      }
    }
    String text = message;
    Span span;
    if (cause instanceof MarkedYAMLException m && m.getProblemMark() != null) {
      span = at(m.getProblemMark());
      text = m.getProblem();
      if (m.getContext() != null) {
        text = text + " (" + m.getContext() + contextLine(m) + ")";
      }
    } else {
      span = after(last);
    }
    return Diagnostic.of(
        Code.YAML_SYNTAX, span, "invalid YAML: " + oneLine(text), syntaxHint(text));
  }

  /**
   * The limit that {@code message} names, if any, at where the parser stood. The words are those of
   * SnakeYAML's messages, which may quote a line of the file: a quoted line that holds them reads
   * as the limit too.
   */
  private Diagnostic limitNamedIn(String message, Event last) {
    String m = String.valueOf(message);
    if (m.contains("exceeds the limit") || m.contains("code points")) {
      return limit(after(last), "characters of text", limits.maxFileBytes(), "--max-file-size");
    } else if (m.contains("Nesting Depth") || m.contains("nesting depth")) {
      return limit(after(last), "levels of nesting", limits.maxDepth(), "--max-depth");
    } else if (m.contains("aliases")) {
      return limit(
          after(last), "aliases to mappings and lists", limits.maxAliases(), "--max-aliases");
    }
    return null;
  }

  private static String contextLine(MarkedYAMLException m) {
    Mark c = m.getContextMark();
    Mark p = m.getProblemMark();
    if (c == null || p == null || c.getLine() == p.getLine()) {
      return "";
    }
    return " at line " + (c.getLine() + 1);
  }

  private static String syntaxHint(String message) {
    if (message == null) {
      return null;
    }
    if (message.contains("\\t") || message.contains("tab")) {
      return "indent with spaces; YAML does not allow tabs for indentation";
    }
    if (message.contains("mapping values are not allowed")) {
      return "quote a value that contains ': ', or check the indentation of the line above";
    }
    if (message.contains("expected <block end>")) {
      return "check the indentation: items of one list or mapping must line up";
    }
    return null;
  }

  private static String oneLine(String s) {
    return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
  }
}
