package dev.roadmap.model;

/** What a milestone stands for. */
public enum Kind {
  MILESTONE,
  DECISION,
  CAPABILITY,
  EVALUATION,
  EXERCISE,
  CONDITION,
  TRANSFER;

  private final String key = name().toLowerCase(java.util.Locale.ROOT);

  /** The spelling used in roadmap files. */
  public String key() {
    return key;
  }
}
