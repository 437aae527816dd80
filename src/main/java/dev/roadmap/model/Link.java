package dev.roadmap.model;

import java.util.Objects;

/**
 * A link a milestone gives to read more: a ticket, a document, a page.
 *
 * @param title what it is, as a reader sees it (null when the file gives only the address)
 * @param url where it is, as written
 */
public record Link(String title, String url) {
  public Link {
    Objects.requireNonNull(url, "url");
  }

  /** The title, or the address when there is none. */
  public String text() {
    return title == null ? url : title;
  }
}
