package dev.roadmap.model;

/** The keys of a phase. */
public enum PhaseField implements Field {
  ID("id"),
  NAME("name"),
  START("start"),
  END("end");

  private final String key;

  PhaseField(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
