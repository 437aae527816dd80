package dev.roadmap.model;

import java.util.Objects;

/**
 * A link a milestone gives to read more: a ticket, a document, a page.
 *
 * @param title what it is, as a reader sees it (null when the file gives only the address)
 * @param url where it is, as written
 * @param extensions its {@code x-} keys, when it is written as a mapping
 */
public record Link(String title, String url, Extensions extensions) {
  public Link {
    Objects.requireNonNull(url, "url");
    extensions = extensions == null ? Extensions.NONE : extensions;
  }

  /** A link with no {@code x-} keys. */
  public Link(String title, String url) {
    this(title, url, Extensions.NONE);
  }

  /** The title, or the address when there is none. */
  public String text() {
    return title == null ? url : title;
  }
}
