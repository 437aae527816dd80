package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The help of every command, plain and in colour, the completion script and the usage that a
 * mistake prints, against golden files under {@code src/test/resources/golden/help}: the command
 * model is code, and these are what it must keep printing byte for byte.
 */
class HelpGoldenTest {
  static final List<String> COMMANDS =
      List.of(
          "validate",
          "timeline",
          "status",
          "explain",
          "export",
          "diff",
          "history",
          "rules",
          "schema",
          "what-if",
          "init",
          "generate-completion",
          "help");

  /** The root command, in the names below. */
  static final String ROOT = "roadmap";

  static Stream<String> names() {
    List<String> names = new ArrayList<>(List.of(ROOT));
    names.addAll(COMMANDS);
    return names.stream();
  }

  private static Path golden(String name) {
    return TestFiles.resources().resolve("golden").resolve("help").resolve(name);
  }

  private static String[] helpOf(String command) {
    return command.equals(ROOT) ? new String[] {"--help"} : new String[] {command, "--help"};
  }

  private static String file(String command, String suffix) {
    return (command.equals(ROOT) ? ROOT : ROOT + "-" + command) + suffix;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void helpMatchesItsGoldenFile(String command) {
    Run r = Run.of(helpOf(command));
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    TestFiles.assertGolden(golden(file(command, ".txt")), r.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void helpInColourMatchesItsGoldenFile(String command) {
    Run r = Run.with(Map.of(), "", true, helpOf(command));
    assertThat(r.code()).isZero();
    TestFiles.assertGolden(golden(file(command, ".color.txt")), r.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void theHelpCommandPrintsTheSameHelp(String command) {
    Run help = command.equals(ROOT) ? Run.of("help") : Run.of("help", command);
    assertThat(help.out()).isEqualTo(Run.of(helpOf(command)).out());
  }

  @Test
  void completionScriptMatchesItsGoldenFile() {
    Run r = Run.of("generate-completion");
    assertThat(r.code()).isZero();
    TestFiles.assertGolden(golden("completion.bash"), r.out());
  }

  @Test
  void noCommandPrintsTheUsageOnStandardError() {
    Run r = Run.of();
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    TestFiles.assertGolden(golden("no-command.stderr"), r.err());
  }

  @Test
  void aBadOptionPrintsTwoLinesAndNotTheUsage() {
    for (String command : COMMANDS.subList(0, 10)) {
      Run r = Run.of(command, "--frobnicate");
      assertThat(r.code()).as(command).isEqualTo(ExitCodes.USAGE);
      TestFiles.assertGolden(golden(file(command, "-bad-option.stderr")), r.err());
    }
  }
}
