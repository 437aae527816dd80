package dev.roadmap.load;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Span;
import java.nio.ByteBuffer;
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

  /**
   * From this many bytes a UTF-8 file is decoded by String's decoder (see {@link #decode}): the
   * size from which the launchers compile sooner, and from which String's decoder was the faster of
   * the two (the sample roadmap repeated to 1.8 MB: 21 ms against 35; to 5.9 MB: 34 against 49).
   */
  static final int LARGE = 1 << 20;

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
    boolean utf8 = charset == StandardCharsets.UTF_8;
    if (utf8 && bytes.length - skip >= LARGE) {
      Result large = large(file, bytes, skip);
      if (large != null) {
        return large;
      }
    }
    // Below that, the strict decoder: in a JVM that has just started it is as fast for a small
    // file, and it finds a bad byte without a second pass. A NUL is found in the text by a vector
    // search; a file with one is binary, whatever else is wrong with its bytes.
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      String text = decoder.decode(in).toString();
      return utf8 && text.indexOf('\0') >= 0 ? binary(file, bytes, skip) : new Result(text, null);
    } catch (CharacterCodingException e) {
      int at = in.position();
      if (utf8) {
        Result nul = binary(file, bytes, skip);
        if (nul != null) {
          return nul;
        }
      } else {
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

  /**
   * A large UTF-8 file by String's own decoder, without the strict decoder's buffer of two bytes a
   * character (a file of 100 MB would need 200 MB more); for ASCII, a vector count and a copy. It
   * writes U+FFFD for a malformed sequence: null for a text that holds U+FFFD, which is decoded
   * again, strictly, to tell the file's own from the decoder's and to find where a bad byte is (the
   * text made here is garbage by then).
   */
  private static Result large(String file, byte[] bytes, int skip) {
    String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      return null;
    }
    return text.indexOf('\0') < 0 ? new Result(text, null) : binary(file, bytes, skip);
  }

  /** The finding for the first NUL byte from {@code from} on, or null when there is none. */
  private static Result binary(String file, byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return bad(
            file,
            bytes,
            i,
            "the file is binary, not YAML text (a NUL byte at offset " + i + ")",
            "give a roadmap file: YAML text in UTF-8");
      }
    }
    return null;
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
