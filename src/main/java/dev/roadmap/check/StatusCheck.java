package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Status;
import dev.roadmap.plan.DependencyGraph;
import dev.roadmap.plan.Pins;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The status rules: RM500 done while a prerequisite is not; RM501 not done although its pinned
 * finish is before the status date (and before the file's own as-of, when it has one); RM502 a live
 * milestone that requires a superseded or cancelled one.
 */
final class StatusCheck implements Check {
  @Override
  public List<Diagnostic> run(CheckContext c) {
    List<Diagnostic> out = new ArrayList<>();
    DependencyGraph g = c.graph();
    g.forEachPrerequisite(
        (m, index, d, p) -> {
          if (!m.status().isLive()) {
            return;
          }
          if (!p.status().isLive()) {
            out.add(
                Diagnostic.of(
                    Code.REQUIRES_WITHDRAWN,
                    c.positions().ofRequirementTarget(m, index),
                    "'" + m.id() + "' requires '" + p.id() + "', which is " + p.status().key(),
                    "require what replaced '" + p.id() + "', or drop the prerequisite"));
          } else if (m.status() == Status.DONE
              && p.status() != Status.DONE
              && !c.cycleLinks().contains(m, p)) {
            // (A link on a cycle: RM206 is its one finding.)
            out.add(
                Diagnostic.of(
                    Code.DONE_BEFORE_PREREQUISITE,
                    c.positions().of(m, MilestoneField.STATUS),
                    "'"
                        + m.id()
                        + "' is done, but its prerequisite '"
                        + p.id()
                        + "' is "
                        + p.status().key(),
                    "mark '" + p.id() + "' done, or '" + m.id() + "' in-progress"));
          }
        });
    for (Milestone m : c.asOf() != null ? c.roadmap().milestones() : List.<Milestone>of()) {
      if (!m.status().isLive()) {
        continue;
      }
      if (m.status() != Status.DONE) {
        // Due on the last day a month or a year written for it allows. As Standing.OVERDUE: late
        // only when the file, as of its own as-of, still says it is not done; a date that came
        // after the file's as-of is one the file cannot speak for.
        Optional<Pins.Bounds> pinned = Pins.bounds(m);
        LocalDate recorded = c.roadmap().asOf();
        if (pinned.isPresent()
            && pinned.get().latestFinish().isBefore(c.asOf())
            && (recorded == null || pinned.get().latestFinish().isBefore(recorded))) {
          MilestoneField key =
              m.date() != null
                  ? MilestoneField.DATE
                  : m.end() != null ? MilestoneField.END : MilestoneField.START;
          out.add(
              Diagnostic.of(
                  Code.OVERDUE,
                  c.positions().of(m, key),
                  "'"
                      + m.id()
                      + "' is "
                      + m.status().key()
                      + " but was due "
                      + Pins.finishPrecision(m).format(pinned.get().latestFinish())
                      + ", "
                      + ScheduleCheck.days(pinned.get().latestFinish(), c.asOf())
                      + " before the status date "
                      + c.asOf(),
                  "mark it done, or move its date and say why"));
        }
      }
    }
    return out;
  }

  @Override
  public Needs needs() {
    return Needs.GRAPH;
  }
}
