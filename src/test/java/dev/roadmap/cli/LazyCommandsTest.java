package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A run that names a command first builds only that command (start-up); the output, streams and
 * exit code must be those of the whole command tree, byte for byte.
 */
class LazyCommandsTest {
  static final String SAMPLE = CliTest.SAMPLE;
  static final String CLEAN = CliTest.CLEAN;
  static final Env ENV = new Env(Map.of(), new ByteArrayInputStream(new byte[0]), false);

  static Stream<List<String>> commandLines() {
    return Stream.of(
        List.of("validate", SAMPLE),
        List.of("validate", CLEAN),
        List.of("validate", "--format", "json", SAMPLE),
        List.of("validate", "--format", "sarif", SAMPLE),
        List.of("validate", "--help"),
        List.of("validate", "-h"),
        List.of("validate", "--version"),
        List.of("validate", "-V"),
        List.of("validate"),
        List.of("validate", "--frobnicate", CLEAN),
        List.of("validate", "--fail-on"),
        List.of("validate", "--fail-on=nope", CLEAN),
        List.of("validate", "--as-of", "2005-02-30", CLEAN),
        List.of("validate", "--fromat", "json", CLEAN),
        List.of("validate", "missing.yaml"),
        List.of("validate", "help"),
        List.of("validate", "@missing-argument-file"),
        // every option of validate once more
        List.of("validate", "--fail-on", "WARNING", "--color", "always", SAMPLE),
        List.of("validate", "--color=nope", CLEAN),
        List.of("validate", "--max-file-size", "100", SAMPLE),
        List.of("validate", "--max-file-size", "12x", SAMPLE),
        List.of("validate", "--max-depth", "2", "--max-aliases", "1", SAMPLE),
        List.of("validate", "--max-scalar-length=5", "--max-milestones", "3", SAMPLE),
        List.of("validate", "--max-dependencies", "0", SAMPLE),
        List.of("validate", "--disable", "RM4xx,RM207", "--enable", "RM403", SAMPLE),
        List.of("validate", "--disable", "RM999", SAMPLE),
        List.of("validate", "-j", "0", SAMPLE),
        List.of("validate", "--jobs=1", "--no-inline-config", "--report-unused-disables", SAMPLE),
        List.of("validate", "--format", "github", "--rules-uri", "https://x.test/rules", SAMPLE),
        List.of("validate", "--baseline", "missing.json", SAMPLE),
        List.of("validate", "--debug", "--as-of", "2008-01-01", SAMPLE),
        List.of("validate", "--jobs", "x", SAMPLE),
        List.of("timeline", SAMPLE),
        List.of("timeline", "--help"),
        List.of("status", "--help"),
        List.of("status", "--as-of", "2027-01-01", SAMPLE),
        List.of("explain", "--help"),
        List.of("explain", SAMPLE, "xfer-cas-control"),
        List.of("explain", SAMPLE, "xfer-cas-contrl"),
        List.of("export", "--help"),
        List.of("export", SAMPLE, "--format", "csv"),
        List.of("export", SAMPLE, "--format", "bogus"),
        List.of("export", SAMPLE),
        List.of("diff", "--help"),
        List.of("diff"),
        List.of("history", "--help"),
        List.of("history"),
        List.of("rules"),
        List.of("rules", "--help"),
        List.of("schema"),
        List.of("schema", "--help"),
        List.of("what-if", "--help"),
        List.of("what-if", SAMPLE),
        List.of("init", "--help"),
        List.of("help"),
        List.of("help", "validate"),
        List.of("--help"),
        List.of("--version"),
        List.of("-V"),
        List.of("--version", "validate"),
        List.of("-V", "--help"),
        List.of("-hV"),
        List.of(),
        List.of("valdate", SAMPLE),
        List.of("timline"),
        List.of("VALIDATE", SAMPLE),
        List.of("--", "validate", SAMPLE),
        List.of("generate-completion", "--help"));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void sameAsTheWholeTree(List<String> args) {
    String[] a = args.toArray(String[]::new);
    Env env = new Env(Map.of(), new ByteArrayInputStream(new byte[0]), false);
    assertThat(Run.with(env, a)).isEqualTo(Run.wholeTree(env, a));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void sameAsTheWholeTree_inColour(List<String> args) {
    String[] a = args.toArray(String[]::new);
    Env env = new Env(Map.of(), new ByteArrayInputStream(new byte[0]), true);
    assertThat(Run.with(env, a)).isEqualTo(Run.wholeTree(env, a));
  }

  @Test
  void aNamedCommandIsBuiltAlone() {
    CommandLine cl = Main.commandLine(new String[] {"validate", SAMPLE}, ENV);
    assertThat(cl.getSubcommands()).containsOnlyKeys("validate");
    assertThat(cl.getCommandName()).isEqualTo("roadmap");
  }

  @Test
  void theVersionAloneNeedsNoCommand() {
    for (String option : List.of("--version", "-V")) {
      CommandLine cl = Main.commandLine(new String[] {option}, ENV);
      assertThat(cl.getSubcommands()).isEmpty();
    }
  }

  @Test
  void helpAndUnknownCommandsGetTheWholeTree() {
    for (String first : List.of("help", "--help", "valdate", "generate-completion", "-V", "-")) {
      CommandLine cl = Main.commandLine(new String[] {first, "validate"}, ENV);
      assertThat(cl.getSubcommands()).hasSize(13);
    }
  }

  @Test
  void theLazyCommandsAreTheTreeLessCompletionAndHelp() {
    CommandLine whole = Main.tree(ENV);
    List<String> expected = new ArrayList<>(whole.getSubcommands().keySet());
    expected.removeAll(List.of("generate-completion", "help"));
    assertThat(Main.COMMANDS).containsExactlyElementsOf(expected);
    for (String name : Main.COMMANDS) {
      CommandLine alone = Main.commandLine(new String[] {name}, ENV).getSubcommands().get(name);
      assertThat(alone.getCommandSpec().userObject())
          .isExactlyInstanceOf(
              whole.getSubcommands().get(name).getCommandSpec().userObject().getClass());
    }
  }

  @Test
  void everyCommandsHelpListsTheExitCodes() {
    for (String name : Main.COMMANDS) {
      Run r = Run.of(name, "--help");
      assertThat(r.code()).as(name).isEqualTo(0);
      assertThat(r.out())
          .as(name)
          .startsWith("Usage: roadmap " + name + " ")
          .contains(
              "Exit codes:",
              "2   usage error (bad option or argument)",
              "4   internal error (a bug; --debug prints the stack trace)");
    }
  }
}
