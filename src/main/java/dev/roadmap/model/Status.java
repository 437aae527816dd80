package dev.roadmap.model;

/** Progress of a milestone. */
public enum Status {
  PLANNED("planned"),
  IN_PROGRESS("in-progress"),
  DONE("done"),
  AT_RISK("at-risk"),
  SUPERSEDED("superseded"),
  CANCELLED("cancelled");

  private final String key;

  Status(String key) {
    this.key = key;
  }

  /** The spelling used in roadmap files. */
  public String key() {
    return key;
  }

  /** A milestone that is superseded or cancelled is shown but not scheduled against. */
  public boolean isLive() {
    return this != SUPERSEDED && this != CANCELLED;
  }
}
