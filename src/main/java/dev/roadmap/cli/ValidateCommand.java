package dev.roadmap.cli;

import dev.roadmap.check.Folds;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import dev.roadmap.model.Roadmap;
import dev.roadmap.render.DiagnosticJsonRenderer;
import dev.roadmap.render.DiagnosticTextRenderer;
import dev.roadmap.render.GithubRenderer;
import dev.roadmap.render.Plural;
import dev.roadmap.render.Printable;
import dev.roadmap.render.SarifRenderer;
import dev.roadmap.render.Style;
import dev.roadmap.render.XmlRenderers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code roadmap validate}: every finding of every file, for people and for CI. */
final class ValidateCommand extends Subcommand {
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
  private final Common common = new Common();
  private final LimitOptions limits = new LimitOptions();

  private final PositionalParamSpec pathsParam =
      Specs.parameter(null, "PATH", List.class, "Files, directories, or '-'.")
          .arity("1..*")
          .auxiliaryTypes(String.class)
          .build();

  private final OptionSpec formatsOption =
      Specs.list(
              "--format",
              "FORMAT",
              "Report format: auto, text, json, sarif, github, junit, checkstyle (default: auto:"
                  + " GitHub annotations when GITHUB_ACTIONS=true, else text).",
              "FORMAT=FILE writes that report to FILE; repeat --format for several reports.")
          .defaultValue("auto")
          .build();

  private final OptionSpec rulesUriOption =
      Specs.option(
              "--rules-uri",
              "URI",
              String.class,
              "Base URI of docs/rules.md, for the helpUri of each rule in SARIF.")
          .build();

  private final OptionSpec failOnOption =
      Specs.option(
              "--fail-on",
              "LEVEL",
              FailOn.class,
              "Exit 1 on findings of this severity or worse: ${COMPLETION-CANDIDATES}"
                  + " (default: ${DEFAULT-VALUE}).")
          .defaultValue("error")
          .build();

  private final OptionSpec asOfOption = Specs.asOf(AsOf.help("Status date for the overdue check"));

  private final OptionSpec jobsOption =
      Specs.option(
              new String[] {"-j", "--jobs"},
              "N",
              int.class,
              "Check this many files at once (default: the number of processors).")
          .initialValue(Runtime.getRuntime().availableProcessors())
          .build();

  private final OptionSpec disabledOption =
      codes("--disable", "Drop findings of these codes or families (RM207, RM4xx).");

  private final OptionSpec enabledOption =
      codes(
          "--enable",
          "Keep findings of these codes even when --disable names their family; turn on an"
              + " opt-in rule (RM503).");

  private final OptionSpec noInlineConfigOption =
      Specs.flag(
          "--no-inline-config",
          "noInlineConfig",
          "Ignore '# roadmap: disable-line' and 'disable-next-line' comments.");

  private final OptionSpec reportUnusedOption =
      Specs.flag(
          "--report-unused-disables",
          "reportUnused",
          "Report suppression comments that silence nothing (RM111).");

  private final OptionSpec baselineOption =
      Specs.option(
              "--baseline",
              "FILE",
              Path.class,
              "Fail only on findings this baseline does not hold; report stale entries.")
          .build();

  private final OptionSpec writeBaselineOption =
      Specs.option(
              "--write-baseline",
              "FILE",
              Path.class,
              "Record the current findings as the baseline in FILE, and exit 0.")
          .build();

  /** A list of codes, comma-separated or repeated. */
  private static OptionSpec codes(String name, String description) {
    return Specs.list(name, "CODE", description).splitRegex(",").build();
  }

  ValidateCommand(Env env) {
    super(
        "validate",
        "Check roadmap files and report every problem.",
        "Each finding has file:line:col, a snippet, a hint and a stable code (RMnnn).",
        "Directories are searched for *.yaml and *.yml files; '-' reads standard input.");
    this.env = env;
    spec.usageMessage().sortOptions(false);
    Specs.exitCodes(
        spec,
        "0:no finding at or above --fail-on (warnings allowed by default)",
        "1:one finding or more at or above --fail-on (default: error)",
        Specs.USAGE,
        "3:a file cannot be read or written (or a directory holds no roadmap)",
        Specs.INTERNAL);
    arguments(
        common,
        limits,
        pathsParam,
        formatsOption,
        rulesUriOption,
        failOnOption,
        asOfOption,
        jobsOption,
        disabledOption,
        enabledOption,
        noInlineConfigOption,
        reportUnusedOption,
        baselineOption,
        writeBaselineOption);
  }

