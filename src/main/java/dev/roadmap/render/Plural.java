package dev.roadmap.render;

/** A count and a noun that agrees with it: "1 finding", "2 findings", "0 days". */
public final class Plural {
  private Plural() {}

  /** The count and the word, with an {@code s} unless the count is 1. */
  public static String of(long n, String word) {
    return n + " " + (n == 1 ? word : word + "s");
  }

  /** The count and {@code one} when it is 1, else {@code many}: "2 stale entries". */
  public static String of(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
