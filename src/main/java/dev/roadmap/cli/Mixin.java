package dev.roadmap.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Options (and parameters) that several commands share, added to each as a picocli mixin. */
interface Mixin {
  /** Adds the options to {@code command}, under the mixin's name. */
  void addTo(CommandSpec command);
}
