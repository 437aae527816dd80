package dev.roadmap.cli;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.load.Include;
import dev.roadmap.load.Limits;
import dev.roadmap.load.LoadResult;
import dev.roadmap.load.RoadmapLoader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a roadmap includes ({@code include}, docs/format.md), found and loaded depth first:
 * each file's includes in the order written, a glob's files sorted by name. A file is read once,
 * however many includes name it; a glob never matches the file that writes it. A missing file, a
 * glob that matches none (RM114), what is not a regular file (RM115) and a file that includes
 * itself through others (RM116) are findings at the include that names them.
 */
final class IncludedFiles {
  /**
   * A file read because another includes it.
   *
   * @param source its name and text
   * @param load what the loader made of it, or null when it could not be read ({@code source
   *     .problem()})
   * @param includedBy the name of the file that includes it
   */
  record Part(Sources.Source source, LoadResult load, String includedBy) {}

  /**
   * The included files and the findings about the includes.
   *
   * @param parts the included files, in the order read (depth first)
   * @param findings the findings at include entries
   */
  record Result(List<Part> parts, List<Diagnostic> findings) {}

  private final IncludeReader reader;
  private final Limits limits;
  private final Progress progress;
  private final List<Part> parts = new ArrayList<>();
  private final List<Diagnostic> findings = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final Deque<String> stack = new ArrayDeque<>();

  private IncludedFiles(IncludeReader reader, Limits limits, Progress progress) {
    this.reader = reader;
    this.limits = limits;
    this.progress = progress;
  }

  /** The files that {@code top} (loaded as {@code loaded}) includes, and what they include. */
  static Result of(Sources.Source top, LoadResult loaded, Limits limits, Progress progress) {
    IncludedFiles f = new IncludedFiles(top.includes(), limits, progress);
    if (!loaded.includes().isEmpty()) {
      f.seen.add(top.name());
      f.visit(top.name(), loaded);
    }
    return new Result(List.copyOf(f.parts), List.copyOf(f.findings));
  }

  /**
   * RM112 at the top file's {@code include} when the files of {@code roadmap} hold more milestones
   * or prerequisite links together than the limits allow (each file is within them), else null.
   */
  static Diagnostic overLimits(dev.roadmap.model.Roadmap roadmap, Limits limits) {
    long links = 0;
    for (dev.roadmap.model.Milestone m : roadmap.milestones()) {
      links += m.requires().size();
    }
    String what;
    long limit;
    String option;
    if (roadmap.milestones().size() > limits.maxMilestones()) {
      what = roadmap.milestones().size() + " milestones";
      limit = limits.maxMilestones();
      option = "--max-milestones";
    } else if (links > limits.maxDependencies()) {
      what = links + " prerequisite links";
      limit = limits.maxDependencies();
      option = "--max-dependencies";
    } else {
      return null;
    }
    return Diagnostic.of(
        Code.LIMIT_EXCEEDED,
        roadmap.positions().of(dev.roadmap.model.RoadmapField.INCLUDE),
        "the roadmap and the files it includes have "
            + what
            + ", over the limit of "
            + limit
            + "; they are not checked",
        "raise the limit with " + option + " if the files are genuine");
  }

  private void visit(String file, LoadResult loaded) {
    stack.addLast(file);
    // Every include of the file is looked up first, so that the progress knows how many files
    // there are so far; then each is read, with what it includes, in order.
    List<String> next = new ArrayList<>();
    for (Include include : loaded.includes()) {
      for (String name : names(file, include)) {
        if (stack.contains(name)) {
          cycle(file, include, name);
        } else if (seen.add(name)) {
          next.add(name);
        }
      }
    }
    for (String name : next) {
      read(name, file);
    }
    stack.removeLast();
  }

  /** The files an include names, or none with a finding. */
  private List<String> names(String file, Include include) {
    String name = reader.resolve(file, include.pattern());
    if (include.isGlob()) {
      List<String> found;
      try {
        // A glob never matches the file that writes it ('*.yaml' beside the top file).
        found = reader.glob(name).stream().filter(n -> !n.equals(file)).toList();
      } catch (IOException | RuntimeException e) {
        findings.add(
            Diagnostic.of(
                Code.INCLUDE_NOT_FOUND,
                include.span(),
                "'" + include.pattern() + "' cannot be matched: " + Sources.reason(e),
                "name the files of one directory, such as 'missions/*.yaml'"));
        return List.of();
      }
      if (found.isEmpty()) {
        findings.add(
            Diagnostic.of(
                Code.INCLUDE_NOT_FOUND,
                include.span(),
                "'" + include.pattern() + "' matches no file (looked for '" + name + "')",
                "the path is relative to this file; remove the include if it is no longer"
                    + " needed"));
      }
      return found;
    }
    if (stack.contains(name)) {
      return List.of(name); // a cycle, found before the file is looked for (visit)
    }
    IncludeReader.Kind kind = reader.kind(name);
    switch (kind) {
      case FILE:
        return List.of(name);
      case MISSING:
        findings.add(
            Diagnostic.of(
                Code.INCLUDE_NOT_FOUND,
                include.span(),
                "'" + include.pattern() + "' names no file (looked for '" + name + "')",
                "the path is relative to this file"));
        return List.of();
      case DIRECTORY:
        findings.add(
            Diagnostic.of(
                Code.INCLUDE_NOT_A_FILE,
                include.span(),
                "'" + include.pattern() + "' is a directory, not a roadmap file",
                "include its files with a glob: '"
                    + (include.pattern().endsWith("/")
                        ? include.pattern()
                        : include.pattern() + "/")
                    + "*.yaml'"));
        return List.of();
      default:
        findings.add(notRegular(include, "is not a regular file"));
        return List.of();
    }
  }

  private static Diagnostic notRegular(Include include, String why) {
    return Diagnostic.of(
        Code.INCLUDE_NOT_A_FILE,
        include.span(),
        "'" + include.pattern() + "' " + why,
        "include a regular file of YAML text");
  }

  private void cycle(String file, Include include, String name) {
    List<String> chain = new ArrayList<>();
    boolean in = false;
    for (String s : stack) {
      in |= s.equals(name);
      if (in) {
        chain.add(s);
      }
    }
    chain.add(name);
    findings.add(
        Diagnostic.of(
            Code.INCLUDE_CYCLE,
            include.span(),
            "including '" + include.pattern() + "' makes a cycle: " + String.join(" -> ", chain),
            "remove one include of the cycle; every file is included once, by one other"));
  }

  private void read(String name, String includer) {
    progress.stage("reading", name);
    // The top file is the first; the total is the files found so far.
    progress.step(parts.size() + 2L, seen.size(), "files");
    Sources.Source source;
    try {
      source = reader.read(name, limits);
    } catch (IOException e) {
      // Between listing and reading it went away, or it may not be read.
      source =
          new Sources.Source(
              name,
              "",
              Diagnostic.of(
                  Code.INCLUDE_NOT_A_FILE,
                  dev.roadmap.model.Span.ofFile(name),
                  "cannot read '" + name + "': " + Sources.reason(e),
                  "make it readable, or remove the include"));
    }
    if (source.problem() != null) {
      parts.add(new Part(source, null, includer));
      return;
    }
    LoadResult loaded = RoadmapLoader.loadIncluded(name, source.text(), limits);
    parts.add(new Part(source, loaded, includer));
    visit(name, loaded);
  }
}
