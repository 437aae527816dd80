package dev.roadmap.model;

/** The keys of a mission group. */
public enum MissionGroupField implements Field {
  ID("id"),
  NAME("name");

  private final String key;

  MissionGroupField(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
