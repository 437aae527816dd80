package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The terminal views fit their width: --width, else COLUMNS; titles cut, ids kept whole. */
class TerminalWidthTest {
  /** Long titles, a long phase name, long ids, an overdue and a cancelled milestone. */
  static final String LONG = "src/test/resources/views/long-titles.yaml";

  static Stream<Arguments> views() {
    return Stream.of(60, 80, 120, 200)
        .flatMap(
            w ->
                Stream.of(
                        CliTest.SAMPLE,
                        LONG,
                        CliTest.CLEAN,
                        ViewsWithFindingsTest.MISSED,
                        ExampleRoadmapTest.EXAMPLE,
                        HtmlChartChromiumTest.AS_OF)
                    .flatMap(
                        f ->
                            Stream.of(
                                Arguments.of(w, new String[] {"timeline", "--gantt", f}),
                                Arguments.of(w, new String[] {"timeline", f}),
                                Arguments.of(w, new String[] {"status", f}))));
  }

  /** The narrowest widths, down to the least --width takes, on the sample and the example. */
  static Stream<Arguments> narrowViews() {
    return Stream.of(20, 30, 40)
        .flatMap(
            w ->
                Stream.of(CliTest.SAMPLE, ExampleRoadmapTest.EXAMPLE)
                    .flatMap(
                        f ->
                            Stream.of(
                                Arguments.of(w, new String[] {"timeline", "--gantt", f}),
                                Arguments.of(w, new String[] {"timeline", f}),
                                Arguments.of(w, new String[] {"status", f}),
                                // a filtered summary names the roadmap's finish too
                                Arguments.of(w, new String[] {"timeline", f, "--owner", "vendor"}),
                                Arguments.of(
                                    w,
                                    new String[] {
                                      "timeline", "--gantt", f, "--owner", "vendor"
                                    }))));
  }

  /**
   * No line is longer than the width, but one of a single word that is longer by itself: an id or a
   * date range, which is never cut (after a mark of a critical or computed date).
   */
  @ParameterizedTest(name = "{0} columns: {1}")
  @MethodSource("narrowViews")
  void narrowWidthsFitButForAWordLongerThanALine(int width, String[] args) {
    String[] withWidth = Arrays.copyOf(args, args.length + 2);
    withWidth[args.length] = "--width";
    withWidth[args.length + 1] = String.valueOf(width);
    Run run = Run.of(withWidth);
    assertThat(run.code()).isIn(0, 1);
    assertThat(run.out()).isNotEmpty();
    for (String line : run.out().split("\n")) {
      if (line.codePointCount(0, line.length()) > width) {
        String word = line.replaceFirst("^[ *~]+", "");
        assertThat(word).as(line).doesNotContain(" ");
        assertThat(word.length() + 4).as(line).isGreaterThan(width);
      }
    }
  }

  @Test
  void aPhaseHeadingCountsItsIdAndMovesItWhenTheNameWouldBeTooShort() {
    String out = Run.of("timeline", ExampleRoadmapTest.EXAMPLE, "--width", "40").out();
    assertThat(out)
        .contains("\nPhase 3  Hypercare and clos\u2026 (stabilise)\n  2025-07-01..2025-09-30\n");
    String narrow = Run.of("timeline", ExampleRoadmapTest.EXAMPLE, "--width", "30").out();
    assertThat(narrow)
        .contains(
            "\nPhase 3  Hypercare and close-\u2026\n  (stabilise)\n  2025-07-01..2025-09-30\n");
    String narrowest = Run.of("timeline", ExampleRoadmapTest.EXAMPLE, "--width", "20").out();
    assertThat(narrowest).contains("\nPhase 3  Hypercare\u2026\n  (stabilise)\n");
  }

  @Test
  void anIdTooLongForItsLineStartsRightUnderItsDate() {
    // At 28 columns "    xfer-maritime-counter-sof" does not fit: it stays under its date, past
    // the edge (an id is never broken), rather than after a blank line.
    String out = Run.of("timeline", CliTest.SAMPLE, "--width", "28").out();
    assertThat(out).contains("\n  2006-01\n    xfer-maritime-counter-sof\n");
    for (int width = 20; width <= 40; width++) {
      String view = Run.of("timeline", CliTest.SAMPLE, "--width", String.valueOf(width)).out();
      // A date line begins with two marks: critical ('*') or not, computed ('~') or not.
      assertThat(view)
          .as("%d columns", width)
          .doesNotContainPattern("\n[ *][ ~]\\d{4}-\\d\\d\\S*\n\n");
    }
  }

  @Test
  void theRoadmapsFinishIsNotSplitFromItsName() {
    // "roadmap finish" names the whole roadmap's finish, not the shown milestones': a line break
    // between the two words would leave "finish 2025-09" to be read as the filtered one's.
    String out =
        Run.of("timeline", ExampleRoadmapTest.EXAMPLE, "--owner", "nobody", "--width", "80").out();
    assertThat(out)
        .contains("\nstart 2025-01-06, as of 2025-04-22: none of 23 milestones shown;\n")
        .contains("\nroadmap finish 2025-09\n");
  }

