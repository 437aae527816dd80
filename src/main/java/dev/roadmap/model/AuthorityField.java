package dev.roadmap.model;

/** The keys of an authority. */
public enum AuthorityField implements Field {
  ID("id"),
  NAME("name");

  private final String key;

  AuthorityField(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
