package dev.roadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Milestone, Dependency and Ref are classes that keep their spans' numbers in themselves; these
 * tests hold them to what records of the same components would do.
 */
class ValueClassesTest {
  private static final Span ID = new Span("f.yaml", 10, 9, 10, 14);
  private static final Ref PHASE = new Ref("p1", new Span("f.yaml", 12, 12, 12, 14));
  private static final Ref MISSION = new Ref("m1", new Span("f.yaml", 13, 14, 13, 16));

  private static Dependency dep(String id, int lag) {
    Span at = new Span("f.yaml", 20, 16, 20, 36);
    return new Dependency(
        new Ref(id, new Span("f.yaml", 20, 21, 20, 26)), DependencyType.START_TO_START, lag, at);
  }

  private static Map<String, Span> fields() {
    Map<String, Span> fields = new LinkedHashMap<>();
    fields.put("title", new Span("f.yaml", 11, 12, 11, 30));
    fields.put("phase", PHASE.span());
    fields.put("deadline", new Span("f.yaml", 14, 15, 14, 25));
    return fields;
  }

  private static Milestone milestone(CharSequence title, Ref phase, List<Dependency> requires) {
    return new Milestone(
        "m0001",
        title,
        phase,
        Kind.CAPABILITY,
        MISSION,
        null,
        LocalDate.of(2027, 1, 4),
        null,
        5,
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 3, 1),
        requires,
        Status.PLANNED,
        "minutes",
        ID,
        fields());
  }

  /** A milestone with only an id, a title, a phase, a status and field positions. */
  private static Milestone bare(String id, Ref phase, Status status, Map<String, Span> fields) {
    return new Milestone(
        id,
        "T",
        phase,
        Kind.MILESTONE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        status,
        null,
        ID,
        fields);
  }

  @Test
  void milestoneGivesBackWhatItWasMadeOf() {
    Milestone m = milestone("Staff the cell", PHASE, List.of(dep("m0000", 3)));
    assertThat(m.id()).isEqualTo("m0001");
    assertThat(m.title()).isEqualTo("Staff the cell");
    assertThat(m.phase()).isEqualTo(PHASE);
    assertThat(m.phase().span()).isEqualTo(PHASE.span());
    assertThat(m.phaseId()).isEqualTo("p1");
    assertThat(m.kind()).isEqualTo(Kind.CAPABILITY);
    assertThat(m.mission()).isEqualTo(MISSION);
    assertThat(m.date()).isNull();
    assertThat(m.start()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(m.end()).isNull();
    assertThat(m.durationDays()).isEqualTo(5);
    assertThat(m.notBefore()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(m.deadline()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(m.requires()).containsExactly(dep("m0000", 3));
    assertThat(m.status()).isEqualTo(Status.PLANNED);
    assertThat(m.source()).isEqualTo("minutes");
    assertThat(m.span()).isEqualTo(ID);
    assertThat(m.fields()).isEqualTo(fields());
    assertThat(m.spanOf("deadline")).isEqualTo(new Span("f.yaml", 14, 15, 14, 25));
    assertThat(m.spanOf("status")).isEqualTo(ID);
    assertThat(m.isPinned()).isTrue();
  }

  @Test
  void milestoneWithoutPhaseOrFields() {
    Milestone m = bare("a", null, Status.DONE, Map.of());
    assertThat(m.phase()).isNull();
    assertThat(m.phaseId()).isNull();
    assertThat(m.fields()).isEmpty();
    assertThat(m.spanOf("title")).isEqualTo(ID);
    assertThat(m.isPinned()).isFalse();
  }

  @Test
  void milestoneFieldsOfAnotherFileAreKeptAsGiven() {
    Map<String, Span> mixed = Map.of("title", new Span("g.yaml", 1, 1, 1, 2));
    Milestone m = bare("a", PHASE, Status.DONE, mixed);
    assertThat(m.fields()).isEqualTo(mixed);
    assertThat(m.spanOf("title")).isEqualTo(new Span("g.yaml", 1, 1, 1, 2));
    assertThat(m.spanOf("phase")).isEqualTo(ID);
  }

  @Test
  void fieldPositionsStayTheirOwnAcrossSharedChunks() {
    // Many milestones share arrays of positions, filled in turn; each reads back its own, across
    // the end of one array and the start of the next, and a map too big for one has its own.
    List<Milestone> made = new java.util.ArrayList<>();
    for (int k = 0; k < 5000; k++) {
      Map<String, Span> fields = new LinkedHashMap<>();
      for (int j = 0; j <= k % 7; j++) {
        fields.put("key" + j, new Span("f.yaml", k, j + 1, k + 1, j + 2));
      }
      made.add(bare("m" + k, PHASE, Status.PLANNED, fields));
    }
    for (int k = 0; k < made.size(); k++) {
      for (int j = 0; j <= k % 7; j++) {
        assertThat(made.get(k).spanOf("key" + j))
            .isEqualTo(new Span("f.yaml", k, j + 1, k + 1, j + 2));
      }
      assertThat(made.get(k).fields()).hasSize(k % 7 + 1);
    }
    Map<String, Span> many = new LinkedHashMap<>();
    for (int j = 0; j < 5000; j++) {
      many.put("k" + j, new Span("f.yaml", j + 1, 1, j + 1, 2));
    }
    Milestone big = bare("big", PHASE, Status.PLANNED, many);
    assertThat(big.fields()).isEqualTo(many);
    assertThat(made.get(4999).spanOf("key0")).isEqualTo(new Span("f.yaml", 4999, 1, 5000, 2));
  }

  @Test
  void aTitleGivenAsARunOfTextReadsAsTheString() {
    String text = "xx Staff the cell yy";
    TextRun run = new TextRun(text, 3, 17);
    assertThat(run.toString()).isEqualTo("Staff the cell");
    assertThat(run.length()).isEqualTo(14);
    assertThat(run.charAt(0)).isEqualTo('S');
    assertThat(run.subSequence(6, 9).toString()).isEqualTo("the");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TextRun(text, 3, 99))
        .isInstanceOf(IndexOutOfBoundsException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run.charAt(14))
        .isInstanceOf(IndexOutOfBoundsException.class);
    Milestone fromRun = milestone(run, PHASE, List.of(dep("m0000", 3)));
    Milestone fromString = milestone("Staff the cell", PHASE, List.of(dep("m0000", 3)));
    assertThat(fromRun.title()).isEqualTo("Staff the cell");
    assertThat(fromRun).isEqualTo(fromString).hasSameHashCodeAs(fromString);
    assertThat(fromRun.toString()).isEqualTo(fromString.toString());
  }

  @Test
  void milestonesAreEqualByEveryComponent() {
    Milestone m = milestone("Staff the cell", PHASE, List.of(dep("m0000", 3)));
    Milestone same = milestone("Staff the cell", PHASE, List.of(dep("m0000", 3)));
    assertThat(m).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(m).isNotEqualTo(milestone("Staff the cells", PHASE, List.of(dep("m0000", 3))));
    assertThat(m)
        .isNotEqualTo(
            milestone(
                "Staff the cell",
                new Ref("p1", new Span("f.yaml", 12, 12, 12, 15)),
                List.of(dep("m0000", 3))));
    assertThat(m).isNotEqualTo(milestone("Staff the cell", PHASE, List.of(dep("m0000", 4))));
    assertThat(m).isNotEqualTo(milestone("Staff the cell", null, List.of(dep("m0000", 3))));
    assertThat(m.toString())
        .startsWith("Milestone[id=m0001, title=Staff the cell, phase=Ref[id=p1, span=Span[")
        .contains(", requires=[Dependency[target=Ref[id=m0000, ")
        .contains(", span=Span[file=f.yaml, line=10, column=9, endLine=10, endColumn=14], fields=");
  }

  @Test
  void dependencyKeepsItsTargetAndItsSpanApart() {
    Dependency d = dep("m0000", -2);
    assertThat(d.target()).isEqualTo(new Ref("m0000", new Span("f.yaml", 20, 21, 20, 26)));
    assertThat(d.targetId()).isEqualTo("m0000");
    assertThat(d.span()).isEqualTo(new Span("f.yaml", 20, 16, 20, 36));
    assertThat(d.type()).isEqualTo(DependencyType.START_TO_START);
    assertThat(d.lagDays()).isEqualTo(-2);
    assertThat(d).isEqualTo(dep("m0000", -2)).hasSameHashCodeAs(dep("m0000", -2));
    assertThat(d).isNotEqualTo(dep("m0000", 2)).isNotEqualTo(dep("m0002", -2));
    Dependency otherFile =
        new Dependency(
            new Ref("m0000", new Span("g.yaml", 20, 21, 20, 26)),
            DependencyType.START_TO_START,
            -2,
            new Span("f.yaml", 20, 16, 20, 36));
    assertThat(otherFile.target().span().file()).isEqualTo("g.yaml");
    assertThat(d).isNotEqualTo(otherFile);
    assertThat(d.toString())
        .isEqualTo(
            "Dependency[target=Ref[id=m0000, span=Span[file=f.yaml, line=20, column=21,"
                + " endLine=20, endColumn=26]], type=START_TO_START, lagDays=-2,"
                + " span=Span[file=f.yaml, line=20, column=16, endLine=20, endColumn=36]]");
  }
}
