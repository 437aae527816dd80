package dev.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RoadmapDiff} on the pairs of src/test/resources/diff/: base.yaml is OLD, each other file
 * NEW, and says at its top what changed. The day counts here are worked out by hand in the
 * fixtures' comments.
 */
class RoadmapDiffTest {
  static String text(String name) {
    return TestFiles.read(TestFiles.resources().resolve("diff").resolve(name));
  }

  static Schedule schedule(String name, String text) {
    LoadResult r = RoadmapLoader.load(name, text);
    assertThat(r.diagnostics()).as("%s loads cleanly", name).isEmpty();
    return Scheduler.schedule(r.roadmap()).orElseThrow();
  }

  static RoadmapDiff diff(String newName) {
    return RoadmapDiff.of(
        schedule("base.yaml", text("base.yaml")), schedule(newName, text(newName)));
  }

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void aSlipMovesThePinnedDateAndTheComputedDatesThatFollowIt() {
    RoadmapDiff diff = diff("slip.yaml");
    assertThat(diff.moved())
        .extracting(RoadmapDiff.Moved::id)
        .containsExactly("jsa-training", "jsa-eval", "xfer-jsa");

    // Pinned: 2004-05-03..2004-07-25 -> 2004-06-17..2004-09-08: 45 days (May 3 + 28 = May 31,
    // + 17 = June 17), the same 84 days long.
    RoadmapDiff.Moved training = diff.moved().get(0);
    assertThat(training.old().dates()).isEqualTo(new Interval(d("2004-05-03"), d("2004-07-26")));
    assertThat(training.neu().dates()).isEqualTo(new Interval(d("2004-06-17"), d("2004-09-09")));
    assertThat(training.old().pinned()).isTrue();
    assertThat(training.neu().pinned()).isTrue();
    assertThat(training.startDays()).isEqualTo(45);
    assertThat(training.finishDays()).isEqualTo(45);
    assertThat(training.watched()).as("a capability with no deadline").isFalse();

    // Computed: the end of the training + 1w: 2004-08-02..08-15 -> 2004-09-16..09-29.
    RoadmapDiff.Moved eval = diff.moved().get(1);
    assertThat(eval.old().pinned()).isFalse();
    assertThat(eval.neu().pinned()).isFalse();
    assertThat(eval.neu().dates()).isEqualTo(new Interval(d("2004-09-16"), d("2004-09-30")));
    assertThat(eval.startDays()).isEqualTo(45);
    assertThat(eval.finishDays()).isEqualTo(45);

    // The transfer, computed, zero length: 2004-08-16 -> 2004-09-30.
    RoadmapDiff.Moved xfer = diff.moved().get(2);
    assertThat(xfer.neu().dates().finish()).isEqualTo(d("2004-09-30"));
    assertThat(xfer.finishDays()).isEqualTo(45);
    assertThat(xfer.watched()).isTrue();
    assertThat(diff.missionTransfers())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.mission()).isEqualTo("jsa-security");
              assertThat(t.old().milestone().id()).isEqualTo("xfer-jsa");
              assertThat(t.neu().milestone().id()).isEqualTo("xfer-jsa");
              assertThat(t.finishDays()).isEqualTo(45L);
            });

    // Nothing else changed.
    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.retitled()).isEmpty();
    assertThat(diff.dependenciesAdded()).isEmpty();
    assertThat(diff.dependenciesRemoved()).isEmpty();
    assertThat(diff.statusChanges()).isEmpty();
    assertThat(diff.otherChanges()).isEmpty();
    assertThat(diff.phasesChanged()).isEmpty();

    assertThat(diff.slipsOver(44))
        .containsExactly(new RoadmapDiff.Slip("xfer-jsa", "transfer of jsa-security", 45));
    assertThat(diff.slipsOver(45)).isEmpty();
  }

  @Test
  void theReverseDiffMovesEverythingEarlierAndSlipsNothing() {
    RoadmapDiff diff =
        RoadmapDiff.of(
            schedule("slip.yaml", text("slip.yaml")), schedule("base.yaml", text("base.yaml")));
    assertThat(diff.moved()).extracting(RoadmapDiff.Moved::finishDays).containsOnly(-45L);
    assertThat(diff.missionTransfers())
        .singleElement()
        .extracting(t -> t.finishDays())
        .isEqualTo(-45L);
    assertThat(diff.slipsOver(0)).isEmpty();
  }

  @Test
  void aRewireIsOnePrerequisiteRemovedAndAnotherAdded() {
    RoadmapDiff diff = diff("rewire.yaml");
    assertThat(diff.dependenciesRemoved())
        .containsExactly(
            new RoadmapDiff.DependencyChange(
                "xfer-counterfire", "counterfire-cpx", DependencyType.FINISH_TO_START, 0));
    assertThat(diff.dependenciesAdded())
        .containsExactly(
            new RoadmapDiff.DependencyChange(
                "xfer-counterfire", "counterfire-eval", DependencyType.FINISH_TO_START, 28));
    assertThat(diff.moved()).as("xfer-counterfire is pinned").isEmpty();
    assertThat(diff.missionTransfers()).isEmpty();
    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
  }

  @Test
  void aRenamedIdIsARemovalPlusAnAddition() {
    RoadmapDiff diff = diff("rename.yaml");
    assertThat(diff.removed()).extracting(e -> e.milestone().id()).containsExactly("jsa-eval");
    assertThat(diff.added()).extracting(e -> e.milestone().id()).containsExactly("jsa-evaluation");
    assertThat(diff.added().get(0).dates()).isEqualTo(diff.removed().get(0).dates());
    assertThat(diff.retitled())
        .containsExactly(
            new RoadmapDiff.Retitled(
                "xfer-jsa",
                "JSA security handed to the ROK Army",
                "JSA security and support handed to the ROK Army"));
    assertThat(diff.dependenciesRemoved())
        .extracting(RoadmapDiff.DependencyChange::prerequisite)
        .containsExactly("jsa-eval");
    assertThat(diff.dependenciesAdded())
        .extracting(RoadmapDiff.DependencyChange::prerequisite)
        .containsExactly("jsa-evaluation");
    assertThat(diff.moved()).isEmpty();
    assertThat(diff.missionTransfers()).isEmpty();
  }

  @Test
  void statusChangesInFileOrder() {
    RoadmapDiff diff = diff("status.yaml");
    assertThat(diff.statusChanges())
        .containsExactly(
            new RoadmapDiff.StatusChange("jsa-training", Status.IN_PROGRESS, Status.DONE, null),
            new RoadmapDiff.StatusChange("jsa-eval", Status.PLANNED, Status.IN_PROGRESS, null));
    assertThat(diff.moved()).isEmpty();
    assertThat(diff.slipsOver(0)).isEmpty();
  }

  @Test
  void aPhaseWindowChangeAndTheTransferItPushes() {
    RoadmapDiff diff = diff("phase.yaml");
    assertThat(diff.phasesChanged())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo("transfer");
              assertThat(c.windowChanged()).isTrue();
              assertThat(c.renamed()).isFalse();
              assertThat(c.old().start()).isEqualTo(d("2004-06-01"));
              assertThat(c.neu().start()).isEqualTo(d("2004-09-01"));
              assertThat(c.neu().end()).isEqualTo(d("2007-06-30"));
            });
    // 2004-08-16 -> the phase start 2004-09-01: 16 days later.
    assertThat(diff.moved())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo("xfer-jsa");
              assertThat(m.finishDays()).isEqualTo(16);
              assertThat(m.neu().driver().kind()).isEqualTo(Schedule.DriverKind.PHASE_START);
            });
    assertThat(diff.slipsOver(15)).extracting(RoadmapDiff.Slip::days).containsExactly(16L);
    assertThat(diff.slipsOver(16)).isEmpty();
    assertThat(diff.phasesAdded()).isEmpty();
    assertThat(diff.phasesRemoved()).isEmpty();
  }

  @Test
  void theSameRoadmapWrittenDifferentlyHasNoChanges() {
    RoadmapDiff diff = diff("same.yaml");
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.slipsOver(0)).isEmpty();
  }

  @Test
  void everyKindOfChangeInFileOrder() {
    RoadmapDiff diff = diff("mixed.yaml");
    assertThat(diff.moved())
        .extracting(RoadmapDiff.Moved::id, RoadmapDiff.Moved::finishDays)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("jsa-training", 45L),
            org.assertj.core.groups.Tuple.tuple("jsa-eval", 45L),
            org.assertj.core.groups.Tuple.tuple("xfer-jsa", 45L),
            org.assertj.core.groups.Tuple.tuple("xfer-counterfire", -16L),
            org.assertj.core.groups.Tuple.tuple("missions-complete", -16L));
    assertThat(diff.added())
        .extracting(e -> e.milestone().id())
        .containsExactly("counterfire-staff", "counterfire-evaluation");
    assertThat(diff.removed())
        .extracting(e -> e.milestone().id())
        .containsExactly("counterfire-eval");
    assertThat(diff.missionTransfers())
        .extracting(RoadmapDiff.MissionTransfer::mission, RoadmapDiff.MissionTransfer::finishDays)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("jsa-security", 45L),
            org.assertj.core.groups.Tuple.tuple("counterfire-hq", -16L));
    assertThat(diff.phaseChanges())
        .containsExactly(new RoadmapDiff.PhaseChange("missions-complete", "transfer", "close-out"));
    assertThat(diff.otherChanges())
        .containsExactly(
            new RoadmapDiff.FieldChange("xfer-jsa", "deadline", "2004-12-31", "2005-03-31"),
            new RoadmapDiff.FieldChange("counterfire-cpx", "kind", "capability", "exercise"));
    assertThat(diff.phasesAdded()).extracting(p -> p.id()).containsExactly("close-out");
    assertThat(diff.phasesChanged())
        .singleElement()
        .satisfies(c -> assertThat(c.renamed() && c.windowChanged()).isTrue());
  }

  @Test
  void aDeadlineMilestoneThatSlipsCountsLikeATransfer() {
    String base = text("base.yaml");
    // xfer-counterfire pinned 2005-10-01 -> 2005-11-15: 45 days (Oct 1 + 31 = Nov 1, + 14);
    // missions-complete (deadline 2006-12-31) is computed from it and follows.
    String later = base.replace("date: 2005-10-01", "date: 2005-11-15");
    RoadmapDiff diff = RoadmapDiff.of(schedule("base.yaml", base), schedule("later.yaml", later));
    assertThat(diff.slipsOver(30))
        .containsExactly(
            new RoadmapDiff.Slip("xfer-counterfire", "transfer of counterfire-hq", 45),
            new RoadmapDiff.Slip("missions-complete", "deadline 2006-12-31", 45));
    assertThat(diff.slipsOver(45)).isEmpty();
  }

  @Test
  void aTransferReplacedByAnotherMilestoneIsCountedByTheTwoDates() {
    String base = text("base.yaml");
    // xfer-jsa is cancelled; its replacement is pinned on 2004-10-01, 46 days after 2004-08-16
    // (Aug 16 + 15 = Aug 31, + 31 = Oct 1).
    String replaced =
        base.replace(
                "    requires: [jsa-eval]       # computed: 2004-08-16 (zero length)\n",
                "    requires: [jsa-eval]\n    status: cancelled\n")
            + """
              - id: xfer-jsa-2
                title: JSA security handed over, second attempt
                phase: transfer
                kind: transfer
                mission: jsa-security
                date: 2004-10-01
                requires: [jsa-eval]
            """;
    RoadmapDiff diff =
        RoadmapDiff.of(schedule("base.yaml", base), schedule("replaced.yaml", replaced));
    assertThat(diff.missionTransfers())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.old().milestone().id()).isEqualTo("xfer-jsa");
              assertThat(t.neu().milestone().id()).isEqualTo("xfer-jsa-2");
              assertThat(t.finishDays()).isEqualTo(46L);
            });
    assertThat(diff.slipsOver(45))
        .containsExactly(new RoadmapDiff.Slip("xfer-jsa-2", "transfer of jsa-security", 46));
    assertThat(diff.statusChanges())
        .containsExactly(
            new RoadmapDiff.StatusChange(
                "xfer-jsa", Status.PLANNED, Status.CANCELLED, "2004-12-31"));
    assertThat(diff.added()).extracting(e -> e.milestone().id()).containsExactly("xfer-jsa-2");
  }

  @Test
  void aChangedLagIsTheOldLinkRemovedAndTheNewOneAdded() {
    String base = text("base.yaml");
    String lag = base.replace("        lag: 1w\n", "        lag: 2w\n");
    RoadmapDiff diff = RoadmapDiff.of(schedule("base.yaml", base), schedule("lag.yaml", lag));
    assertThat(diff.dependenciesRemoved())
        .containsExactly(
            new RoadmapDiff.DependencyChange(
                "jsa-eval", "jsa-training", DependencyType.FINISH_TO_START, 7));
    assertThat(diff.dependenciesAdded())
        .containsExactly(
            new RoadmapDiff.DependencyChange(
                "jsa-eval", "jsa-training", DependencyType.FINISH_TO_START, 14));
    // One more week for jsa-eval and the transfer that follows it.
    assertThat(diff.moved()).extracting(RoadmapDiff.Moved::finishDays).containsOnly(7L);
    assertThat(List.copyOf(diff.moved()))
        .extracting(RoadmapDiff.Moved::id)
        .containsExactly("jsa-eval", "xfer-jsa");
  }
}
