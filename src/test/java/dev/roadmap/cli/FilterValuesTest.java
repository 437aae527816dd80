package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The values of {@code --owner} and {@code --label} as given: one with a comma that the roadmap has
 * taken whole, an empty one refused, quoted for a shell where the tool suggests a command, and a
 * filtered CSV said to be a part.
 */
class FilterValuesTest {
  static final String COMMAS = "src/test/resources/details/commas.yaml";
  static final String OWNERS = DetailFiltersTest.FILE;

  @Test
  void anOwnerAndALabelWithACommaAreTakenWhole() {
    Run owner = Run.of("export", COMMAS, "--format", "csv", "--owner", "Plans, J5");
    assertThat(owner.code()).as(owner.err()).isEqualTo(ExitCodes.OK);
    assertThat(owner.out().split("\r\n")).hasSize(2);
    assertThat(owner.out()).contains("\r\nb,Plan written,");
    Run label = Run.of("export", COMMAS, "--format", "csv", "--label", "ground, air");
    assertThat(label.out()).isEqualTo(owner.out());
    // Repeated, and beside another value.
    Run both =
        Run.of("export", COMMAS, "--format", "csv", "--owner", "Plans, J5", "--owner", "usfk");
    assertThat(both.out().split("\r\n")).hasSize(3);
  }

  @Test
  void anyOtherValueIsSplitAtItsCommas_andTheOwnersThereAreListedQuoted() {
    Run r = Run.of("timeline", COMMAS, "--owner", "Plans, J6", "--label", "ground,spi");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: no milestone has owner 'Plans' (owners in this roadmap: 'Plans, J5',"
                + " 'usfk')\n"
                + "roadmap: no milestone has owner 'J6' (owners in this roadmap: 'Plans, J5',"
                + " 'usfk')\n"
                + "roadmap: no milestone has label 'ground' (labels in this roadmap:"
                + " 'ground, air', 'spi')\n");
    assertThat(r.out()).endsWith("\nNo milestone passes the filters given.\n");
  }

  @Test
  void anEmptyValueIsAUsageError_notNoFilter() {
    String[][] cases = {
      {"export", COMMAS, "--format", "csv", "--owner", ""},
      {"export", COMMAS, "--format", "csv", "--owner", ","},
      {"timeline", COMMAS, "--label", " , "},
      {"status", COMMAS, "--owner", "usfk", "--owner", ""},
    };
    String[] said = {
      "roadmap export: --owner: the value is empty; give an owner, or leave the option out\n",
      "roadmap export: --owner: the value is empty (','); give an owner, or leave the option out\n",
      "roadmap timeline: --label: the value is empty (' , '); give a label, or leave the option"
          + " out\n",
      "roadmap status: --owner: the value is empty; give an owner, or leave the option out\n",
    };
    for (int i = 0; i < cases.length; i++) {
      Run r = Run.of(cases[i]);
      assertThat(r.code()).as(String.join(" ", cases[i])).isEqualTo(ExitCodes.USAGE);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith(said[i]);
    }
  }

  @Test
  void theCommandCheckSuggestsQuotesEveryValueAndPathForAShell(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("my dir").resolve("o.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "old\n");
    Run r =
        Run.of(
            "export",
            COMMAS,
            "--format",
            "markdown",
            "--owner",
            "$(touch x)",
            "--owner",
            "it's",
            "--label",
            "ground, air",
            "-o",
            out.toString(),
            "--check");
    assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
    String quotedOut = "'" + out + "'";
    assertThat(r.err())
        .startsWith(
            "roadmap: no milestone has owner '$(touch x)' (owners in this roadmap: 'Plans, J5',"
                + " 'usfk')\n"
                + "roadmap: no milestone has owner 'it's' (owners in this roadmap: 'Plans, J5',"
                + " 'usfk')\n"
                + "roadmap: "
                + out
                + " is out of date; write it again with: roadmap export "
                + COMMAS
                + " --format markdown --owner '$(touch x)' --owner 'it'\\''s'"
                + " --label 'ground, air' -o "
                + quotedOut
                + "\n");
  }

  @Test
  void theCommandInitSuggestsQuotesThePath(@TempDir Path dir) {
    Path file = dir.resolve("a plan.yaml");
    Run r = Run.of("init", file.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).endsWith("\ncheck it with: roadmap validate '" + file + "'\n");
  }

  @Test
  void aFilteredCsvIsSaidToBeAPartOnStandardError(@TempDir Path dir) {
    Run r = Run.of("export", OWNERS, "--format", "csv", "--owner", "usfk,rok-army");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .isEqualTo(
            "roadmap: the CSV holds only the milestones with owner 'usfk' or 'rok-army' (2 of 4);"
                + " CSV has no place to say so\n");
    String o = dir.resolve("jsa.csv").toString();
    Run written = Run.of("export", OWNERS, "--format", "csv", "--label", "jsa", "-o", o);
    assertThat(written.code()).isEqualTo(ExitCodes.OK);
    assertThat(written.err())
        .isEqualTo(
            "roadmap: the CSV holds only the milestones with label 'jsa' (2 of 4); CSV has no"
                + " place to say so\n");
    Run one = Run.of("export", OWNERS, "--format", "csv", "--owner", "usfk");
    assertThat(one.err())
        .isEqualTo(
            "roadmap: the CSV holds only the milestone with owner 'usfk' (1 of 4); CSV has no"
                + " place to say so\n");
    // --check writes nothing, so it has nothing to say of a CSV; unfiltered, neither.
    Run check = Run.of("export", OWNERS, "--format", "csv", "--label", "jsa", "-o", o, "--check");
    assertThat(check.code()).isEqualTo(ExitCodes.OK);
    assertThat(check.err()).isEmpty();
    assertThat(Run.of("export", OWNERS, "--format", "csv").err()).isEmpty();
    // Other formats say it themselves.
    assertThat(Run.of("export", OWNERS, "--format", "json", "--label", "jsa").err()).isEmpty();
  }
}
