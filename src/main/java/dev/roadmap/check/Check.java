package dev.roadmap.check;

import dev.roadmap.diag.Diagnostic;
import java.util.List;

/**
 * One family of rules. Stateless; never throws on user input, however incomplete the roadmap.
 * Declares what it reads beyond the roadmap, so that {@link Checks#run} can order and share out the
 * checks of a big roadmap.
 */
public interface Check {
  List<Diagnostic> run(CheckContext context);

  /** What the check reads of its context beyond the roadmap itself. */
  Needs needs();

  /** What a check reads beyond the roadmap; each includes the ones before it. */
  enum Needs {
    /** The roadmap only. */
    NOTHING,
    /** The dependency graph ({@link CheckContext#graph()}). */
    GRAPH,
    /** The schedule too ({@link CheckContext#schedule()}, {@link CheckContext#dates}). */
    SCHEDULE
  }
}
