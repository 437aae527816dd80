package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The scan of UTF-8 bytes for NUL and for bytes over 0x7F, eight at a time, against the answer byte
 * by byte: at every offset of a word, in the tail after the last whole word, after a BOM.
 */
class TextDecoderTest {
  private static byte[] text(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i % 10 == 9 ? '\n' : 'a' + i % 26);
    }
    return b;
  }

  @Test
  void asciiOfEveryLengthIsTakenAsItIs() {
    for (int n = 0; n < 40; n++) {
      byte[] b = text(n);
      assertThat(TextDecoder.decode("f", b).text())
          .isEqualTo(new String(b, StandardCharsets.US_ASCII));
    }
  }

  @Test
  void theFirstNulIsFoundWhereverItIs() {
    for (int n = 1; n < 40; n++) {
      for (int at = 0; at < n; at++) {
        byte[] b = text(n);
        b[at] = 0;
        if (at + 3 < n) {
          b[at + 3] = 0; // a second one after it: the first is reported
        }
        TextDecoder.Result r = TextDecoder.decode("f", b);
        assertThat(r.text()).isNull();
        assertThat(r.diagnostic().message())
            .as("NUL at %d of %d", at, n)
            .isEqualTo("the file is binary, not YAML text (a NUL byte at offset " + at + ")");
      }
    }
  }

  @Test
  void aByteOverSevenBitsAnywhereGoesToTheDecoder() {
    byte[] e = "\u00e9".getBytes(StandardCharsets.UTF_8);
    for (int n = 2; n < 40; n++) {
      for (int at = 0; at + 1 < n; at++) {
        byte[] b = text(n);
        b[at] = e[0];
        b[at + 1] = e[1];
        assertThat(TextDecoder.decode("f", b).text())
            .as("é at %d of %d", at, n)
            .isEqualTo(new String(b, StandardCharsets.UTF_8));
        b[at + 1] = 'x'; // a lead byte without its continuation: not UTF-8
        assertThat(TextDecoder.decode("f", b).diagnostic().message())
            .startsWith("the file is not valid UTF-8 text (byte 0x");
      }
    }
  }

  @Test
  void aBomIsDroppedBeforeTheScan() {
    byte[] b = text(21);
    byte[] withBom = new byte[b.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(b, 0, withBom, 3, b.length);
    assertThat(TextDecoder.decode("f", withBom).text())
        .isEqualTo(new String(b, StandardCharsets.US_ASCII));
    withBom[12] = 0;
    assertThat(TextDecoder.decode("f", withBom).diagnostic().message())
        .isEqualTo("the file is binary, not YAML text (a NUL byte at offset 12)");
  }
}
