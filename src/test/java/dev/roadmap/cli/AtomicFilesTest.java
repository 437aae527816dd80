package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports are written atomically: a failure half-way leaves the old file as it was. */
class AtomicFilesTest {
  @Test
  void aFullDiskHalfWayLeavesTheOldFileIntactAndNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("TIMELINE.md");
    Files.writeString(target, "old content\n");
    AtomicFiles.ContentWriter fullDisk =
        (path, text) -> {
          Files.writeString(path, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
          throw new IOException("No space left on device");
        };
    assertThatThrownBy(() -> AtomicFiles.write(target, "new content, long enough\n", fullDisk))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
    assertThat(Files.readString(target)).isEqualTo("old content\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
    assertThat(Sources.reason(new IOException("No space left on device")))
        .isEqualTo("No space left on device");
  }

  @Test
  void aSuccessfulWriteReplacesTheFileWhole(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old\n");
    AtomicFiles.write(target, "new\n");
    assertThat(Files.readString(target)).isEqualTo("new\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
