package dev.roadmap.cli;

import dev.roadmap.plan.Schedule;
import dev.roadmap.render.CsvRenderer;
import dev.roadmap.render.DotRenderer;
import dev.roadmap.render.HtmlRenderer;
import dev.roadmap.render.IcalRenderer;
import dev.roadmap.render.MarkdownRenderer;
import dev.roadmap.render.MermaidRenderer;
import dev.roadmap.render.ScheduleJsonRenderer;
import dev.roadmap.render.Style;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadmap export}: the schedule in a file format, written atomically and reproducibly. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Export the scheduled roadmap.",
      "markdown: for GitHub, with a Mermaid gantt chart. mermaid: the chart alone.",
      "json, csv: the schedule as data. dot: a Graphviz graph (dot -Tsvg).",
      "ical: one all-day event per milestone. html: one self-contained page.",
      "The output is deterministic; -o writes it atomically, never over the input;",
      "--check only compares, so CI can prove a committed export is current."
    },
    sortOptions = false)
final class ExportCommand implements Callable<Integer> {
  enum Format {
    MARKDOWN(MarkdownRenderer::render),
    MERMAID(MermaidRenderer::render),
    JSON(ScheduleJsonRenderer::render),
    CSV(CsvRenderer::render),
    DOT(DotRenderer::render),
    ICAL(IcalRenderer::render),
    HTML(HtmlRenderer::render);

    private final Function<Schedule, String> renderer;

    Format(Function<Schedule, String> renderer) {
      this.renderer = renderer;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Env env;

  @Spec CommandSpec spec;

  @Mixin Common common;

  @Mixin LimitOptions limits;

  @Parameters(index = "0", paramLabel = "FILE", description = "The roadmap file, or '-'.")
  String file;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "One of: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to this file (atomically) instead of standard output.")
  Path output;

  @Option(
      names = "--check",
      description = "Write nothing; exit 1 if OUT differs from what would be written.")
  boolean check;

  /** For tools that create commands reflectively (the man page generator). */
  ExportCommand() {
    this(Env.system());
  }

  ExportCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (check && output == null) {
      throw new UserException(ExitCodes.USAGE, "--check needs -o OUT, the file to compare");
    }
    if (output != null && !file.equals("-") && AtomicFiles.same(Path.of(file), output)) {
      throw new UserException(
          ExitCodes.USAGE, "refusing to write the export over its input '" + file + "'");
    }
    Loaded loaded = Loaded.of(file, null, env, err, Style.of(common.color(env)), limits.limits());
    String text = format.renderer.apply(loaded.schedule());
    if (output == null) {
      out.print(text);
      return ExitCodes.OK;
    }
    if (check) {
      String current;
      try {
        current = Files.readString(output, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("roadmap: " + output + " is missing (" + Sources.reason(e) + "); " + fix());
        return ExitCodes.FINDINGS;
      }
      if (!current.equals(text)) {
        err.println("roadmap: " + output + " is out of date; " + fix());
        return ExitCodes.FINDINGS;
      }
      out.println(output + " is up to date");
      return ExitCodes.OK;
    }
    try {
      AtomicFiles.write(output, text);
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, "cannot write '" + output + "': " + Sources.reason(e));
    }
    loaded.noteWarnings(err, file);
    return ExitCodes.OK;
  }

  private String fix() {
    return "run 'roadmap export " + file + " --format " + format + " -o " + output + "'";
  }
}
