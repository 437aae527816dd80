package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Usage errors are short and the same everywhere: exit 2, at most three lines on standard error
 * (the mistake with the valid values as they are typed, "did you mean" when one is close, and where
 * the help is), never the whole usage.
 */
class UsageErrorsTest {
  private static final Env ENV = new Env(Map.of(), InputStream.nullInputStream(), false, Run.CLOCK);

  /** Every enum-typed and date option of every command, found in the command model itself. */
  static Stream<Arguments> valuedOptions() {
    List<Arguments> all = new ArrayList<>();
    for (var e : Main.tree(ENV).getSubcommands().entrySet()) {
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        if (o.type().isEnum() || o.type() == LocalDate.class) {
          all.add(Arguments.of(e.getKey(), o.longestName()));
        }
      }
    }
    assertThat(all).hasSizeGreaterThan(20);
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("valuedOptions")
  void aBadValue_exits2_inAtMostThreeLines_withTheValuesAndTheHelp(String command, String option) {
    Run r = Run.of(command, option, "sometimes");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSizeBetween(2, 3);
    assertThat(lines.get(0))
        .startsWith("roadmap " + command + ": " + option)
        .contains("'sometimes'");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("see 'roadmap help " + command + "'");
    OptionSpec spec =
        Main.tree(ENV).getSubcommands().get(command).getCommandSpec().findOption(option);
    if (spec.type().isEnum()) {
      for (String value : spec.completionCandidates()) {
        assertThat(lines.get(0)).contains(value.toLowerCase(Locale.ROOT));
      }
      assertThat(lines.get(0)).doesNotMatch(".*\\b[A-Z]{3,}\\b.*");
    } else {
      assertThat(lines.get(0)).contains("YYYY-MM-DD");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void anUnknownOption_exits2_inAtMostThreeLines(String command) {
    Run r = Run.of(command, "--frobnicate");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "roadmap "
                + command
                + ": unknown option '--frobnicate'\nsee 'roadmap help "
                + command
                + "'\n");
  }

  static Stream<String> commands() {
    return Main.COMMANDS.stream();
  }

  @Test
  void aCloseValue_isSuggested() {
    assertThat(Run.of("validate", "--fail-on", "warnings", "x.yaml").err())
        .isEqualTo(
            "roadmap validate: --fail-on 'warnings' is not one of error, warning, none\n"
                + "did you mean 'warning'?\n"
                + "see 'roadmap help validate'\n");
    assertThat(Run.of("export", "--format", "markdwn", "x.yaml").err())
        .isEqualTo(
            "roadmap export: --format 'markdwn' is not one of markdown, mermaid, json, csv, dot,"
                + " ical, html\n"
                + "did you mean 'markdown'?\n"
                + "see 'roadmap help export'\n");
  }

  @Test
  void aDateInWords_saysHowDatesAreWritten() {
    Run r = Run.of("validate", "--as-of", "tomorrow", "x.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "roadmap validate: --as-of: 'tomorrow' is not a date written YYYY-MM-DD\n"
                + "see 'roadmap help validate'\n");
  }

  @ParameterizedTest(name = "--max-file-size {0}")
  @MethodSource("badSizes")
  void aBadSize_isOneLine_inTheWordsOfTheOption(String value, String reason) {
    Run r = Run.of("validate", "--max-file-size", value, "x.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "roadmap validate: --max-file-size: '"
                + value
                + "' "
                + reason
                + "\nsee 'roadmap help validate'\n");
  }

  static Stream<Arguments> badSizes() {
    String notASize = "is not a size such as 64MiB, 500KiB or 1048576";
    String outOfRange = "is not between 1 byte and 2GiB";
    return Stream.of(
        Arguments.of("abc", notASize),
        Arguments.of("1x", notASize),
        Arguments.of("1.5MiB", notASize),
        Arguments.of("-1", outOfRange),
        Arguments.of("0", outOfRange),
        Arguments.of("2049MiB", outOfRange),
        // Too large for a long: said to be too large, not wrapped round to a negative size.
        Arguments.of("99999999999GiB", outOfRange),
        Arguments.of("17179869185G", outOfRange),
        Arguments.of("99999999999999999999999", outOfRange));
  }

  @Test
  void theLargestSize_isAccepted() {
    String file =
        dev.roadmap.TestFiles.root()
            .resolve("roadmaps/examples/datacenter-migration.yaml")
            .toString();
    Run r = Run.of("validate", "--max-file-size", "2GiB", file);
    assertThat(r.code()).isZero();
    assertThat(r.out() + r.err()).isEqualTo("checked 1 file: no problems found\n");
  }

  /**
   * Every option of every command that takes a number, found in the command model, given a word, a
   * negative number and one too large for its type: exit 2 before any file is read, in two lines
   * that name the option and the value as given, with no exception and no other number.
   */
  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("numberOptions")
  void aBadNumber_exits2_inTwoLines_namingTheOptionAndTheValue(
      String command, String option, String value) {
    List<String> args = new ArrayList<>(List.of(command, option, value));
    args.addAll(OPERANDS.getOrDefault(command, List.of("x.yaml")));
    Run r = Run.of(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("roadmap " + command + ": " + option)
        .doesNotContain("java.")
        .doesNotContain("Exception");
    if (!value.equals("abc")) {
      // The value as given, and no negative number made from it (a large one wrapped round).
      assertThat(lines.get(0).replace(value, "")).doesNotContainPattern("-\\d");
      assertThat(lines.get(0)).contains(value);
    }
    assertThat(lines.get(1)).isEqualTo("see 'roadmap help " + command + "'");
  }

  /** The arguments after the option, where a command needs more than a file. */
  private static final Map<String, List<String>> OPERANDS =
      Map.of(
          "diff", List.of("x.yaml", "y.yaml"),
          "explain", List.of("x.yaml", "a"),
          "export", List.of("--format", "json", "x.yaml"),
          "what-if", List.of("--slip", "a=+1d", "x.yaml"));

  static Stream<Arguments> numberOptions() {
    List<Arguments> all = new ArrayList<>();
    for (var e : Main.tree(ENV).getSubcommands().entrySet()) {
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        Class<?> t = o.type();
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
          for (String value : List.of("abc", "-1", "99999999999999999999")) {
            all.add(Arguments.of(e.getKey(), o.longestName(), value));
          }
        }
      }
    }
    assertThat(all).hasSizeGreaterThan(60);
    return all.stream();
  }

