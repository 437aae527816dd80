package dev.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the repository and golden-file comparison shared by the tests. */
public final class TestFiles {
  private TestFiles() {}

  /** The repository root (Maven runs tests there). */
  public static Path root() {
    return Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath().normalize();
  }

  public static Path resources() {
    return root().resolve("src/test/resources");
  }

  public static Path fixtures() {
    return resources().resolve("fixtures");
  }

  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's bytes as Latin-1: any file, whatever its encoding (for ASCII markers in it). */
  public static String readLatin1(Path p) {
    try {
      return Files.readString(p, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares {@code actual} with the golden file; with {@code -Dgolden.update=true} rewrites the
   * file instead (review the diff like code). A missing golden file fails and shows the output.
   */
  public static void assertGolden(Path golden, String actual) {
    if (Boolean.getBoolean("golden.update")) {
      try {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(golden)
        .withFailMessage(
            "golden file %s is missing; run with -Dgolden.update=true to create it. Output:%n%s",
            root().relativize(golden), actual)
        .exists();
    assertThat(actual)
        .as("output differs from %s (-Dgolden.update=true rewrites it)", root().relativize(golden))
        .isEqualTo(read(golden));
  }
}
