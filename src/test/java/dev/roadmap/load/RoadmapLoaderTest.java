package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.DependencyType;
import dev.roadmap.model.Kind;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Span;
import dev.roadmap.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapLoaderTest {
  static final String HEAD =
      """
      roadmap: 1
      title: Test
      start: 2004-01-01
      phases:
        - id: p1
      milestones:
      """;

  static LoadResult load(String text) {
    return RoadmapLoader.load("t.yaml", text);
  }

  static List<Diagnostic> sorted(LoadResult r) {
    return r.diagnostics().stream().sorted(Diagnostic.ORDER).toList();
  }

  static List<String> codes(LoadResult r) {
    return r.diagnostics().stream()
        .sorted(Diagnostic.ORDER)
        .map(d -> d.code().id() + "@" + d.span().line() + ":" + d.span().column())
        .toList();
  }

  @Test
  void titlesReadAsYamlReadsThem() {
    // Plain, quoted, with escapes, folded over lines, a block, before a comment, past a character
    // outside the BMP: every title reads as YAML reads it.
    String text =
        HEAD
            + "  - {id: a, title: Plain title, phase: p1}\n"
            + "  - {id: b, title: 'Single ''quoted''', phase: p1}\n"
            + "  - {id: c, title: \"Tab\\there\", phase: p1}\n"
            + "  - id: d\n    title: Folded\n      over two lines\n    phase: p1\n"
            + "  - id: e\n    title: |\n      Block\n    phase: p1\n"
            + "  - id: f\n    title: With a comment   # not part of it\n    phase: p1\n"
            + "  - id: g\n    title: \u00c9t\u00e9 \ud83d\ude80 apr\u00e8s\n    phase: p1\n"
            + "  - {id: h, title: After the rocket, phase: p1}\n";
    LoadResult r = load(text);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.roadmap().milestones())
        .extracting(Milestone::title)
        .containsExactly(
            "Plain title",
            "Single 'quoted'",
            "Tab\there",
            "Folded over two lines",
            "Block\n",
            "With a comment",
            "\u00c9t\u00e9 \ud83d\ude80 apr\u00e8s",
            "After the rocket");
  }

  @Test
  void readsEveryFieldWithItsPosition() {
    LoadResult r =
        load(
            HEAD
                + """
          - id: counterfire-cpx
            title: "Counter-fire HQ: command-post exercises"
            phase: p1
            kind: capability
            mission: counterfire-hq
            start: 2005-01-10
            duration: 30w
            requires:
              - scm-35
              - id: moa
                type: start-to-start
                lag: -3d
            not-before: 2005-01-01
            deadline: 2005-08-31
            status: done
            source: Dong-A Ilbo, 3 Sep 2005
        """);
    assertThat(r.diagnostics()).isEmpty();
    Milestone m = r.roadmap().milestones().get(0);
    assertThat(m.id()).isEqualTo("counterfire-cpx");
    assertThat(m.title()).isEqualTo("Counter-fire HQ: command-post exercises");
    assertThat(r.roadmap().positions().of(m)).isEqualTo(new Span("t.yaml", 7, 9, 7, 24));
    assertThat(m.kind()).isEqualTo(Kind.CAPABILITY);
    assertThat(m.status()).isEqualTo(Status.DONE);
    assertThat(m.start()).isEqualTo(LocalDate.of(2005, 1, 10));
    assertThat(m.durationDays()).isEqualTo(210);
    assertThat(m.requires()).hasSize(2);
    assertThat(r.roadmap().positions().ofRequirementTarget(m, 0))
        .isEqualTo(new Span("t.yaml", 15, 9, 15, 15));
    assertThat(m.requires().get(1).type()).isEqualTo(DependencyType.START_TO_START);
    assertThat(m.requires().get(1).lagDays()).isEqualTo(-3);
    assertThat(r.roadmap().positions().of(m, MilestoneField.DEADLINE))
        .isEqualTo(new Span("t.yaml", 20, 15, 20, 25));
    assertThat(m.mission()).isEqualTo("counterfire-hq");
  }

  @Test
  void yaml11TrapsAreReadFromTheRawScalar() {
    LoadResult r =
        load(
            HEAD
                + """
          - id: a
            title: no
            phase: p1
            source: 0x1F
          - id: b
            title: 2012
            phase: p1
            date: 2004-11-01T00:00:00
        """);
    assertThat(r.roadmap().milestones().get(0).title()).isEqualTo("no");
    assertThat(r.roadmap().milestones().get(0).source()).isEqualTo("0x1F");
    assertThat(r.roadmap().milestones().get(1).title()).isEqualTo("2012");
    assertThat(codes(r)).containsExactly("RM105@14:11");
    assertThat(sorted(r).get(0).hint())
        .isEqualTo("give the day alone, without a time:" + " 2004-11-01");
  }

  @Test
  void impossibleAndSloppyDatesAreRejected() {
    LoadResult r =
        load(
            """
        roadmap: 1
        title: T
        start: 2005-02-29
        as-of: 2005-8-1
        phases: []
        milestones: []
        """);
    assertThat(codes(r)).containsExactly("RM105@3:8", "RM105@4:8");
    assertThat(sorted(r).get(0).message()).contains("not a day of the calendar");
    assertThat(sorted(r).get(1).hint()).contains("two digits");
  }

  @Test
  void leapDayIsAccepted() {
    LoadResult r = load(HEAD.replace("2004-01-01", "2004-02-29") + "  []\n");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.roadmap().start()).isEqualTo(LocalDate.of(2004, 2, 29));
  }

  @Test
  void unknownKeysGetADidYouMeanOrAKebabCaseHint() {
    LoadResult r =
        load(
            HEAD
                + """
          - id: a
            title: A
            phase: p1
            dependsOn: [b]
            deadlin: 2005-01-01
            notBefore: 2004-01-01
        """);
    assertThat(codes(r)).containsExactly("RM101@10:5", "RM101@11:5", "RM101@12:5");
    assertThat(sorted(r).get(0).hint()).startsWith("allowed keys here: id, title");
    assertThat(sorted(r).get(1).hint()).isEqualTo("did you mean 'deadline'?");
    assertThat(sorted(r).get(2).hint())
        .isEqualTo("keys are kebab-case: did you mean 'not-before'?");
  }

  @Test
  void duplicateKeysAreReportedAtTheSecond() {
    LoadResult r =
        load(
            HEAD
                + """
          - id: a
            title: A
            title: B
            phase: p1
        """);
    assertThat(codes(r)).containsExactly("RM102@9:5");
    assertThat(r.roadmap().milestones().get(0).title()).isEqualTo("A");
  }

  @Test
  void wrongTypesAreDiagnostics() {
    LoadResult r =
        load(
            HEAD
                + """
          - id: a
            title: [not, a, string]
            phase: p1
            requires: b
          - just a string
        """);
    assertThat(codes(r)).containsExactly("RM103@8:12", "RM103@10:15", "RM103@11:5");
    assertThat(sorted(r).get(1).hint()).isEqualTo("write a list: 'requires: [b]'");
  }

  @Test
  void missingRequiredKeysAreNamed() {
    LoadResult r =
        load(
            """
        roadmap: 1
        milestones:
          - id: a
            phase: p1
        """);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "the roadmap lacks required keys 'title', 'start' and 'phases'",
            "a milestone 'a' lacks required key 'title'");
  }

  @Test
  void unsupportedVersion() {
    LoadResult r = load(HEAD.replace("roadmap: 1", "roadmap: 2") + "  []\n");
    assertThat(codes(r)).containsExactly("RM107@1:10");
  }

  @Test
  void badDurationsAndIds() {
    LoadResult r =
        load(
            HEAD
                + """
          - id: Bad_ID
            title: A
            phase: p1
          - id: b
            title: B
            phase: p1
            duration: 3 months
            requires:
              - id: c
                lag: 2x
        """);
    assertThat(codes(r)).containsExactly("RM109@7:9", "RM106@13:15", "RM106@16:14");
    assertThat(sorted(r).get(0).hint()).endsWith(": 'bad_id'");
  }

  @Test
  void badChoiceSuggestsTheClosest() {
    LoadResult r =
        load(
            HEAD
                + """
          - id: a
            title: A
            phase: p1
            status: tbd
            kind: transfr
        """);
    assertThat(codes(r)).containsExactly("RM108@10:13", "RM108@11:11");
    assertThat(sorted(r).get(1).hint()).isEqualTo("did you mean 'transfer'?");
  }

  @Test
  void syntaxErrorIsOneDiagnosticWithAPosition() {
    LoadResult r = load("roadmap: 1\ntitle: [unclosed\nstart: 2004-01-01\n");
    assertThat(r.roadmap()).isNull();
    assertThat(r.diagnostics()).hasSize(1);
    assertThat(sorted(r).get(0).code()).isEqualTo(Code.YAML_SYNTAX);
    assertThat(sorted(r).get(0).span().line()).isGreaterThan(1);
  }

  @Test
  void notAMapping() {
    assertThat(codes(load("- a\n- b\n"))).containsExactly("RM103@1:1");
    assertThat(codes(load(""))).containsExactly("RM103@1:1");
    assertThat(codes(load("# only a comment\n"))).containsExactly("RM103@1:1");
    assertThat(codes(load("roadmap: 1\n---\nroadmap: 1\n"))).containsExactly("RM100@3:1");
  }

  @Test
  void anchorsAliasesAndMergeKeysWork() {
    LoadResult r =
        load(
            HEAD
                + """
          - &base
            id: a
            title: A
            phase: p1
            kind: capability
          - <<: *base
            id: b
            title: B
            requires: [a]
        """);
    assertThat(r.diagnostics()).isEmpty();
    Milestone b = r.roadmap().milestones().get(1);
    assertThat(b.kind()).isEqualTo(Kind.CAPABILITY);
    assertThat(b.phase()).isEqualTo("p1");
    assertThat(b.title()).isEqualTo("B");
  }

  @Test
  void crlfLineEndingsGiveTheSamePositionsAsLf() {
    String lf = HEAD + "  - id: a\n    title: A\n    phase: p1\n    requires: [zz]\n";
    LoadResult a = load(lf);
    LoadResult b = load(lf.replace("\n", "\r\n"));
    assertThat(b.roadmap().positions().ofRequirementTarget(b.roadmap().milestones().get(0), 0))
        .isEqualTo(a.roadmap().positions().ofRequirementTarget(a.roadmap().milestones().get(0), 0));
  }
}
