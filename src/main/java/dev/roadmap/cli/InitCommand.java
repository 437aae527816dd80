package dev.roadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code roadmap init [FILE]}: a commented starter roadmap that validates cleanly. */
final class InitCommand extends Subcommand {
  static final String STARTER = "starter.yaml";
  static final String SCHEMA_NAME = "roadmap.schema.json";

  private final PositionalParamSpec fileParam =
      Specs.parameter(
              null, "FILE", Path.class, "Where to write the roadmap (default: ${DEFAULT-VALUE}).")
          .arity("0..1")
          .required(false)
          .defaultValue("roadmap.yaml")
          .build();

  InitCommand() {
    super(
        "init",
        "Write a commented starter roadmap that validates cleanly.",
        "Also writes roadmap.schema.json beside it, unless present, for editors.",
        "Never overwrites an existing file.");
    Specs.exitCodes(spec, Specs.SUCCESS, Specs.USAGE, Specs.IO, Specs.INTERNAL);
    arguments(new Common(), fileParam);
  }

  @Override
  public Integer call() {
    Path file = fileParam.getValue();
    if (file.toString().equals("-")) {
      throw new UserException(ExitCodes.USAGE, "init writes a file; give its name, not '-'");
    }
    if (Files.exists(file)) {
      throw new UserException(
          ExitCodes.USAGE, "'" + file + "' exists; init never overwrites a file");
    }
    Path dir = file.toAbsolutePath().getParent();
    Path schema = dir.resolve(SCHEMA_NAME);
    boolean wroteSchema = false;
    try {
      // CREATE_NEW: a file that appears meanwhile is never overwritten.
      Files.writeString(
          file,
          resource(STARTER),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE_NEW);
      if (!Files.exists(schema)) {
        AtomicFiles.write(schema, resource(SchemaCommand.RESOURCE));
        wroteSchema = true;
      }
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new UserException(
          ExitCodes.USAGE, "'" + file + "' exists; init never overwrites a file");
    } catch (IOException e) {
      throw new UserException(ExitCodes.IO, Sources.cannot("write", file, e));
    }
    out().println("wrote " + file);
    if (wroteSchema) {
      Path shown =
          file.getParent() == null ? Path.of(SCHEMA_NAME) : file.resolveSibling(SCHEMA_NAME);
      out().println("wrote " + shown + " (the JSON Schema the starter names, for editors)");
    }
    out().println("check it with: " + ShellWords.join(program(), "validate", file.toString()));
    return ExitCodes.OK;
  }

  static String resource(String name) {
    try (InputStream in = InitCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the build lacks " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
