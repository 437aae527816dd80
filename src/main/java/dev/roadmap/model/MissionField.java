package dev.roadmap.model;

/** The keys of a mission. */
public enum MissionField implements Field {
  ID("id"),
  NAME("name"),
  FROM("from"),
  TO("to"),
  GROUP("group");

  private final String key;

  MissionField(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
