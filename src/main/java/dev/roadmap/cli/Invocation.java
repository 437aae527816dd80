package dev.roadmap.cli;

/**
 * The command as the user typed it, for the commands the tool suggests ("check it with: ./roadmap
 * validate plan.yaml"): the name a launcher gives in {@value #VARIABLE} ({@code ./roadmap} for the
 * script of a clone run as such); else {@code roadmap}. A path other than {@code ./NAME} is
 * shortened to its last part, which a shell finds the completion of as well.
 */
final class Invocation {
  /** The environment variable a launcher sets to the name it was invoked by. */
  static final String VARIABLE = "ROADMAP_COMMAND";

  static final String DEFAULT = "roadmap";

  private Invocation() {}

  static String name(Env env) {
    String given = env.get(VARIABLE);
    if (given == null) {
      return DEFAULT;
    }
    String last = given.substring(given.lastIndexOf('/') + 1);
    if (!last.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      return DEFAULT;
    }
    return given.equals("./" + last) ? given : last;
  }
}
