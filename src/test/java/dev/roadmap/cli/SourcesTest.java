package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Reading a file into one array of the size it reports, and what happens when it lies. */
class SourcesTest {
  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) ('a' + i % 26);
    }
    return b;
  }

  private static byte[] read(byte[] content, long size, long max) throws IOException {
    return Sources.readSized(new ByteArrayInputStream(content), size, max);
  }

  @Test
  void aFileOfTheSizeItReportsIsReadWhole() throws IOException {
    byte[] content = bytes(200_000);
    assertThat(read(content, content.length, 1 << 20)).isEqualTo(content);
    assertThat(read(content, content.length, content.length)).isEqualTo(content);
  }

  @Test
  void aFileThatGrewOrShrankIsReadAsItIs() throws IOException {
    byte[] content = bytes(200_000);
    assertThat(read(content, 150_000, 1 << 20)).isEqualTo(content);
    assertThat(read(content, 250_000, 1 << 20)).isEqualTo(content);
    assertThat(read(new byte[0], 10, 1 << 20)).isEmpty();
  }

  @Test
  void aFileThatGrewPastTheLimitIsRefused() throws IOException {
    byte[] content = bytes(200_000);
    assertThat(read(content, 150_000, 199_999)).isNull();
    assertThat(read(content, 150_000, 200_000)).isEqualTo(content);
  }

  @Test
  void aBigFileIsReadWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    // Over Sources.BIG: read into one array, its bytes let go once decoded.
    byte[] content = bytes(Sources.BIG + 4096);
    java.nio.file.Path file = dir.resolve("big.yaml");
    java.nio.file.Files.write(file, content);
    Sources.Source source = Sources.read(file.toString(), null, dev.roadmap.load.Limits.DEFAULT);
    assertThat(source.problem()).isNull();
    assertThat(source.text())
        .isEqualTo(new String(content, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void aStreamThatGivesLittleAtATimeIsReadWhole() throws IOException {
    // As a file system may: fewer bytes than asked for at each read.
    byte[] content = bytes(200_000);
    java.io.InputStream trickle =
        new java.io.FilterInputStream(new ByteArrayInputStream(content)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 999));
          }
        };
    assertThat(Sources.readSized(trickle, content.length, 1 << 20)).isEqualTo(content);
  }

  @Test
  void aSizeOfZeroIsReadAsAStream() throws IOException {
    byte[] content = bytes(100_000);
    assertThat(read(content, 0, 1 << 20)).isEqualTo(content);
    assertThat(read(content, 0, 99_999)).isNull();
  }
}
