package dev.roadmap.model;

/** The keys of a source. */
public enum SourceField implements Field {
  ID("id"),
  TITLE("title"),
  PUBLISHER("publisher"),
  DATE("date"),
  URL("url");

  private final String key;

  SourceField(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
