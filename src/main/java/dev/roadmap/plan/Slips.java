package dev.roadmap.plan;

import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The slips of a diff that {@code diff --fail-on-slip} reports ({@link RoadmapDiff#slipsOver}). */
final class Slips {
  private Slips() {}

  static List<RoadmapDiff.Slip> over(RoadmapDiff d, long days) {
    Map<String, RoadmapDiff.Slip> out = new LinkedHashMap<>();
    for (RoadmapDiff.Moved m : d.moved()) {
      if (m.watched() && m.finishDays() > days) {
        Milestone n = m.neu().milestone();
        String reason =
            n.kind() == Kind.TRANSFER && n.mission() != null
                ? "transfer of " + n.mission()
                : "deadline "
                    + (n.deadline() != null
                        ? n.precision(MilestoneField.DEADLINE).format(n.deadline())
                        : m.old()
                            .milestone()
                            .precision(MilestoneField.DEADLINE)
                            .format(m.old().milestone().deadline()));
        out.put(m.id(), new RoadmapDiff.Slip(m.id(), reason, m.finishDays()));
      }
    }
    for (RoadmapDiff.MissionTransfer t : d.missionTransfers()) {
      if (t.finishDays() != null && t.finishDays() > days) {
        String id = t.neu().milestone().id();
        out.putIfAbsent(id, new RoadmapDiff.Slip(id, "transfer of " + t.mission(), t.finishDays()));
      }
    }
    for (RoadmapDiff.MissionTransfer t : d.missionTransfers()) {
      if (t.old() != null && t.neu() == null) {
        String id = t.old().milestone().id();
        String how = "no longer a live transfer";
        for (RoadmapDiff.StatusChange c : d.statusChanges()) {
          if (c.milestone().equals(id) && !c.newStatus().isLive()) {
            how = c.newStatus().key();
          }
        }
        for (Schedule.Entry r : d.removed()) {
          how = r.milestone().id().equals(id) ? "removed" : how;
        }
        out.putIfAbsent(id, new RoadmapDiff.Slip(id, "transfer of " + t.mission(), 0, how));
      }
    }
    // A transfer withdrawn is its mission's change, above: replaced by another, or reported.
    Set<String> transfers = new HashSet<>();
    for (RoadmapDiff.MissionTransfer t : d.missionTransfers()) {
      if (t.old() != null) {
        transfers.add(t.old().milestone().id());
      }
    }
    for (RoadmapDiff.StatusChange c : d.statusChanges()) {
      // A milestone with a deadline withdrawn: it will never meet it.
      if (c.oldDeadline() != null
          && c.oldStatus().isLive()
          && !c.newStatus().isLive()
          && !transfers.contains(c.milestone())) {
        String id = c.milestone();
        out.putIfAbsent(
            id, new RoadmapDiff.Slip(id, "deadline " + c.oldDeadline(), 0, c.newStatus().key()));
      }
    }
    for (Schedule.Entry r : d.removed()) {
      Milestone m = r.milestone();
      if (m.status().isLive() && m.deadline() != null) {
        String deadline = "deadline " + m.precision(MilestoneField.DEADLINE).format(m.deadline());
        out.putIfAbsent(m.id(), new RoadmapDiff.Slip(m.id(), deadline, 0, "removed"));
      }
    }
    return List.copyOf(out.values());
  }
}
