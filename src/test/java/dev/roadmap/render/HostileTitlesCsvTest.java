package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.roadmap.render.HostileTitles.Title;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-title corpus ({@link HostileTitles}) exported as CSV and read back by a CSV reader
 * (jackson-dataformat-csv): one record per milestone, each as wide as the header, and each title
 * cell is the title as written, a lone surrogate as U+FFFD, and with an apostrophe before a title
 * that a spreadsheet would run as a formula ({@code = + - @}, a tab or a carriage return first:
 * OWASP's guard; docs/reliability.md).
 */
class HostileTitlesCsvTest {
  @TempDir static Path dir;
  private static List<List<String>> rows;

  @BeforeAll
  static void read() throws Exception {
    String csv = HostileTitles.export("csv", dir);
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
      rows = it.readAll();
    }
  }

  static List<Title> titles() {
    return HostileTitles.titles();
  }

  /** A title as the CSV shows it. */
  static String shown(String written) {
    String s = HostileTitles.encodable(written);
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  @Test
  void everyMilestoneIsOneRecordAsWideAsTheHeader() {
    List<String> header = rows.get(0);
    assertThat(rows).hasSize(titles().size() + 1);
    for (List<String> row : rows) {
      assertThat(row).hasSameSizeAs(header);
    }
    assertThat(rows.stream().skip(1).map(r -> r.get(header.indexOf("id"))))
        .containsExactlyElementsOf(titles().stream().map(Title::id).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void eachTitleCellIsTheTitleAsWritten(Title t) {
    List<String> header = rows.get(0);
    List<String> row = rows.stream().filter(r -> r.get(0).equals(t.id())).findFirst().orElseThrow();
    assertThat(row.get(header.indexOf("title"))).isEqualTo(shown(t.written()));
  }
}
