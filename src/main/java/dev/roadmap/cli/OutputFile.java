package dev.roadmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -o, --output OUT}: the file a command writes its result to, atomically, instead of
 * standard output; the mixin "output".
 */
final class OutputFile implements Mixin {
  private final OptionSpec output;

  /** The option, with the help text of the command that takes it. */
  OutputFile(String description) {
    output = Specs.option(new String[] {"-o", "--output"}, "OUT", Path.class, description).build();
  }

  @Override
  public void addTo(CommandSpec command) {
    command.addMixin("output", Specs.mixin(this, output));
  }

  /** OUT, or null for standard output. */
  Path path() {
    return output.getValue();
  }

  /**
   * Refuses (exit 2) an OUT that names no file or a directory, or that is {@code input}, the file
   * the command reads ({@link OutputTargets}).
   *
   * @param what what the command writes, for the message ("export", "report")
   */
  void refuseToOverwrite(String input, String what) {
    new OutputTargets().reading(List.of(input)).writing(path(), "-o", what);
  }

  /**
   * As {@link #refuseToOverwrite(String, String)}, for every file of a loaded roadmap: OUT may not
   * be a file the roadmap includes either.
   */
  void refuseToOverwrite(Loaded loaded, String what) {
    if (path() != null && !loaded.analysis().included().isEmpty()) {
      List<String> files =
          loaded.analysis().reports().stream().map(dev.roadmap.diag.FileReport::file).toList();
      new OutputTargets().reading(files).writing(path(), "-o", what);
    }
  }

  /** Replaces OUT with {@code text} atomically; exit 3 when it cannot. */
  void write(String text, PrintWriter err) {
    AtomicFiles.replace(path(), text, err);
  }
}
