package dev.roadmap.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.roadmap.cli.Analysis;
import dev.roadmap.cli.Sources;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.TextDecoder;
import dev.roadmap.plan.DateRange;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.render.CsvRenderer;
import dev.roadmap.render.DiagnosticJsonRenderer;
import dev.roadmap.render.DotRenderer;
import dev.roadmap.render.HtmlRenderer;
import dev.roadmap.render.IcalRenderer;
import dev.roadmap.render.MarkdownRenderer;
import dev.roadmap.render.MermaidRenderer;
import dev.roadmap.render.SarifRenderer;
import dev.roadmap.render.ScheduleJsonRenderer;
import dev.roadmap.render.XmlRenderers;
import java.io.IOException;
import java.io.StringReader;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.xml.sax.InputSource;

/**
 * Coverage-guided fuzzing of the output side: bytes are loaded and checked as in {@link
 * RoadmapFuzzTest}; every report format and, for a roadmap the views accept, every export format is
 * read back by a real reader, and must parse: JUnit and Checkstyle by an XML parser, SARIF, the
 * findings and the schedule by a JSON parser, CSV by a CSV reader (one record per milestone, each
 * as wide as the header), iCal by ical4j (one event per milestone). Every date an export writes is
 * a date of the years 0001-9999 ({@code YYYY-MM-DD}, or {@code YYYYMMDD} in iCal).
 *
 * <p>In a normal test run this replays the committed inputs under {@code
 * src/test/resources/dev/roadmap/fuzz/ExportFuzzTestInputs/exports/}; {@code
 * src/test/fuzz/campaign.sh SECONDS ExportFuzzTest} runs a campaign (docs/reliability.md).
 */
public class ExportFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
  private static final Pattern DAY = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern ICAL_DATE = Pattern.compile("(?m)^DT(START|END);VALUE=DATE:(.*)\r$");
  private static final Set<String> DATE_FIELDS =
      Set.of("start", "endExclusive", "finish", "asOf", "deadline", "notBefore", "end", "date");

  @FuzzTest(maxDuration = "20s")
  @DictionaryEntries({
    "roadmap: 1",
    "title: ",
    "start: 9999-01-01",
    "start: 0001-01-01",
    "date: 9999-12-30",
    "date: 9999",
    "end: 9999-12-31",
    "end: 0001-01-10",
    "duration: 30w",
    "lag: 2w",
    "phases:",
    "milestones:",
    "- id: ",
    "  title: ",
    "  phase: ",
    "requires: [",
    "deadline: ",
    "status: cancelled",
    "kind: transfer",
    "\\u202E",
    "\\u0001",
    "\\e[2J",
    "=cmd",
    "section x",
    "click a call",
    "]]>",
    "&amp;",
    "<!--"
  })
  void exports(byte[] input) throws Exception {
    run(input);
  }

  /** The entry point of a standalone campaign (src/test/fuzz/campaign.sh). */
  public static void fuzzerTestOneInput(byte[] input) throws Exception {
    run(input);
  }

  static void run(byte[] input) throws Exception {
    TextDecoder.Result decoded = TextDecoder.decode("fuzz.yaml", input);
    Sources.Source source =
        decoded.text() != null
            ? new Sources.Source("fuzz.yaml", decoded.text())
            : new Sources.Source("fuzz.yaml", "", decoded.diagnostic());
    Analysis a =
        Analysis.of(
            source,
            null,
            new Suppressions.Options(true, true, List.of(), List.of()),
            RoadmapFuzzTest.LIMITS);
    List<FileReport> reports = List.of(a.report());
    xml(XmlRenderers.junit(reports, Severity.WARNING));
    xml(XmlRenderers.checkstyle(reports));
    JSON.readTree(written(SarifRenderer.render(reports, "0", f -> f, null)));
    JSON.readTree(written(DiagnosticJsonRenderer.render(reports)));
    if (a.roadmap() == null || unsound(a.report())) {
      return;
    }
    Schedule s = Scheduler.schedule(a.roadmap()).orElse(null);
    if (s == null || !DateRange.fits(s)) {
      // The views refuse it (RM307); the check must have said so.
      if (s != null && a.report().diagnostics().stream().noneMatch(DATE_OUT_OF_RANGE)) {
        throw new IllegalStateException("a date out of range without RM307");
      }
      return;
    }
    int n = s.milestones().size();
    dates(JSON.readTree(written(ScheduleJsonRenderer.render(s))));
    csv(CsvRenderer.render(s), n);
    ical(IcalRenderer.render(s), n);
    MarkdownRenderer.render(s);
    MermaidRenderer.render(s);
    DotRenderer.render(s);
    HtmlRenderer.render(s);
  }

  private static final java.util.function.Predicate<Diagnostic> DATE_OUT_OF_RANGE =
      d -> d.code() == Code.DATE_OUT_OF_RANGE;

  /** What stops a view: an error of the file or its references, or RM307 (cli.Loaded.Gate). */
  private static boolean unsound(FileReport r) {
    for (Diagnostic d : r.diagnostics()) {
      if (d.severity() == Severity.ERROR
          && (d.code().family() == Code.Family.FILE
              || d.code().family() == Code.Family.REFERENCES
              || d.code() == Code.DATE_OUT_OF_RANGE)) {
        return true;
      }
    }
    return false;
  }

  /** The text as a file holds it: a lone surrogate as U+FFFD, as the writer does. */
  static String written(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  static void xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.newDocumentBuilder().parse(new InputSource(new StringReader(written(text))));
  }

  private static void dates(JsonNode node) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (DATE_FIELDS.contains(f.getKey()) && f.getValue().isTextual()) {
        day(f.getValue().asText());
      }
      dates(f.getValue());
    }
    if (node.isArray()) {
      node.forEach(ExportFuzzTest::dates);
    }
  }

  private static void day(String d) {
    if (!DAY.matcher(d).matches() || d.startsWith("0000")) {
      throw new IllegalStateException("a date out of 0001-9999 written: " + d);
    }
  }

  static void csv(String text, int milestones) throws IOException {
    try (MappingIterator<List<String>> it =
        CSV.readerForListOf(String.class).readValues(written(text))) {
      List<List<String>> rows = it.readAll();
      if (rows.size() != milestones + 1) {
        throw new IllegalStateException(rows.size() + " CSV records for " + milestones);
      }
      List<String> header = rows.get(0);
      for (List<String> row : rows) {
        if (row.size() != header.size()) {
          throw new IllegalStateException("a CSV record of " + row.size() + " fields: " + row);
        }
        for (String column : List.of("start", "finish", "end_exclusive")) {
          if (row != header) {
            day(row.get(header.indexOf(column)));
          }
        }
      }
    }
  }

  static void ical(String text, int milestones) throws Exception {
    Calendar c = new CalendarBuilder().build(new StringReader(written(text)));
    int events = c.getComponents(Component.VEVENT).size();
    if (events != milestones) {
      throw new IllegalStateException(events + " iCal events for " + milestones);
    }
    var m = ICAL_DATE.matcher(text);
    while (m.find()) {
      String d = m.group(2);
      if (!d.matches("\\d{8}") || d.startsWith("0000")) {
        throw new IllegalStateException("an iCal date out of 0001-9999: " + d);
      }
    }
  }
}