  @Test
  void nothingShownAndTheMissionTableWrapAtANarrowWidth() {
    String none =
        Run.of("timeline", ExampleRoadmapTest.EXAMPLE, "--width", "25", "--owner", "CIO-office")
            .out();
    assertThat(none).endsWith("\nNo milestone passes the\nfilters given.\n");
    String status =
        Run.of("status", ExampleRoadmapTest.EXAMPLE, "--width", "25", "--owner", "in-house").out();
    assertThat(status)
        .contains(
            "\n  mission     held by\n    transfer\n    date\n    status\n"
                + "  monitoring  in-house\n    xfer-monitoring\n    2025-04-14\n    done\n");
  }

  @ParameterizedTest(name = "{0} columns: {1}")
  @MethodSource("views")
  void noLineIsLongerThanTheWidth(int width, String[] args) {
    String[] withWidth = Arrays.copyOf(args, args.length + 2);
    withWidth[args.length] = "--width";
    withWidth[args.length + 1] = String.valueOf(width);
    Run run = Run.of(withWidth);
    assertThat(run.code()).isIn(0, 1);
    assertThat(run.out()).isNotEmpty();
    assertThat(longest(run.out())).isLessThanOrEqualTo(width);
    // The same width from a narrower terminal's COLUMNS: the option wins.
    Run narrow = Run.with(Map.of("COLUMNS", "40"), "", false, withWidth);
    assertThat(narrow.out()).isEqualTo(run.out());
  }

  /** A terminal of that many columns (COLUMNS, no --width) gets the same lines as --width. */
  @ParameterizedTest(name = "COLUMNS={0}: {1}")
  @MethodSource("views")
  void columnsFitsTheTerminalAsTheOptionDoes(int width, String[] args) {
    Run run = Run.with(Map.of("COLUMNS", String.valueOf(width)), "", false, args);
    assertThat(run.code()).isIn(0, 1);
    assertThat(longest(run.out())).isLessThanOrEqualTo(width);
    String[] withWidth = Arrays.copyOf(args, args.length + 2);
    withWidth[args.length] = "--width";
    withWidth[args.length + 1] = String.valueOf(width);
    assertThat(run.out()).isEqualTo(Run.of(withWidth).out());
  }

  @Test
  void columnsIsHonouredAndWidthOverridesIt() {
    Map<String, String> env = Map.of("COLUMNS", "70");
    for (String view : new String[] {"timeline", "status"}) {
      Run wide = Run.of(view, CliTest.SAMPLE);
      assertThat(longest(wide.out())).isGreaterThan(100);
      Run columns = Run.with(env, "", false, view, CliTest.SAMPLE);
      assertThat(longest(columns.out())).isLessThanOrEqualTo(70).isGreaterThan(60);
      Run option = Run.with(env, "", false, view, CliTest.SAMPLE, "--width", "120");
      assertThat(longest(option.out())).isLessThanOrEqualTo(120).isGreaterThan(70);
    }
    Run gantt = Run.with(env, "", false, "timeline", "--gantt", CliTest.SAMPLE);
    assertThat(longest(gantt.out())).isLessThanOrEqualTo(70).isGreaterThan(60);
  }

  @Test
  void aWidthOutOfRangeIsAUsageErrorInEveryView() {
    for (String[] args :
        new String[][] {
          {"timeline", CliTest.SAMPLE, "--width", "19"},
          {"timeline", "--gantt", CliTest.SAMPLE, "--width", "1001"},
          {"status", CliTest.SAMPLE, "--width", "5"}
        }) {
      Run run = Run.of(args);
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("--width must be between 20 and 1000, not ");
    }
  }

  @Test
  void titlesAreCutWithAnEllipsisAndIdsKeptWhole() {
    String out = Run.of("timeline", "--width", "60", LONG).out();
    assertThat(out)
        .contains("A roadmap whose title is long enough to run past the edge o\u2026\n")
        .contains(
            "Phase 1  Preparation of everything the new team n\u2026 (prepare)\n"
                + "  2024-01-08..2024-12-31\n")
        .contains("\n    runbooks-dashboards-and-alerts-handed-over-in-full\n")
        .contains("  2024-01-08              kickoff  The project is agreed by\u2026\n");
  }

  @Test
  void theGanttLegendExplainsOnlyWhatIsDrawnAndTheAxisHasTicks() {
    String out =
        Run.of("timeline", "--gantt", "--width", "100", ViewsWithFindingsTest.MISSED).out();
    assertThat(out)
        .contains(
            "\n~ computed date   * critical path   \u2588 done   \u2591 to come"
                + "   \u25c7 milestone to come   | as of 2005-06-01\n"
                + "                   2005     Feb     Mar      Apr      May      Jun      Jul"
                + "      Aug      Sep\n"
                + "                   \u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c")
        .doesNotContain("slack")
        .doesNotContain("\u25c6");
    String years = Run.of("timeline", "--gantt", "--width", "80", CliTest.SAMPLE).out();
    assertThat(years)
        .contains(
            "\n                                   2005      2010     2015     2020      2025\n");
  }

