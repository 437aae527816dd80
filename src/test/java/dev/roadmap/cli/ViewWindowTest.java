package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --from} and {@code --to}: the days a chart shows, in the terminal and in the HTML. */
class ViewWindowTest {
  @Test
  void theTerminalGanttShowsTheWindow_andMarksWhatRunsPastIt() {
    Run r =
        Run.of(
            "timeline",
            CliTest.SAMPLE,
            "--gantt",
            "--from",
            "2005-03-01",
            "--to",
            "2005-05-31",
            "--width",
            "60");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .isEqualTo(
            """
            ROK-US command transition: the ten missions and wartime OPC…
            start 2002-12-05, as of 2026-11-27: 1 of 44 milestones
            shown, in 1 phase; finish of the one shown 2005-08-30;
            roadmap finish ~2028-08-25
            █ done   < starts before the window   > ends after it
                                  Mar 2005    Apr          May
                                  ┬───────────┬────────────┬────────────

            Phase 2  Transfer of the ten missions (p2-ten-missions)
              2004-01-01..2008-12-31
              counterfire-c4i-cpx <████████████████████████████████████>
            """);
  }

  @Test
  void aWindowOfSeveralMonths_keepsWhatOverlapsIt_withinTheWidth() {
    for (String width : new String[] {"60", "80", "120", "200"}) {
      Run r =
          Run.of(
              "timeline",
              CliTest.SAMPLE,
              "--gantt",
              "--from",
              "2005-03-01",
              "--to",
              "2005-12-31",
              "--width",
              width);
      assertThat(r.out().lines().mapToInt(String::length).max().orElseThrow())
          .as("widest line at --width %s", width)
          .isLessThanOrEqualTo(Integer.parseInt(width));
      assertThat(r.out())
          .contains("counterfire-c4i-cpx")
          .contains("xfer-counterfire-hq")
          .doesNotContain("xfer-jsa-security")
          .doesNotContain("opcon-transition-fcfc");
    }
  }

  @Test
  void aWindowThatEndsBeforeItStarts_isAUsageError() {
    Run r =
        Run.of("timeline", CliTest.SAMPLE, "--gantt", "--from", "2005-03-01", "--to", "2005-01-31");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "roadmap timeline: --from 2005-03-01 is after --to 2005-01-31; give --from first in"
                + " time\n");
    Run html =
        Run.of(
            "export",
            CliTest.SAMPLE,
            "--format",
            "html",
            "--from",
            "2006-01-01",
            "--to",
            "2005-01-01");
    assertThat(html.code()).isEqualTo(ExitCodes.USAGE);
    Run csv = Run.of("export", CliTest.SAMPLE, "--format", "csv", "--from", "2005-01-01");
    assertThat(csv.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(csv.err())
        .startsWith("roadmap export: --from and --to limit the chart of --format html, not csv\n");
  }

  @Test
  void theHtmlChartShowsTheWindow_withArrowheadsAtItsEdges_andTheTablesKeepEverything() {
    Run r =
        Run.of(
            "export",
            CliTest.SAMPLE,
            "--format",
            "html",
            "--from",
            "2005-03-01",
            "--to",
            "2005-05-31");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    String svg = r.out().substring(r.out().indexOf("<svg id=\"gantt\""), r.out().indexOf("</svg>"));
    assertThat(svg)
        .contains("data-id=\"counterfire-c4i-cpx\"")
        .doesNotContain("data-id=\"xfer-jsa-security\"")
        .doesNotContain("data-id=\"opcon-transition-fcfc\"")
        // The window is out of the as-of date's way: no as-of line.
        .doesNotContain("id=\"as-of\"");
    String bar = svg.substring(svg.indexOf("data-id=\"counterfire-c4i-cpx\""));
    bar = bar.substring(0, bar.indexOf("</g>"));
    assertThat(bar)
        .contains("class=\"past-window before\"")
        .contains("class=\"past-window after\"");
    assertThat(r.out().substring(r.out().indexOf("</svg>"))).contains("xfer-jsa-security");
    // Without a window, no arrowheads.
    assertThat(Run.of("export", CliTest.SAMPLE, "--format", "html").out())
        .doesNotContain("past-window");
  }

  /** The milestone ids a timeline shows, in its order: the first word of a line that is one. */
  private static java.util.List<String> ids(String out) throws java.io.IOException {
    java.util.Set<String> all =
        java.util.regex.Pattern.compile("(?m)^  - id: (\\S+)")
            .matcher(
                java.nio.file.Files.readString(java.nio.file.Path.of(CliTest.SAMPLE))
                    .split("\nmilestones:\n", 2)[1])
            .results()
            .map(m -> m.group(1))
            .collect(java.util.stream.Collectors.toSet());
    return out.lines()
        .flatMap(l -> java.util.Arrays.stream(l.trim().split(" +")).filter(all::contains).limit(1))
        .toList();
  }

  @Test
  void missionChain_showsTheTransferAndEverythingItDependsOn() throws java.io.IOException {
    Run keyed = Run.of("timeline", CliTest.SAMPLE, "--mission", "counterfire-hq", "--width", "100");
    assertThat(ids(keyed.out()))
        .containsExactly("counterfire-c4i-cpx", "counterfire-evaluation", "xfer-counterfire-hq");
    Run chain =
        Run.of(
            "timeline", CliTest.SAMPLE, "--mission", "counterfire-hq", "--chain", "--width", "100");
    assertThat(chain.code()).isEqualTo(ExitCodes.OK);
    assertThat(ids(chain.out()))
        .containsExactly(
            "fota-launch",
            "fota-round-3",
            "ten-mission-moa",
            "scm-35",
            "counterfire-c4i-cpx",
            "counterfire-evaluation",
            "xfer-counterfire-hq");
    Run alone = Run.of("timeline", CliTest.SAMPLE, "--chain");
    assertThat(alone.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(alone.err())
        .startsWith("roadmap timeline: --chain needs --mission ID, whose chain to show\n");
  }
}
