package dev.roadmap.render;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.model.Span;
import java.util.List;

/** How the reports of findings name a place and count findings. */
final class Findings {
  private Findings() {}

  /** {@code file:line:col}, or the file alone when the position is not known. */
  static String where(Span s) {
    return s.isKnown() ? s.file() + ":" + s.line() + ":" + s.column() : s.file();
  }

  /** A finding on one line: {@code where: severity: message [RMnnn]}. */
  static String line(String where, Diagnostic d) {
    return where + ": " + d.severity().label() + ": " + d.message() + " [" + d.code().id() + "]";
  }

  /** The findings of one severity in all the reports. */
  static long count(List<FileReport> reports, Severity severity) {
    long n = 0;
    for (FileReport r : reports) {
      n += r.count(severity);
    }
    return n;
  }
}