  /** The sample's timeline and its Gantt chart at 80 columns. */
  private static List<String> bothViewsAt80() {
    return List.of(
        Run.of("timeline", CliTest.SAMPLE, "--width", "80").out(),
        Run.of("timeline", "--gantt", CliTest.SAMPLE, "--width", "80").out());
  }

  /** A phase's window moves to a line of its own before its name is cut. */
  @Test
  void aPhaseNameIsCutOnlyWhenItsLineAloneCannotHoldIt() {
    for (String out : bothViewsAt80()) {
      assertThat(out)
          .contains(
              "\nPhase 1  Framework (FOTA talks and the ten-mission agreement) (p1-framework)\n"
                  + "  2002-12-05..2003-12-31\n")
          .contains(
              "\nPhase 2  Transfer of the ten missions (p2-ten-missions)  2004-01-01..2008-12-31\n")
          .contains(
              "\nPhase 4  Re-plan (Toronto delay, Strategic Alliance 2015, condition\u2026"
                  + " (p4-replan)\n  2010-01-01..2016-12-31\n");
    }
    assertThat(Run.of("timeline", CliTest.SAMPLE, "--width", "60").out())
        .contains(
            "\nPhase 5  Conditions-based transition\u2026 (p5-conditions-based)\n"
                + "  2017-01-01..\n");
  }

  /** The summary wraps between its facts, never between a word and its date or number. */
  @Test
  void theSummaryKeepsEachDateWithItsWord() {
    for (String out : bothViewsAt80()) {
      assertThat(out)
          .contains(
              "\nstart 2002-12-05, as of 2026-11-27: 44 milestones in 5 phases;\n"
                  + "finish ~2028-08-25\n");
    }
    assertThat(Run.of("timeline", CliTest.SAMPLE, "--width", "40").out())
        .contains(
            "\nstart 2002-12-05, as of 2026-11-27:\n44 milestones in 5 phases;\n"
                + "finish ~2028-08-25\n");
  }

  /** A chart of months that starts after a January still says which year it is. */
  @Test
  void theFirstMonthOfTheAxisCarriesTheYear() {
    String out = Run.of("timeline", "--gantt", "--width", "80", ExampleRoadmapTest.EXAMPLE).out();
    assertThat(out)
        .contains(
            "\n                           Feb 2025     Apr   May    Jun    Jul   Aug    Sep\n"
                + "                      \u2500\u2500\u2500\u2500\u2500\u252c");
  }

  /** A zero-length milestone superseded or late is drawn as such, not as one "to come". */
  @Test
  void aPointKeepsTheMarkOfItsStatus() {
    String sample = Run.of("timeline", "--gantt", "--width", "80", CliTest.SAMPLE).out();
    assertThat(sample)
        .contains(
            "\n  stp-ioc                                    -                              |\n"
                + "  stp-foc-cert                                   -                          |\n"
                + "  opcon-2012                                     -                          |\n");
    String late = Run.of("timeline", "--gantt", "--width", "80", HtmlChartChromiumTest.AS_OF).out();
    assertThat(late)
        .contains("\n* sign-off                                \u2592   |  ! RM501\n")
        .contains("\n* review                                      \u25c7\n");
  }

  @Test
  void theAsOfMarkIsPrintedOnce() {
    String out = Run.of("timeline", CliTest.SAMPLE, "--as-of", "2005-06-01").out();
    assertThat(out.split("-- as of 2005-06-01 --", -1)).hasSize(2);
  }

  /** The HTML chart marks an in-progress milestone past its date as overdue, as status does. */
  @Test
  void theHtmlChartMarksAnOverdueMilestone() {
    String html = Run.of("export", "--format", "html", LONG).out();
    assertThat(html)
        .contains(
            "class=\"milestone status-in-progress kind-milestone critical has-findings overdue\""
                + " data-id=\"runbooks-dashboards-and-alerts-handed-over-in-full\"")
        .contains(">Runbooks, dashboards, aler\u2026 (overdue) ! RM501</text>");
    // A zero-length one too: a decision in progress, due a week before the as-of date.
    assertThat(Run.of("export", "--format", "html", HtmlChartChromiumTest.AS_OF).out())
        .contains(
            "<g class=\"milestone status-in-progress kind-decision critical has-findings overdue\""
                + " data-id=\"sign-off\">\n")
        .contains(
            " fill=\"#b91c1c\">Sign-off of the design by the\u2026 (overdue) ! RM501</text>\n")
        .containsOnlyOnce(" overdue\"");
    assertThat(Run.of("export", "--format", "html", CliTest.CLEAN).out()).doesNotContain("overdue");
  }

  private static int longest(String text) {
    return text.lines().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
  }
}
