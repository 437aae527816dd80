package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text as YAML 1.2 reads them: UTF-8 by default, UTF-16 or UTF-32 when a byte-order mark
 * says so (the mark is dropped). A file that is not text (a NUL byte in UTF-8) or not valid UTF-8
 * gets one RM113 diagnostic instead, with the offset and line of the first bad byte.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /**
   * The text of a file, or null with a diagnostic.
   *
   * @param text the decoded text, or null
   * @param diagnostic why there is no text, or null
   */
  public record Result(String text, Diagnostic diagnostic) {}

  public static Result decode(String file, byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (starts(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      charset = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (starts(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      charset = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (starts(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (starts(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    }
    if (charset == StandardCharsets.UTF_8) {
      // Eight bytes at a time while none is NUL (most files): a file of 140 MB is scanned in
      // tens of milliseconds rather than over a hundred, before its parse can start.
      ByteBuffer words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      long or = 0;
      int from = skip;
      for (; from <= bytes.length - 8; from += 8) {
        long w = words.getLong(from);
        if (((w - 0x0101010101010101L) & ~w & 0x8080808080808080L) != 0) {
          break; // a NUL among these eight: the loop below finds where
        }
        or |= w;
      }
      boolean ascii = (or & 0x8080808080808080L) == 0;
      for (int i = from; i < bytes.length; i++) {
        ascii &= bytes[i] >= 0;
        if (bytes[i] == 0) {
          return bad(
              file,
              bytes,
              i,
              "the file is binary, not YAML text (a NUL byte at offset " + i + ")",
              "give a roadmap file: YAML text in UTF-8");
        }
      }
      if (ascii) {
        // Valid UTF-8 whatever it holds: the String straight from the bytes, without the decoder's
        // buffer of two bytes a character (a file of 100 MB would need 200 MB more). ASCII reads
        // the same in ISO-8859-1, which copies the bytes without scanning them once more.
        return new Result(
            new String(bytes, skip, bytes.length - skip, StandardCharsets.ISO_8859_1), null);
      }
      // Other UTF-8 (a roadmap in Korean, a name with an accent): String's own decoder, several
      // times faster than a CharsetDecoder and without its buffer of chars (the sample roadmap
      // repeated to 5.9 MB: 60 ms before). It writes U+FFFD for a malformed sequence, so a text
      // that holds U+FFFD is decoded again below, strictly, to tell the file's own from the
      // decoder's and to find where a bad byte is.
      String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new Result(text, null);
      }
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return new Result(decoder.decode(in).toString(), null);
    } catch (CharacterCodingException e) {
      int at = in.position();
      if (charset != StandardCharsets.UTF_8) {
        // Count lines and columns in characters of the file's own encoding.
        String before = new String(bytes, skip, at - skip, charset);
        int line = 1 + (int) before.chars().filter(ch -> ch == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        return new Result(
            null,
            Diagnostic.of(
                Code.BAD_ENCODING,
                new Span(file, line, column, line, column + 1),
                "the file is not valid " + charset.name() + " text (at byte offset " + at + ")",
                "save the file as UTF-8"));
      }
      return bad(
          file,
          bytes,
          at,
          "the file is not valid "
              + charset.name()
              + " text (byte 0x"
              + String.format(
                  java.util.Locale.ROOT, "%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF)
              + " at offset "
              + at
              + ")",
          "save the file as UTF-8");
    }
  }

  private static Result bad(String file, byte[] bytes, int offset, String message, String hint) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Result(
        null,
        Diagnostic.of(
            Code.BAD_ENCODING, new Span(file, line, column, line, column + 1), message, hint));
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
