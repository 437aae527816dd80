package dev.roadmap.cli;

import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The one status date of every command that reads a roadmap: {@code --as-of DATE}, else the file's
 * {@code as-of}, else today by the injected clock (design.md section 4). {@code validate} and
 * {@code explain} agree on it because both ask here.
 */
final class AsOf {
  private AsOf() {}

  /**
   * The status date.
   *
   * @param option {@code --as-of}, or null
   * @param roadmap the roadmap read, or null when none could be read
   * @param today today's date, asked only when neither gives one
   */
  static LocalDate of(LocalDate option, Roadmap roadmap, Supplier<LocalDate> today) {
    if (option != null) {
      return option;
    }
    if (roadmap != null && roadmap.asOf() != null) {
      return roadmap.asOf();
    }
    return today.get();
  }

  /** The help text of {@code --as-of} for a command, after what the date does there. */
  static String help(String use) {
    return use + " (YYYY-MM-DD); default: the file's as-of, else today.";
  }
}
