package dev.roadmap.model;

/** The keys of a milestone, in the order the loader binds them. */
public enum MilestoneField implements Field {
  ID("id"),
  TITLE("title"),
  PHASE("phase"),
  KIND("kind"),
  MISSION("mission"),
  DATE("date"),
  START("start"),
  END("end"),
  DURATION("duration"),
  REQUIRES("requires"),
  STATUS("status"),
  SOURCE("source"),
  NOT_BEFORE("not-before"),
  DEADLINE("deadline"),
  OWNER("owner"),
  LABELS("labels"),
  LINKS("links"),
  NOTES("notes");

  private final String key;

  MilestoneField(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