  @Test
  void aMisspelledOption_isSuggested() {
    assertThat(Run.of("validate", "--fial-on=error", "x.yaml").err())
        .isEqualTo(
            "roadmap validate: unknown option '--fial-on'\n"
                + "did you mean '--fail-on'?\n"
                + "see 'roadmap help validate'\n");
  }

  @Test
  void anUnknownCommand_isSuggested() {
    Run r = Run.of("valdate", "x.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: unknown command 'valdate'\ndid you mean 'validate'?\nsee 'roadmap help'\n");
  }

  @Test
  void validatesOwnFormatList_speaksTheSameWay() {
    Run r = Run.of("validate", "--format", "jsno", "x.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "roadmap validate: --format 'jsno' is not one of auto, text, json, sarif, github,"
                + " junit, checkstyle\n"
                + "did you mean 'json'?\n"
                + "see 'roadmap help validate'\n");
  }

  @Test
  void aMissingParameter_namesIt() {
    Run r = Run.of("status");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "roadmap status: missing required parameter: 'FILE'\nsee 'roadmap help status'\n");
  }

  @Test
  void helpFooters_listOnlyTheCodesACommandCanGive() {
    String rules = Run.of("rules", "--help").out();
    assertThat(rules).doesNotContain("--fail-on").doesNotContain("\n  1 ").doesNotContain("\n  3 ");
    for (String view : List.of("timeline", "status", "explain", "what-if", "export", "diff")) {
      assertThat(Run.of(view, "--help").out()).as(view).doesNotContain("at or above --fail-on");
    }
    assertThat(Run.of("validate", "--help").out()).doesNotContain("1   findings");
  }
}
