package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
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

  /** {@code b} after UTF-8's byte-order mark. */
  private static byte[] withBom(byte[] b) {
    byte[] out = new byte[b.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(b, 0, out, 3, b.length);
    return out;
  }

  @Test
  void aBomIsDroppedBeforeTheScan() {
    byte[] b = text(21);
    byte[] withBom = withBom(b);
    assertThat(TextDecoder.decode("f", withBom).text())
        .isEqualTo(new String(b, StandardCharsets.US_ASCII));
    withBom[12] = 0;
    assertThat(TextDecoder.decode("f", withBom).diagnostic().message())
        .isEqualTo("the file is binary, not YAML text (a NUL byte at offset 12)");
  }

  /** What the strict decoder alone makes of {@code b}: the text, or null when it is not UTF-8. */
  private static String strict(byte[] b) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Test
  void nonAsciiTextReadsAsTheStrictDecoderReadsIt() {
    // Sequences the fast path must tell apart: Korean, a 4-byte emoji, U+FFFD written in the file,
    // and what is not UTF-8 (a surrogate, an overlong form, a code point past U+10FFFF, a lone
    // continuation byte, a lead byte cut short).
    byte[][] pieces = {
      "a".getBytes(StandardCharsets.UTF_8),
      "\n".getBytes(StandardCharsets.UTF_8),
      "\uc804\uc2dc".getBytes(StandardCharsets.UTF_8),
      "\ud83d\ude80".getBytes(StandardCharsets.UTF_8),
      "\ufffd".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0x80},
      {(byte) 0xE2, (byte) 0x82},
    };
    Random random = new Random(7);
    for (int run = 0; run < 5_000; run++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        // Mostly valid pieces, so that most texts are UTF-8.
        int k = random.nextInt(10) < 8 ? random.nextInt(5) : random.nextInt(pieces.length);
        out.writeBytes(pieces[k]);
      }
      byte[] b = out.toByteArray();
      TextDecoder.Result r = TextDecoder.decode("f", b);
      String expected = strict(b);
      if (expected == null) {
        assertThat(r.text()).as("run %d", run).isNull();
        assertThat(r.diagnostic().message()).startsWith("the file is not valid UTF-8 text");
      } else {
        assertThat(r.text()).as("run %d", run).isEqualTo(expected);
      }
    }
  }

  @Test
  void aLargeFileReadsAsASmallOneDoes() {
    // From TextDecoder.LARGE bytes the other decoder runs: the same text, and the same findings.
    byte[] korean =
        "\uc804\uc2dc \uc791\uc804\ud1b5\uc81c\uad8c\n".getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[TextDecoder.LARGE + korean.length + 7];
    for (int i = 0; i < b.length; i++) {
      b[i] = korean[i % korean.length];
    }
    int end = b.length - b.length % korean.length; // whole sequences only
    assertThat(end)
        .as("past LARGE, whole sequences only")
        .isGreaterThanOrEqualTo(TextDecoder.LARGE);
    byte[] whole = java.util.Arrays.copyOf(b, end);
    assertThat(TextDecoder.decode("f", whole).text()).isEqualTo(strict(whole));
    byte[] ascii = text(TextDecoder.LARGE + 3);
    assertThat(TextDecoder.decode("f", ascii).text())
        .isEqualTo(new String(ascii, StandardCharsets.US_ASCII));
    byte[] bom = withBom(ascii);
    assertThat(TextDecoder.decode("f", bom).text())
        .isEqualTo(new String(ascii, StandardCharsets.US_ASCII));
    bom[TextDecoder.LARGE + 3] = 0;
    assertThat(TextDecoder.decode("f", bom).diagnostic().message())
        .isEqualTo(
            "the file is binary, not YAML text (a NUL byte at offset "
                + (TextDecoder.LARGE + 3)
                + ")");
    ascii[TextDecoder.LARGE] = 0;
    assertThat(TextDecoder.decode("f", ascii).diagnostic().message())
        .isEqualTo(
            "the file is binary, not YAML text (a NUL byte at offset " + TextDecoder.LARGE + ")");
    whole[end - 1] = (byte) 0x80; // a lone continuation byte where the last line break was
    assertThat(TextDecoder.decode("f", whole).diagnostic().message())
        .isEqualTo("the file is not valid UTF-8 text (byte 0x80 at offset " + (end - 1) + ")");
    whole = java.util.Arrays.copyOf(whole, end + 2); // U+FFFD written in the file: text
    whole[end - 1] = (byte) 0xEF;
    whole[end] = (byte) 0xBF;
    whole[end + 1] = (byte) 0xBD;
    assertThat(TextDecoder.decode("f", whole).text()).isEqualTo(strict(whole)).contains("\ufffd");
  }
}
