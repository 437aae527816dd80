package dev.roadmap.check;

import dev.roadmap.diag.Diagnostic;
import java.util.List;

/** One family of rules. Stateless; never throws on user input, however incomplete the roadmap. */
public interface Check {
  List<Diagnostic> run(CheckContext context);
}
