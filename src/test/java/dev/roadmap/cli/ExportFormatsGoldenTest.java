package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for {@code export --format dot}, {@code ical} and {@code html}, as {@link
 * GoldenTest} does for the other formats: {@code src/test/resources/golden/export-NAME.dot}, {@code
 * .ics} and {@code .html}. Each export runs twice and both runs must be identical. {@code
 * -Dgolden.update=true} rewrites the files. The {@code .ics} files hold CRLF line ends (RFC 5545):
 * Git must not convert them.
 */
class ExportFormatsGoldenTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("export-opcon-transition.dot", CliTest.SAMPLE, "dot"),
        Arguments.of("export-opcon-transition.ics", CliTest.SAMPLE, "ical"),
        Arguments.of("export-clean-transition.dot", CliTest.CLEAN, "dot"),
        Arguments.of("export-clean-transition.ics", CliTest.CLEAN, "ical"),
        Arguments.of("export-opcon-transition.html", CliTest.SAMPLE, "html"),
        Arguments.of("export-clean-transition.html", CliTest.CLEAN, "html"),
        Arguments.of("export-coarse-dates.dot", GoldenTest.COARSE, "dot"),
        Arguments.of("export-coarse-dates.ics", GoldenTest.COARSE, "ical"),
        Arguments.of("export-coarse-dates.html", GoldenTest.COARSE, "html"),
        Arguments.of("export-datacenter-migration.ics", ExampleRoadmapTest.EXAMPLE, "ical"),
        Arguments.of("export-datacenter-migration.html", ExampleRoadmapTest.EXAMPLE, "html"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exportMatchesGoldenFileAndIsDeterministic(String name, String file, String format) {
    Run first = Run.of("export", file, "--format", format);
    Run second = Run.of("export", file, "--format", format);
    assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
    assertThat(first.err()).isEmpty();
    assertThat(second.out()).isEqualTo(first.out());
    Path golden = TestFiles.resources().resolve("golden").resolve(name);
    TestFiles.assertGolden(golden, first.out());
  }
}
