package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.Gfm;
import dev.roadmap.TestFiles;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** The exported Markdown parsed by a CommonMark/GFM parser: the structure is what we meant. */
class MarkdownGfmTest {

  static Schedule schedule(String file) {
    var r = RoadmapLoader.load(file, TestFiles.read(TestFiles.root().resolve(file)));
    return Scheduler.schedule(r.roadmap()).orElseThrow();
  }

  static Schedule schedule(String name, String text) {
    return Scheduler.schedule(RoadmapLoader.load(name, text).roadmap()).orElseThrow();
  }

  @Test
  void sampleRoadmapHasItsTablesWithTheRightCellCounts() {
    Schedule s = schedule("roadmaps/opcon-transition.yaml");
    Node doc = Gfm.parse(MarkdownRenderer.render(s));
    List<TableBlock> tables = Gfm.tables(doc);
    // The mission table, then one table per phase.
    assertThat(tables).hasSize(1 + s.roadmap().phases().size());
    List<List<String>> missions = Gfm.rows(tables.get(0));
    assertThat(missions).hasSize(1 + s.roadmap().missions().size());
    assertThat(missions).allSatisfy(r -> assertThat(r).hasSize(5));
    int milestones = 0;
    for (TableBlock t : tables.subList(1, tables.size())) {
      List<List<String>> rows = Gfm.rows(t);
      assertThat(rows.get(0))
          .containsExactly(
              "date", "milestone", "kind", "mission", "status", "prerequisites", "constraints");
      assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(7));
      milestones += rows.size() - 1;
    }
    assertThat(milestones).isEqualTo(s.milestones().size());
    List<FencedCodeBlock> fences = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(FencedCodeBlock f) {
            fences.add(f);
          }
        });
    assertThat(fences).hasSize(1);
    assertThat(fences.get(0).getInfo()).isEqualTo("mermaid");
    assertThat(fences.get(0).getLiteral()).isEqualTo(MermaidRenderer.render(s));
    assertThat(missions.get(10))
        .containsExactly(
            "Day and night (pilot) search and rescue (day-night-sar)",
            "usfk → rok-air-force",
            "xfer-day-night-sar",
            "2008-09-30",
            "done");
  }

  @Test
  void aMilestoneWithFindingsIsMarkedInItsRowAndTheFindingsEndThePage() {
    Schedule s = schedule("src/test/resources/views/missed-deadline.yaml");
    var finding =
        dev.roadmap.diag.Diagnostic.of(
            dev.roadmap.diag.Code.MISSES_DEADLINE,
            new dev.roadmap.model.Span("missed-deadline.yaml", 28, 15, 28, 25),
            "'cf-manual' misses | its *deadline*",
            "agree a later deadline");
    String md =
        MarkdownRenderer.render(
            s, new ViewFindings(List.of(finding), java.util.Map.of("cf-manual", List.of("RM303"))));
    Node doc = Gfm.parse(md);
    List<List<String>> rows = Gfm.rows(Gfm.tables(doc).get(1));
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(7));
    assertThat(rows.get(2).get(1))
        .isEqualTo("Combined counter-fire procedures written (cf-manual) ! RM303");
    assertThat(rows.get(3).get(1)).doesNotContain("!");
    assertThat(md)
        .endsWith(
            "\n## Findings\n\n1 error as of 2005-06-01; `roadmap validate` shows each in full.\n\n"
                + "- **error** RM303, line 28: 'cf-manual' misses \\| its \\*deadline\\*"
                + " (agree a later deadline)\n");
    assertThat(MarkdownRenderer.render(s)).doesNotContain("Findings").doesNotContain("! RM");
  }

  @Test
  void specialCharactersStayInTheirCells() {
    String nasty = "Pipes | stars * under_scores [links](x) <b>tags</b> #hash `tick` ~tilde~";
    Schedule s =
        schedule(
            "nasty.yaml",
            """
        roadmap: 1
        title: "A | B: C"
        start: 2024-01-01
        phases:
          - {id: p, name: "Phase | one: #1"}
        milestones:
          - id: a
            title: "%s"
            phase: p
            date: 2024-02-01
        """
                .formatted(nasty));
    Node doc = Gfm.parse(MarkdownRenderer.render(s));
    List<List<String>> rows = Gfm.rows(Gfm.tables(doc).get(0));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).hasSize(7);
    assertThat(rows.get(1).get(1)).isEqualTo(nasty + " (a)");
    List<String> headings = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading h) {
            headings.add(Gfm.text(h));
          }
        });
    assertThat(headings).containsExactly("A | B: C", "Phase 1: Phase | one: #1");
  }
}
