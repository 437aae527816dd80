package dev.roadmap.cli;

import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.render.DiagnosticJsonRenderer;
import dev.roadmap.render.DiagnosticTextRenderer;
import dev.roadmap.render.Style;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadmap validate}: every finding of every file, for people and for CI. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    name = "validate",
    description = {
      "Check roadmap files and report every problem.",
      "Each finding has file:line:col, a snippet, a hint and a stable code (RMnnn).",
      "Directories are searched for *.yaml and *.yml files; '-' reads standard input."
    },
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no findings at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error (bad option or argument)",
      "3:a file cannot be read",
      "4:internal error (a bug; --debug prints the stack trace)"
    })
final class ValidateCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  enum FailOn {
    ERROR,
    WARNING,
    NONE;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Env env;

  @Spec CommandSpec spec;

  @Mixin Common common;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or '-'.")
  List<String> paths;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description =
          "Exit 1 on findings of this severity or worse: ${COMPLETION-CANDIDATES}"
              + " (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Status date (YYYY-MM-DD) for the overdue check; default: the file's as-of.")
  LocalDate asOf;

  ValidateCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    var out = spec.commandLine().getOut();
    List<String> problems = new ArrayList<>();
    List<String> files = Sources.expand(paths, problems);
    List<FileReport> reports = new ArrayList<>();
    for (String f : files) {
      Sources.Source source;
      try {
        source = Sources.read(f, env.stdin());
      } catch (IOException e) {
        problems.add("cannot read '" + f + "': " + Sources.reason(e));
        continue;
      }
      reports.add(Analysis.of(source, asOf).report());
    }
    String rendered =
        switch (format) {
          case TEXT -> DiagnosticTextRenderer.render(reports, Style.of(common.color(env)));
          case JSON -> DiagnosticJsonRenderer.render(reports);
        };
    out.print(rendered);
    out.flush();
    for (String p : problems) {
      err.println("roadmap: " + p);
    }
    err.flush();
    if (!problems.isEmpty()) {
      return ExitCodes.IO;
    }
    return failing(reports) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private boolean failing(List<FileReport> reports) {
    if (failOn == FailOn.NONE) {
      return false;
    }
    Severity threshold = failOn == FailOn.WARNING ? Severity.WARNING : Severity.ERROR;
    return reports.stream()
        .flatMap(r -> r.diagnostics().stream())
        .anyMatch(d -> d.severity().atLeast(threshold));
  }
}
