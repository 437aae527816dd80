package dev.roadmap.render;

/** ANSI styling for terminal output; {@link #PLAIN} adds nothing. */
public final class Style {
  public static final Style PLAIN = new Style(false);
  public static final Style ANSI = new Style(true);

  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  public static Style of(boolean color) {
    return color ? ANSI : PLAIN;
  }

  String bold(String s) {
    return wrap("1", s);
  }

  String red(String s) {
    return wrap("1;31", s);
  }

  String yellow(String s) {
    return wrap("1;33", s);
  }

  String cyan(String s) {
    return wrap("1;36", s);
  }

  String blue(String s) {
    return wrap("1;34", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  String green(String s) {
    return wrap("32", s);
  }

  private String wrap(String code, String s) {
    return on && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
