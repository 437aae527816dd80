package dev.roadmap.bench;

import dev.roadmap.check.Checks;
import dev.roadmap.cli.Analysis;
import dev.roadmap.cli.Sources;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import dev.roadmap.model.Roadmap;
import dev.roadmap.plan.Schedule;
import dev.roadmap.plan.Scheduler;
import dev.roadmap.render.MarkdownRenderer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process stages of roadmap on a generated roadmap (bench/Generate.java, seed 1): load
 * (YAML text to model, with the loader's diagnostics), check (every check), schedule (forward and
 * backward pass), render the schedule to Markdown, and validate (what 'roadmap validate' does for
 * one file once it is read: load, check, suppressions). Each stage starts from the output of the
 * one before, made once per trial. See bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StagesBenchmark {
  @Param({"1000", "10000", "100000"})
  public int milestones;

  private String text;
  private Roadmap roadmap;
  private Schedule schedule;

  @Setup(Level.Trial)
  public void setUp() {
    text = Generate.roadmap(milestones, 1);
    LoadResult loaded = RoadmapLoader.load("generated.yaml", text);
    if (!loaded.diagnostics().isEmpty()) {
      throw new IllegalStateException("the generated roadmap has findings: " + loaded.diagnostics());
    }
    roadmap = loaded.roadmap();
    schedule = Scheduler.schedule(roadmap).orElseThrow();
  }

  @Benchmark
  public LoadResult load() {
    return RoadmapLoader.load("generated.yaml", text);
  }

  @Benchmark
  public List<Diagnostic> check() {
    return Checks.run(roadmap, null);
  }

  @Benchmark
  public Optional<Schedule> schedule() {
    return Scheduler.schedule(roadmap);
  }

  @Benchmark
  public String renderMarkdown() {
    return MarkdownRenderer.render(schedule);
  }

  @Benchmark
  public Analysis validate() {
    return Analysis.of(
        new Sources.Source("generated.yaml", text),
        null,
        Suppressions.Options.DEFAULT,
        Limits.DEFAULT);
  }
}
