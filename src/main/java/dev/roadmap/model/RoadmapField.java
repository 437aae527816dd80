package dev.roadmap.model;

/** The top-level keys of a roadmap file. */
public enum RoadmapField implements Field {
  ROADMAP("roadmap"),
  TITLE("title"),
  START("start"),
  AS_OF("as-of"),
  AUTHORITIES("authorities"),
  MISSIONS("missions"),
  PHASES("phases"),
  MILESTONES("milestones"),
  MISSION_GROUPS("mission-groups"),
  SOURCES("sources"),
  INCLUDE("include");

  private final String key;

  RoadmapField(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
