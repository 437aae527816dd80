package dev.roadmap.model;

/** How a milestone depends on a prerequisite, as in TaskJuggler and MS Project. */
public enum DependencyType {
  /** The dependent starts after the prerequisite finishes: {@code S >= E(P) + lag}. */
  FINISH_TO_START("finish-to-start"),
  /** The dependent starts after the prerequisite starts: {@code S >= S(P) + lag}. */
  START_TO_START("start-to-start"),
  /** The dependent finishes after the prerequisite finishes: {@code E >= E(P) + lag}. */
  FINISH_TO_FINISH("finish-to-finish");

  private final String key;

  DependencyType(String key) {
    this.key = key;
  }

  /** The spelling used in roadmap files. */
  public String key() {
    return key;
  }
}
