package dev.roadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code roadmap schema}: the JSON Schema of the file format, for editors. */
final class SchemaCommand extends Subcommand {
  static final String RESOURCE = "/dev/roadmap/schema/roadmap.schema.json";

  SchemaCommand() {
    super(
        "schema",
        "Print the JSON Schema of the roadmap file format.",
        "It is also docs/roadmap.schema.json. Editors use it through the modeline",
        "'# yaml-language-server: $schema=PATH' at the top of a roadmap.");
    Specs.exitCodes(spec, Specs.SUCCESS, Specs.USAGE, Specs.INTERNAL);
    arguments(new Common());
  }

  @Override
  public Integer call() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the build lacks " + RESOURCE);
      }
      out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ExitCodes.OK;
  }
}
