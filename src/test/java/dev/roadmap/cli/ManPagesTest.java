package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AsciiDoc sources of the man pages, as the build writes them ({@link ManPages}), against
 * golden files under {@code src/test/resources/golden/man} (the version number masked).
 */
class ManPagesTest {
  @Test
  void everyManPageMatchesItsGoldenFile(@TempDir Path dir) throws IOException {
    ManPages.write(dir.toFile());
    Path golden = TestFiles.resources().resolve("golden").resolve("man");
    List<Path> pages = TestFiles.list(dir, ".adoc");
    assertThat(pages).hasSize(14);
    for (Path page : pages) {
      String text = TestFiles.read(page).replace(Main.Version.number(), "VERSION");
      TestFiles.assertGolden(golden.resolve(page.getFileName().toString()), text);
    }
    if (!Boolean.getBoolean("golden.update")) {
      assertThat(TestFiles.list(golden, ".adoc").stream().map(p -> p.getFileName().toString()))
          .containsExactlyElementsOf(pages.stream().map(p -> p.getFileName().toString()).toList());
    }
  }
}
