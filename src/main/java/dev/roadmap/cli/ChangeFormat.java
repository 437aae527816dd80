package dev.roadmap.cli;

import java.util.Locale;

/** The formats of a report of changes, {@code diff}'s and {@code what-if}'s. */
enum ChangeFormat {
  TEXT,
  MARKDOWN,
  JSON;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
