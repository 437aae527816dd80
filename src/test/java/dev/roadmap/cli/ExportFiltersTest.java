package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --owner} and {@code --label}, in every format: only the milestones that pass, the
 * links between two of them alone, the dates of the whole roadmap's schedule, and each format
 * saying that it is a part where it has a place to.
 */
class ExportFiltersTest {
  static final String FILE = DetailFiltersTest.FILE;

  private static Run export(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "export";
    all[1] = FILE;
    System.arraycopy(args, 0, all, 2, args.length);
    Run r = Run.of(all);
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    return r;
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  private static List<String> ids(JsonNode milestones) {
    List<String> out = new ArrayList<>();
    milestones.forEach(m -> out.add(m.get("id").asText()));
    return out;
  }

  @Test
  void theJsonHasOnlyWhatPasses_namesTheFilter_andKeepsEveryDate() throws IOException {
    JsonNode whole = json(export("--format", "json").out());
    JsonNode part = json(export("--format", "json", "--label", "jsa").out());
    assertThat(whole.has("filter")).isFalse();
    assertThat(part.get("filter").toString()).isEqualTo("{\"label\":[\"jsa\"]}");
    assertThat(ids(part.get("milestones"))).containsExactly("b", "d");
    // The roadmap's finish, and every milestone's dates, are the whole schedule's.
    assertThat(part.get("endExclusive")).isEqualTo(whole.get("endExclusive"));
    assertThat(part.get("finishBasis")).isEqualTo(whole.get("finishBasis"));
    Map<String, JsonNode> byId = new HashMap<>();
    whole.get("milestones").forEach(m -> byId.put(m.get("id").asText(), m));
    for (JsonNode m : part.get("milestones")) {
      assertThat(m).isEqualTo(byId.get(m.get("id").asText()));
    }
    // b's prerequisite a is left out; b still names it, with its lag in days as on the whole.
    assertThat(part.get("milestones").get(0).get("requires").get(0).get("lagDays").asInt())
        .isEqualTo(90);
    JsonNode both =
        json(export("--format", "json", "--owner", "usfk,J5 plans", "--label", "spi").out());
    assertThat(both.get("filter").toString())
        .isEqualTo("{\"owner\":[\"usfk\",\"J5 plans\"],\"label\":[\"spi\"]}");
    assertThat(ids(both.get("milestones"))).containsExactly("a");
  }

  @Test
  void aValueThatMatchesNothing_isNamed_andTheExportIsEmptyButSaysWhy() throws IOException {
    Run r = Run.of("export", FILE, "--format", "json", "--owner", "rok-armee");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: no milestone has owner 'rok-armee' (did you mean 'rok-army'? owners in"
                + " this roadmap: 'J5 plans', 'rok-army', 'usfk')\n");
    JsonNode j = json(r.out());
    assertThat(j.get("filter").toString()).isEqualTo("{\"owner\":[\"rok-armee\"]}");
    assertThat(j.get("milestones").size()).isZero();
    Run md = Run.of("export", FILE, "--format", "markdown", "--owner", "rok-armee");
    assertThat(md.out())
        .contains(
            "\n\nStart 2024-01-01, as of 2024-01-01: 4 milestones in 2 phases; finish 2024-04-30"
                + " (computed). No milestone of the 4 has owner 'rok-armee', so none is shown;"
                + " the counts and the finish are the whole roadmap's.\n\n")
        .doesNotContain("## Phase");
  }

  @Test
  void theCsvHasTheRecordsOfWhatPasses() {
    String csv = export("--format", "csv", "--owner", "usfk", "--owner", "J5 plans").out();
    List<String> ids = new ArrayList<>();
    for (String line : csv.split("\r\n")) {
      ids.add(line.substring(0, line.indexOf(',')));
    }
    assertThat(ids).containsExactly("id", "a", "c");
  }

  @Test
  void theMermaidChartHasWhatPasses_andItsTitleSaysSo() {
    assertThat(export("--format", "mermaid", "--owner", "rok-army,usfk").out())
        .isEqualTo(
            "gantt\n"
                + "    title Owners and labels (milestones with owner 'rok-army' or 'usfk')\n"
                + "    dateFormat YYYY-MM-DD\n"
                + "    axisFormat %Y-%m\n"
                + "    todayMarker off\n"
                + "    section Preparation\n"
                + "    Plan agreed :crit, milestone, a, 2024-01-31, 0d\n"
                + "    Guards trained (computed) :crit, milestone, b, 2024-04-30, 0d\n"
                + "    as of 2024-01-01 :vert, as_of_, 2024-01-01, 0d\n");
  }

  @Test
  void theMarkdownSaysWhatItShows_andLeavesOutThePhasesWithNone() {
    String md = export("--format", "markdown", "--label", "spi").out();
    assertThat(md)
        .contains(
            "\n\nStart 2024-01-01, as of 2024-01-01: 4 milestones in 2 phases; finish 2024-04-30"
                + " (computed). Only the 2 milestones with label 'spi' are shown (of 4); the"
                + " dates, the counts and the finish are the whole roadmap's.\n\n")
        .contains("    title Owners and labels (milestones with label 'spi')\n")
        .contains("\n## Phase 1: Preparation\n")
        .doesNotContain("## Phase 2")
        .contains("| **Plan agreed (`a`)** |")
        .contains("| **Guards trained (`b`)** |")
        .doesNotContain("(`c`)")
        .doesNotContain("(`d`)");
  }

  @Test
  void theCalendarHasTheEventsOfWhatPasses_withTheirUids_andItsNameSaysSo() {
    String ics = export("--format", "ical", "--label", "jsa").out();
    List<String> named = new ArrayList<>();
    for (String line : ics.split("\r\n")) {
      if (line.startsWith("UID:") || line.startsWith("X-WR-CALNAME:")) {
        named.add(line);
      }
    }
    assertThat(named)
        .containsExactly(
            "X-WR-CALNAME:Owners and labels (milestones with label 'jsa')",
            "UID:b@owners-and-labels.roadmap",
            "UID:d@owners-and-labels.roadmap");
  }

  @Test
  void theDotGraphHasTheEdgesBetweenTwoShownAlone() {
    String dot = export("--format", "dot", "--label", "jsa").out();
    assertThat(dot)
        .contains(
            "\\nshown: the milestones with label 'jsa' (2 of 4) and the links between them\"];\n")
        .contains("    \"b\" [label=")
        .contains("    \"d\" [label=")
        .doesNotContain("\"a\" [")
        .doesNotContain("\"c\" [");
    List<String> edges = dot.lines().filter(l -> l.contains(" -> ")).toList();
    // b requires a, which is left out: no edge to a node that is not there.
    assertThat(edges).hasSize(1);
    assertThat(edges.get(0)).startsWith("  \"b\" -> \"d\" [");
  }

  @Test
  void theHtmlDrawsArrowsBetweenTwoShownAlone_andSaysWhatItShows() {
    String html = export("--format", "html", "--label", "jsa").out();
    assertThat(html)
        .contains("<title>Owners and labels (milestones with label &#39;jsa&#39;)</title>")
        .contains(
            "<p class=\"summary\" id=\"filter\">Only the 2 milestones with label &#39;jsa&#39;"
                + " are shown (of 4); the dates, the counts and the finish are the whole"
                + " roadmap&#39;s. The chart's arrows join only milestones shown; the tables name"
                + " every prerequisite.</p>")
        .contains("<div class=\"fact\" data-fact=\"shown\"><dt>Shown</dt><dd>2 of 4</dd></div>");
    List<String> arrows =
        html.lines().filter(l -> l.startsWith("<path class=\"dependency")).toList();
    assertThat(arrows).hasSize(1);
    assertThat(arrows.get(0)).contains("data-from=\"b\" data-to=\"d\"");
    assertThat(html).doesNotContain("data-id=\"a\"").doesNotContain("data-id=\"c\"");
  }

  @Test
  void checkComparesWithTheFilteredExport_andItsFixKeepsTheOptions(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("jsa.md");
    String o = out.toString();
    export("--format", "markdown", "--label", "jsa", "--owner", "J5 plans,rok-army", "-o", o);
    Run current =
        Run.of(
            "export",
            FILE,
            "--format",
            "markdown",
            "--label",
            "jsa",
            "--owner",
            "J5 plans,rok-army",
            "-o",
            o,
            "--check");
    assertThat(current.code()).isEqualTo(ExitCodes.OK);
    assertThat(current.out()).isEqualTo(o + " is up to date\n");
    Run whole = Run.of("export", FILE, "--format", "markdown", "-o", o, "--check");
    assertThat(whole.code()).isEqualTo(ExitCodes.FINDINGS);
    Files.writeString(out, "old\n");
    Run stale =
        Run.of(
            "export",
            FILE,
            "--format",
            "markdown",
            "--as-of",
            "2024-02-01",
            "--label",
            "jsa",
            "--owner",
            "J5 plans",
            "-o",
            o,
            "--check");
    assertThat(stale.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(stale.err())
        .startsWith(
            "roadmap: "
                + o
                + " is out of date; write it again with: roadmap export "
                + FILE
                + " --format markdown --as-of 2024-02-01 --owner 'J5 plans' --label jsa -o "
                + o
                + "\n");
  }
}
