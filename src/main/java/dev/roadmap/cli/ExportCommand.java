package dev.roadmap.cli;

import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.Schedule;
import dev.roadmap.render.CsvRenderer;
import dev.roadmap.render.DotRenderer;
import dev.roadmap.render.HtmlRenderer;
import dev.roadmap.render.IcalRenderer;
import dev.roadmap.render.MarkdownRenderer;
import dev.roadmap.render.MermaidRenderer;
import dev.roadmap.render.Plural;
import dev.roadmap.render.Printable;
import dev.roadmap.render.ScheduleJsonRenderer;
import dev.roadmap.render.Style;
import dev.roadmap.render.ViewFindings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;

/** {@code roadmap export}: the schedule in a file format, written atomically and reproducibly. */
final class ExportCommand extends Subcommand {
  enum Format {
    MARKDOWN(MarkdownRenderer::render, true),
    MERMAID(MermaidRenderer::render, true),
    JSON((s, f, only) -> ScheduleJsonRenderer.render(s, f.all(), only), false),
    CSV((s, f, only) -> CsvRenderer.render(s, only), false),
    DOT((s, f, only) -> DotRenderer.render(s, only), false),
    ICAL((s, f, only) -> IcalRenderer.render(s, only), false),
    HTML((s, f, only) -> HtmlRenderer.render(s, f, null, only), true);

    /** The schedule, the roadmap's findings and the milestones shown to the text. */
    private final Renderer renderer;

    /** Whether the format marks the milestones that have findings. */
    private final boolean marks;

