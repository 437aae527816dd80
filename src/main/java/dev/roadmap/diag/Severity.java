package dev.roadmap.diag;

import java.util.Locale;

/** How serious a finding is. Ordered from least to most severe. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** Lower-case name as printed: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
