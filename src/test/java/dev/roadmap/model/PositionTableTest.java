package dev.roadmap.model;

import static dev.roadmap.model.TestModel.after;
import static dev.roadmap.model.TestModel.milestone;
import static dev.roadmap.model.TestModel.pinned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionTableTest {
  private static Span at(int line, int column, int length) {
    return new Span("f.yaml", line, column, line, column + length);
  }

  private static Roadmap roadmap(List<Milestone> milestones, PositionTable positions) {
    return new Roadmap(
        "f.yaml",
        1,
        "T",
        LocalDate.of(2004, 1, 1),
        null,
        List.of(new Authority("usfk", null)),
        List.of(new Mission("jsa", null, "usfk", "rok")),
        List.of(new Phase("p1", null, null, LocalDate.of(2008, 12, 31))),
        milestones,
        positions);
  }

  @Test
  void aMilestoneIsBuiltInOneLineWithoutYaml() {
    Milestone b = milestone("b", after("a"));
    assertThat(b.requires())
        .containsExactly(new Dependency("a", DependencyType.FINISH_TO_START, 0));
    assertThat(b).isEqualTo(milestone("b", after("a")));
    assertThat(pinned("c", LocalDate.of(2005, 1, 1)).isPinned()).isTrue();
  }

  @Test
  void fieldsAreFoundByElementAndField_andAnAbsentFieldFallsBackToTheId() {
    PositionTable.Builder b = PositionTable.builder("f.yaml");
    b.top(RoadmapField.MILESTONES, at(9, 1, 1));
    b.authority().field(AuthorityField.ID, at(3, 9, 4)).end();
    b.mission().field(MissionField.ID, at(5, 9, 3)).field(MissionField.TO, at(5, 30, 3)).end();
    b.phase().field(PhaseField.ID, at(7, 9, 2)).field(PhaseField.END, at(7, 20, 10)).end();
    b.milestone()
        .field(MilestoneField.ID, at(10, 9, 1))
        .field(MilestoneField.DATE, at(11, 11, 10))
        .field(MilestoneField.REQUIRES, at(12, 15, 20))
        .requirement(at(12, 16, 1))
        .requirement(at(13, 14, 1))
        .end();
    Milestone m = milestone("b", after("a"), after("c"));
    Roadmap r = roadmap(List.of(m), b.build());
    PositionTable p = r.positions();

    assertThat(p.of(m)).isEqualTo(at(10, 9, 1));
    assertThat(p.of(m, MilestoneField.DATE)).isEqualTo(at(11, 11, 10));
    assertThat(p.of(m, MilestoneField.DEADLINE)).isEqualTo(at(10, 9, 1));
    assertThat(p.ofRequirementTarget(m, 1)).isEqualTo(at(13, 14, 1));
    assertThat(p.ofRequirementTarget(m, 0)).isEqualTo(at(12, 16, 1));
    assertThat(p.of(r.authorities().get(0))).isEqualTo(at(3, 9, 4));
    assertThat(p.of(r.missions().get(0), MissionField.TO)).isEqualTo(at(5, 30, 3));
    assertThat(p.of(r.missions().get(0), MissionField.FROM)).isEqualTo(at(5, 9, 3));
    assertThat(p.of(r.phases().get(0), PhaseField.END)).isEqualTo(at(7, 20, 10));
    assertThat(p.of(RoadmapField.MILESTONES)).isEqualTo(at(9, 1, 1));
    assertThat(p.of(RoadmapField.TITLE)).isEqualTo(Span.ofFile("f.yaml"));
  }

  @Test
  void equalMilestonesAtTwoPlacesKeepTheirOwnPositions() {
    PositionTable.Builder b = PositionTable.builder("f.yaml");
    b.milestone().field(MilestoneField.ID, at(10, 9, 1)).end();
    b.milestone().field(MilestoneField.ID, at(20, 9, 1)).end();
    Milestone first = milestone("a");
    Milestone second = milestone("a");
    assertThat(first).isEqualTo(second);
    Roadmap r = roadmap(List.of(first, second), b.build());
    assertThat(r.positions().of(r.milestones().get(0)).line()).isEqualTo(10);
    assertThat(r.positions().of(r.milestones().get(1)).line()).isEqualTo(20);
  }

  @Test
  void anElementTheTableDoesNotHoldIsPlacedAtTheFile() {
    Roadmap r = TestModel.roadmap(milestone("a"));
    assertThat(r.positions().of(r.milestones().get(0), MilestoneField.DATE))
        .isEqualTo(Span.ofFile("test.yaml"));
    assertThat(r.positions().of(milestone("elsewhere"))).isEqualTo(Span.ofFile("test.yaml"));
  }

  @Test
  void aRoadmapWithReplacedMilestonesKeepsThePositionsOfTheirPlaces() {
    PositionTable.Builder b = PositionTable.builder("f.yaml");
    b.milestone().field(MilestoneField.ID, at(10, 9, 1)).end();
    b.milestone()
        .field(MilestoneField.ID, at(20, 9, 1))
        .field(MilestoneField.DATE, at(21, 11, 10))
        .end();
    Roadmap r = roadmap(List.of(milestone("a"), milestone("b")), b.build());
    Milestone moved =
        r.milestones().get(1).withDates(LocalDate.of(2006, 1, 1), null, null, null, null);
    Roadmap shifted = r.withMilestones(List.of(r.milestones().get(0), moved));
    assertThat(shifted.positions().of(moved, MilestoneField.DATE)).isEqualTo(at(21, 11, 10));
    assertThat(r.positions().of(moved)).isEqualTo(Span.ofFile("f.yaml"));
  }

  @Test
  void manyRowsAcrossBlocksEachKeepTheirOwnNumbers() {
    PositionTable.Builder b = PositionTable.builder("f.yaml");
    List<Milestone> ms = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      Milestone m = i == 0 ? milestone("m0") : milestone("m" + i, after("m" + (i - 1)));
      ms.add(m);
      b.milestone().field(MilestoneField.ID, at(i + 1, 5, 3));
      if (i % 3 == 0) {
        b.field(MilestoneField.STATUS, at(i + 1, 20, 4));
      }
      if (i > 0) {
        b.requirement(at(i + 1, 31, 5));
      }
      b.end();
    }
    Roadmap r = roadmap(ms, b.build());
    for (int i = 0; i < ms.size(); i += 997) {
      Milestone m = r.milestones().get(i);
      assertThat(r.positions().of(m)).isEqualTo(at(i + 1, 5, 3));
      assertThat(r.positions().of(m, MilestoneField.STATUS))
          .isEqualTo(i % 3 == 0 ? at(i + 1, 20, 4) : at(i + 1, 5, 3));
      if (i > 0) {
        assertThat(r.positions().ofRequirementTarget(m, 0)).isEqualTo(at(i + 1, 31, 5));
      }
    }
  }

  @Test
  void tablesAreEqualByTheirPositions() {
    PositionTable one =
        PositionTable.builder("f.yaml")
            .milestone()
            .field(MilestoneField.ID, at(1, 1, 1))
            .end()
            .build();
    PositionTable same =
        PositionTable.builder("f.yaml")
            .milestone()
            .field(MilestoneField.ID, at(1, 1, 1))
            .end()
            .build();
    PositionTable other =
        PositionTable.builder("f.yaml")
            .milestone()
            .field(MilestoneField.ID, at(2, 1, 1))
            .end()
            .build();
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
  }

  @Test
  void fieldsOutOfOrderAreAProgrammingError() {
    PositionTable.Builder b = PositionTable.builder("f.yaml").milestone();
    b.field(MilestoneField.DATE, at(1, 1, 1));
    assertThatThrownBy(() -> b.field(MilestoneField.TITLE, at(1, 1, 1)))
        .isInstanceOf(IllegalStateException.class);
  }
}
