package dev.roadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code roadmap schema}: the JSON Schema of the file format, for editors. */
final class SchemaCommand implements Callable<Integer> {
  static final String RESOURCE = "/dev/roadmap/schema/roadmap.schema.json";

  private final CommandSpec spec;

  SchemaCommand() {
    spec =
        Specs.command(
            this,
            "schema",
            "Print the JSON Schema of the roadmap file format.",
            "It is also docs/roadmap.schema.json. Editors use it through the modeline",
            "'# yaml-language-server: $schema=PATH' at the top of a roadmap.");
    new Common().addTo(spec);
    Specs.helpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the build lacks " + RESOURCE);
      }
      spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ExitCodes.OK;
  }
}
