package dev.roadmap.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roadmap.cli.Analysis;
import dev.roadmap.cli.Sources;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import dev.roadmap.load.TextDecoder;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.plan.Timelines;
import dev.roadmap.render.CsvRenderer;
import dev.roadmap.render.DiagnosticJsonRenderer;
import dev.roadmap.render.DiagnosticTextRenderer;
import dev.roadmap.render.GithubRenderer;
import dev.roadmap.render.MarkdownRenderer;
import dev.roadmap.render.SarifRenderer;
import dev.roadmap.render.ScheduleJsonRenderer;
import dev.roadmap.render.StatusRenderer;
import dev.roadmap.render.Style;
import dev.roadmap.render.TimelineTextRenderer;
import dev.roadmap.render.XmlRenderers;
import java.util.List;

/**
 * Coverage-guided fuzzing of the whole pipeline: bytes are decoded, loaded, checked (with
 * suppressions), scheduled when valid, and rendered in every format. Any exception is a bug: user
 * input must only ever produce diagnostics.
 *
 * <p>In a normal test run (no {@code JAZZER_FUZZ}) this replays the committed inputs under {@code
 * src/test/resources/dev/roadmap/fuzz/RoadmapFuzzTestInputs/pipeline/} (the seeds and every crasher
 * found so far) as a fixed regression pass. {@code JAZZER_FUZZ=1 mvn test -Dtest=RoadmapFuzzTest
 * -Djazzer.max_duration=30m} runs a campaign (docs/reliability.md).
 */
public class RoadmapFuzzTest {
  /** Small limits keep each input fast, so the fuzzer explores more of them. */
  static final Limits LIMITS = new Limits(1 << 20, 32, 20, 1 << 16, 2_000, 8_000);

  @FuzzTest(maxDuration = "20s")
  // libFuzzer dictionary entries: no line breaks, tabs or double quotes.
  @DictionaryEntries({
    "roadmap: 1",
    "title: ",
    "start: ",
    "as-of: ",
    "phases:",
    "milestones:",
    "missions:",
    "authorities:",
    "- id: ",
    "  title: ",
    "  phase: ",
    "kind: transfer",
    "kind: capability",
    "kind: evaluation",
    "mission: ",
    "from: ",
    "to: ",
    "date: 2004-11-01",
    "start: 2005-01-10",
    "end: 2005-08-05",
    "duration: 30w",
    "duration: 3d",
    "requires: [",
    "type: start-to-start",
    "type: finish-to-finish",
    "lag: -3d",
    "lag: 2w",
    "status: done",
    "status: superseded",
    "status: cancelled",
    "not-before: ",
    "deadline: ",
    "&a ",
    "*a",
    "<<: ",
    "---",
    "# roadmap: disable-line RM201",
    "# roadmap: disable-next-line RM206 -- x",
    "{",
    "}",
    "[",
    "]",
    "\'",
    ": "
  })
  void pipeline(byte[] input) {
    run(input);
  }

  /** The entry point of a standalone campaign (src/test/fuzz/campaign.sh). */
  public static void fuzzerTestOneInput(byte[] input) {
    run(input);
  }

  static void run(byte[] input) {
    TextDecoder.Result decoded = TextDecoder.decode("fuzz.yaml", input);
    Sources.Source source =
        decoded.text() != null
            ? new Sources.Source("fuzz.yaml", decoded.text())
            : new Sources.Source("fuzz.yaml", "", decoded.diagnostic());
    Analysis a =
        Analysis.of(
            source, null, new Suppressions.Options(true, true, List.of(), List.of()), LIMITS);
    List<FileReport> reports = List.of(a.report());
    DiagnosticTextRenderer.render(reports, Style.ANSI);
    DiagnosticJsonRenderer.render(reports);
    SarifRenderer.render(reports, "0", f -> f, null);
    GithubRenderer.render(reports, false);
    GithubRenderer.summary(reports);
    XmlRenderers.junit(reports, Severity.WARNING);
    XmlRenderers.checkstyle(reports);
    if (a.roadmap() == null || a.report().count(Severity.ERROR) > 0) {
      return;
    }
    Schedule s = Scheduler.schedule(a.roadmap()).orElse(null);
    if (s == null) {
      return;
    }
    MarkdownRenderer.render(s);
    ScheduleJsonRenderer.render(s);
    CsvRenderer.render(s);
    StatusRenderer.text(s, a.roadmap().start(), Style.PLAIN);
    var timeline = Timelines.of(s, m -> true);
    TimelineTextRenderer.render(timeline, a.roadmap().asOf(), Style.PLAIN);
    TimelineTextRenderer.gantt(timeline, a.roadmap().asOf(), 80, Style.PLAIN);
  }
}