    Format(Renderer renderer, boolean marks) {
      this.renderer = renderer;
      this.marks = marks;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A format's renderer: the whole schedule, its findings, and the milestones to show. */
  @FunctionalInterface
  private interface Renderer {
    String render(Schedule s, ViewFindings findings, DetailFilter filter);
  }

  private final Env env;
  private final Common common = new Common();
  private final InputFile input = new InputFile();

  private final OptionSpec formatOption =
      Specs.option("--format", "FORMAT", Format.class, "One of: ${COMPLETION-CANDIDATES}.")
          .required(true)
          .build();

  private final OptionSpec asOfOption = Specs.asOf(AsOf.help("The status date the export shows"));

  private final WindowOptions window =
      new WindowOptions(
          "html: the chart starts at this day (YYYY-MM-DD), rounded out to its year, month or"
              + " week; a bar that starts before it ends there in an arrowhead.",
          "html: the chart ends at this day (inclusive), rounded out likewise; a bar that ends"
              + " after it ends there in an arrowhead. The tables list every milestone.");

  private final DetailFilters details =
      new DetailFilters(
          "Export only the milestones of this owner (an authority id or the owner's text);"
              + " repeat or separate with commas for several. Dates are still those of the whole"
              + " roadmap; a chart's arrows join only milestones shown.",
          "Export only the milestones with this label; repeat or separate with commas for any of"
              + " several. With --owner: what has both. JSON says so in a field \"filter\".");

  private final OutputFile outputFile =
      new OutputFile("Write to this file (atomically) instead of standard output.");

  private final OptionSpec checkOption =
      Specs.flag(
          "--check",
          "check",
          "Write nothing; exit 1 if OUT differs from what would be written, and show the"
              + " first lines of the diff.");

  ExportCommand(Env env) {
    super(
        "export",
        "Export the scheduled roadmap.",
        "markdown: for GitHub, with a Mermaid gantt chart. mermaid: the chart alone.",
        "json, csv: the schedule as data. dot: a Graphviz graph (dot -Tsvg).",
        "ical: one all-day event per milestone. html: one self-contained page.",
        "The output is deterministic; -o writes it atomically, never over the input;",
        "--check only compares, so CI can prove a committed export is current.");
    this.env = env;
    spec.usageMessage().sortOptions(false);
    Specs.exitCodes(
        spec,
        Specs.OK,
        "1:the roadmap has errors, or --check found the export out of date",
        Specs.USAGE,
        "3:a file cannot be read or written (the roadmap or -o)",
        Specs.INTERNAL);
    arguments(
        common,
        input,
        formatOption,
        asOfOption,
        window.from,
        window.to,
        details.ownerOption,
        details.labelOption,
        outputFile,
        checkOption);
  }

  @Override
  public Integer call() {
    var out = out();
    var err = err();
    String file = input.file();
    Format format = formatOption.getValue();
    Path output = outputFile.path();
    boolean check = checkOption.getValue();
    if (check && output == null) {
      throw new UserException(ExitCodes.USAGE, "--check needs -o OUT, the file to compare");
    }
    if (window.given() && format != Format.HTML) {
      throw new UserException(
          ExitCodes.USAGE, "--from and --to limit the chart of --format html, not " + format);
    }
    window.validate();
    outputFile.refuseToOverwrite(file, "export");
    Loaded loaded =
        input.load(asOfOption.getValue(), env, err, Style.of(common.color(env)), common);
    outputFile.refuseToOverwrite(loaded, "export");
    Schedule schedule = loaded.scheduleAsOf();
    ViewFindings findings = new ViewFindings(loaded.findings(), loaded.findingsById());
    DetailFilter filter = details.filter(loaded.roadmap());
    details.warnUnmatched(loaded.roadmap(), err);
    String text =
        window.given()
            ? HtmlRenderer.render(
                schedule,
                findings,
                window.window(schedule.milestones().values().stream().map(e -> e.dates()).toList()),
                filter)
            : format.renderer.render(schedule, findings, filter);
    if (format == Format.CSV && !check && !filter.isNone()) {
      err.println(Printable.of("roadmap: " + CsvRenderer.partNote(schedule, filter)));
    }
    if (output == null) {
      // On a terminal, an escape sequence from a title would be run, not shown.
      out.print(env.terminal() ? Printable.lines(text) : text);
      return loaded.summarize(program(), err, file, format.marks);
    }
    if (check) {
      // The file as written holds no lone surrogate ({@link AtomicFiles#wellFormed}): compare it
      // with what would be written.
      text = AtomicFiles.wellFormed(text);
      String current;
      try {
        // One byte more than the export is enough to tell that the file is not it.
        current = RegularFiles.read(output, text.getBytes(StandardCharsets.UTF_8).length + 1L);
      } catch (IOException e) {
        err.println(
            Printable.of(
                "roadmap: "
                    + output
                    + " is missing ("
                    + Sources.reason(e)
                    + "); "
                    + fix(file, format, output, filter)));
        return ExitCodes.FINDINGS;
      }
      if (current == null || !current.equals(text)) {
        err.println(
            Printable.of(
                "roadmap: " + output + " is out of date; " + fix(file, format, output, filter)));
        err.print(
            current == null
                // Read no further than one byte past the export: the diff would be of a part.
                ? "  "
                    + output
                    + " is longer than the fresh export ("
                    + Plural.of(text.getBytes(StandardCharsets.UTF_8).length, "byte")
                    + ")\n"
                : StaleDiff.of(output.toString(), current, text));
        return ExitCodes.FINDINGS;
      }
      out.println(output + " is up to date");
      // A current export of a roadmap with errors still fails, as docs/ci.md says.
      return loaded.summarize(program(), err, file, format.marks);
    }
    outputFile.write(text, err);
    return loaded.summarize(program(), err, file, format.marks);
  }

  /** " --as-of 2026-01-01" for an option given, else "". */
  private static String dated(String name, OptionSpec o) {
    Object v = o.getValue();
    return v == null ? "" : " " + name + " " + v;
  }

  /**
   * The command that writes the export again, with the options that shape it, each word quoted for
   * a shell ({@link ShellWords}).
   */
  private String fix(String file, Format format, Path output, DetailFilter filter) {
    return "write it again with: "
        + ShellWords.join(program(), "export", file, "--format", format.toString())
        + dated("--as-of", asOfOption)
        + dated("--from", window.from)
        + dated("--to", window.to)
        + DetailFilters.arguments(filter)
        + " -o "
        + ShellWords.quote(output.toString());
  }
}