  @Override
  public Integer call() {
    var err = err();
    var out = out();
    List<String> paths = pathsParam.getValue();
    int jobs = jobsOption.getValue();
    List<String> disabled = disabledOption.getValue();
    List<String> enabled = enabledOption.getValue();
    boolean noInlineConfig = noInlineConfigOption.getValue();
    boolean reportUnused = reportUnusedOption.getValue();
    Path writeBaseline = writeBaselineOption.getValue();
    Path baseline = baselineOption.getValue();
    List<String> formats = formatsOption.getValue();
    List<String> problems = new ArrayList<>();
    if (jobs < 1) {
      throw new UserException(ExitCodes.USAGE, "--jobs must be at least 1, not " + jobs);
    }
    checkCodes(disabled, "--disable");
    checkCodes(enabled, "--enable");
    // Usage errors come before any file is read.
    List<ReportFormat> reportsToWrite =
        formats.stream().map(ReportFormat::parse).map(f -> f.resolve(env)).toList();
    if (reportsToWrite.stream().filter(f -> f.file() == null).count() > 1) {
      throw new UserException(
          ExitCodes.USAGE,
          "only one --format can go to standard output; give the others a file: FORMAT=FILE");
    }
    List<String> files = Sources.expand(paths, problems);
    OutputTargets targets =
        new OutputTargets()
            .reading(files)
            .writing(writeBaseline, "--write-baseline", "baseline")
            .reading(baseline == null ? List.of() : List.of(baseline.toString()));
    for (ReportFormat f : reportsToWrite) {
      targets.writing(f.file(), "--format " + f.format() + "=", f.format() + " report");
    }
    Suppressions.Options options =
        new Suppressions.Options(!noInlineConfig, reportUnused, disabled, enabled);
    List<FileReport> reports = new ArrayList<>();
    // A baseline is written from and matched with the findings before the folds (Folds).
    List<FileReport> unfolded = new ArrayList<>();
    Map<String, Roadmap> roadmaps = new HashMap<>();
    // Files are checked in parallel; results are collected in file order, so the output is the
    // same whatever --jobs is.
    List<Checked> checked;
    try (Progress progress = common.progress(env, err)) {
      checked = check(files, options, jobs, progress);
    }
    int notRead = 0;
    java.util.Set<String> covered = coveredByIncludes(checked);
    for (Checked c : checked) {
      if (c.problem() != null) {
        problems.add(c.problem());
        notRead++;
        continue;
      }
      if (covered.contains(c.file())) {
        continue; // checked as a part of the file that includes it
      }
      reports.addAll(c.analysis().reports());
      for (FileReport r : c.analysis().unfolded()) {
        unfolded.add(r);
        roadmaps.put(r.file(), c.analysis().roadmap());
      }
    }
    // What could not be read is said first, so that the summary that counts it comes after.
    boolean unreadable = !problems.isEmpty();
    for (String p : problems) {
      err.println("roadmap: " + p);
    }
    err.flush();
    problems.clear();
    if (writeBaseline != null) {
      AtomicFiles.replace(writeBaseline, Baseline.of(unfolded, roadmaps).toJson(), err);
      long n = unfolded.stream().mapToLong(r -> r.diagnostics().size()).sum();
      err.println("roadmap: wrote " + writeBaseline + " with " + Plural.of(n, "finding"));
      return unreadable ? ExitCodes.IO : ExitCodes.OK;
    }
    if (baseline != null) {
      String text = RegularFiles.readWithin(baseline, limits.limits().maxFileBytes());
      List<String> stale = new ArrayList<>();
      reports =
          Baseline.parse(text, baseline.toString()).filter(unfolded, roadmaps, stale).stream()
              .map(r -> r.with(Folds.apply(r.diagnostics())))
              .toList();
      if (!stale.isEmpty()) {
        err.println(
            "roadmap: "
                + baseline
                + " has "
                + Plural.of(stale.size(), "stale entry", "stale entries")
                + " (fixed since); --write-baseline rewrites it:");
        stale.forEach(x -> err.println("  " + Printable.of(x)));
      }
    }
    boolean summary = false;
    String summaryFile = env.get("GITHUB_STEP_SUMMARY");
    if (reportsToWrite.stream().anyMatch(f -> f.format() == ReportFormat.Kind.GITHUB)
        && summaryFile != null
        && !summaryFile.isEmpty()) {
      try {
        Files.writeString(
            Path.of(summaryFile),
            GithubRenderer.summary(reports),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        summary = true;
      } catch (IOException e) {
        problems.add("cannot write the step summary '" + summaryFile + "': " + Sources.reason(e));
      }
    }
    for (ReportFormat f : reportsToWrite) {
      String rendered =
          render(f.format(), reports, f.file() == null && common.color(env), summary, notRead);
      if (f.file() == null) {
        out.print(rendered);
        continue;
      }
      try {
        AtomicFiles.warnReplaced(f.file(), AtomicFiles.write(f.file(), rendered), err);
      } catch (IOException e) {
        problems.add(Sources.cannot("write", f.file(), e));
      }
    }
    if (reportsToWrite.stream().allMatch(f -> f.file() != null)) {
      // Every report went to a file: say at least what was found.
      out.println(DiagnosticTextRenderer.summary(reports, Style.PLAIN, notRead));
    }
    out.flush();
    for (String p : problems) {
      err.println("roadmap: " + p);
    }
    err.flush();
    if (unreadable || !problems.isEmpty()) {
      return ExitCodes.IO;
    }
    return failing(reports) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private String render(
      ReportFormat.Kind format,
      List<FileReport> reports,
      boolean color,
      boolean summary,
      int notRead) {
    return switch (format) {
      case TEXT, AUTO -> DiagnosticTextRenderer.render(reports, Style.of(color), notRead);
      case JSON -> DiagnosticJsonRenderer.render(reports);
      case SARIF ->
          SarifRenderer.render(
              reports, Main.Version.number(), ValidateCommand::uri, rulesUriOption.getValue());
      case GITHUB -> GithubRenderer.render(reports, summary);
      case JUNIT -> XmlRenderers.junit(reports, threshold());
      case CHECKSTYLE -> XmlRenderers.checkstyle(reports);
    };
  }

  /**
   * The URI of a file for SARIF: relative to the working directory (the repository root in CI) with
   * forward slashes when it lies inside it, else a file URI.
   */
  static String uri(String file) {
    if (file.equals(Sources.STDIN)) {
      return "stdin";
    }
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path p = Path.of(file).toAbsolutePath().normalize();
    if (p.startsWith(cwd)) {
      StringBuilder b = new StringBuilder();
      for (Path part : cwd.relativize(p)) {
        if (b.length() > 0) {
          b.append('/');
        }
        b.append(
            java.net.URLEncoder.encode(part.toString(), StandardCharsets.UTF_8)
                .replace("+", "%20"));
      }
      return b.toString();
    }
    return p.toUri().toString();
  }

  private void checkCodes(List<String> patterns, String option) {
    for (String p : patterns) {
      boolean any =
          java.util.Arrays.stream(Code.values())
              .anyMatch(c -> Suppressions.Options.names(c, List.of(p)));
      if (!any) {
        String hint = Code.didYouMean(p);
        throw new UserException(
            ExitCodes.USAGE,
            option
                + " "
                + p
                + " names no code"
                + (hint == null ? "; '" + program() + " rules' lists them" : "; " + hint));
      }
    }
  }

  /**
   * The files of the set that another file of the set includes: each is checked once, as a part of
   * the roadmap that includes it, not again on its own. Two files that include each other (RM116)
   * are both kept.
   */
  private static java.util.Set<String> coveredByIncludes(List<Checked> checked) {
    Map<String, java.util.Set<String>> includes = new HashMap<>();
    for (Checked c : checked) {
      if (c.analysis() != null) {
        java.util.Set<String> names = new java.util.HashSet<>();
        c.analysis().included().forEach(r -> names.add(r.file()));
        includes.put(c.file(), names);
      }
    }
    java.util.Set<String> covered = new java.util.TreeSet<>();
    includes.forEach(
        (file, names) -> {
          for (String n : names) {
            if (!n.equals(file) && includes.containsKey(n) && !includes.get(n).contains(file)) {
              covered.add(n);
            }
          }
        });
    return covered;
  }

  /** One file's result: its analysis, or why it could not be read. */
  private record Checked(String file, Analysis analysis, String problem) {}

  /**
   * Reads and checks each file. One file shows its stages on {@code progress}; several show how
   * many files are done.
   */
  private List<Checked> check(
      List<String> files, Suppressions.Options options, int jobs, Progress progress) {
    Limits l = limits.limits();
    LocalDate asOf = asOfOption.getValue();
    Progress each = files.size() == 1 ? progress : Progress.off();
    java.util.concurrent.atomic.AtomicInteger done =
        new java.util.concurrent.atomic.AtomicInteger();
    if (files.size() > 1) {
      progress.stage("checking", "");
      progress.step(0, files.size(), "files");
    }
    java.util.function.Function<String, Checked> one =
        f -> {
          try {
            each.stage("reading", f);
            return new Checked(
                f,
                Analysis.of(Sources.read(f, env.stdin(), l), asOf, env::today, options, l, each),
                null);
          } catch (IOException e) {
            return new Checked(f, null, Sources.cannot("read", f, e));
          } finally {
            progress.step(done.incrementAndGet());
          }
        };
    int threads = Math.min(jobs, files.size());
    if (threads <= 1) {
      return files.stream().map(one).toList();
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<Checked>> futures = new ArrayList<>();
      for (String f : files) {
        futures.add(pool.submit(() -> one.apply(f)));
      }
      List<Checked> out = new ArrayList<>();
      for (var future : futures) {
        out.add(future.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The least severity that fails, or null for --fail-on none. */
  private Severity threshold() {
    FailOn failOn = failOnOption.getValue();
    return switch (failOn) {
      case NONE -> null;
      case WARNING -> Severity.WARNING;
      case ERROR -> Severity.ERROR;
    };
  }

  private boolean failing(List<FileReport> reports) {
    FailOn failOn = failOnOption.getValue();
    if (failOn == FailOn.NONE) {
      return false;
    }
    Severity threshold = failOn == FailOn.WARNING ? Severity.WARNING : Severity.ERROR;
    return reports.stream()
        .flatMap(r -> r.diagnostics().stream())
        .anyMatch(d -> d.severity().atLeast(threshold));
  }
}
