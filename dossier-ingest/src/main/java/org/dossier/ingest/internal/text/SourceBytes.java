package org.dossier.ingest.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.dossier.tei.SecureXml;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * Input hygiene for text-like sources: turns the bytes of a file into clean text or rejects them.
 *
 * <p>Reads UTF-16 when a byte-order mark or the pattern of zero bytes says so, else UTF-8.
 * Rejects empty and whitespace-only files, binary files (a NUL byte outside UTF-16, or more than
 * a tenth of the first 4,096 characters being control characters) and invalid UTF-8 or UTF-16
 * (naming the line and column of the first bad byte). Then strips a byte-order mark, turns CRLF and CR into LF, turns
 * no-break spaces (U+00A0, U+2007, U+202F) into plain spaces, since on scraped pages they
 * separate words or stand before French punctuation, and {@link #clean cleans} it: stray control
 * characters become spaces, runs of combining marks are bounded, and the text is normalised to
 * NFC once. Line numbers survive all of this; columns survive it except where NFC composes
 * characters or overlong runs of marks are cut.
 */
public final class SourceBytes {
  private static final int SNIFF = 4096;
  /** The longest run of combining marks kept. */
  private static final int MAX_MARKS = 30;

  private SourceBytes() {}

  /**
   * {@link #decode(byte[], String)} after checking the size against {@code maxBytes}, for callers
   * that hold the bytes in memory rather than a file {@code Importers} has already measured.
   *
   * @throws SourceException if the bytes are over {@code maxBytes}, or as {@link #decode(byte[], String)}
   */
  public static String decode(byte[] bytes, String fileName, long maxBytes) throws SourceException {
    if (bytes.length > maxBytes) {
      throw new SourceException("the file is " + bytes.length + " bytes, over the limit of " + maxBytes + " bytes",
          fileName);
    }
    return decode(bytes, fileName);
  }

  /**
   * Decodes and cleans {@code bytes}.
   *
   * @param file the file name, for error locations
   * @throws SourceException if the bytes are empty, binary or not UTF-8
   */
  public static String decode(byte[] bytes, String file) throws SourceException {
    if (bytes.length == 0) throw new SourceException("the file is empty", file);
    Charset utf16 = utf16(bytes);
    String text = utf16 != null ? strict(bytes, utf16, file) : utf8(bytes, file);
    return tidy(text, file);
  }

  private static String tidy(String decoded, String file) throws SourceException {
    String text = decoded;
    if (isMostlyControl(text)) {
      throw new SourceException("binary file: mostly control characters; expected a text page", file);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
    text = clean(text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' '));
    if (text.isBlank()) throw new SourceException("the file has no text, only white space", file);
    return text;
  }

  /**
   * UTF-16 if the bytes say so: a byte-order mark, or (as Tika's and ICU's detectors guess) text
   * whose every other byte is zero in the first {@value #SNIFF} bytes, as Latin-script UTF-16
   * without a mark is; else null.
   */
  private static @Nullable Charset utf16(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
    int pairs = Math.min(bytes.length, SNIFF) / 2;
    if (pairs < 2 || bytes.length % 2 != 0) return null;
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < pairs; i++) {
      boolean even = bytes[2 * i] == 0;
      boolean odd = bytes[2 * i + 1] == 0;
      if (even && !odd) evenZero++;
      if (odd && !even) oddZero++;
    }
    // Nine pairs in ten: the rest may be CJK or other characters with no zero byte.
    if (evenZero * 10 >= pairs * 9) return StandardCharsets.UTF_16BE;
    if (oddZero * 10 >= pairs * 9) return StandardCharsets.UTF_16LE;
    return null;
  }

  /** {@code bytes} decoded as {@code charset}, refusing malformed input with the place of the first bad byte. */
  private static String strict(byte[] bytes, Charset charset, String file) throws SourceException {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw new SourceException(String.format(Locale.ROOT, "not valid %s: the bytes at byte offset %d cannot be read "
          + "as text (save the file as UTF-8)", charset.name(), in.position()), file, line, column, null);
    }
    out.flip();
    return out.toString();
  }

  private static String utf8(byte[] bytes, String file) throws SourceException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw SecureXml.atByte(bytes, i, "binary file: NUL byte at byte offset " + i + "; expected a text page", file);
      }
    }
    return utf8Checked(bytes, file);
  }

  /**
   * Text as the model holds it: characters XML 1.0 cannot hold (controls other than tab, LF and
   * CR; unpaired surrogates, which character references can make; U+FFFE, U+FFFF) become spaces,
   * so lines and columns stay where they were; a run of more than {@value #MAX_MARKS} combining
   * marks is cut to that many (the stream-safe limit of UAX #15: longer runs are noise, and make
   * every {@code \b} of a regex scan back over the whole run); then NFC.
   */
  public static String clean(String text) {
    StringBuilder sb = null;
    int marks = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      int type = Character.getType(c);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
      marks = mark ? marks + 1 : 0;
      boolean illegal = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
          || Character.isSurrogate((char) c);
      if ((illegal || marks > MAX_MARKS) && sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
      if (sb != null) {
        if (illegal) sb.append(' ');
        else if (marks <= MAX_MARKS) sb.appendCodePoint(c);
      }
      i = next;
    }
    String out = sb == null ? text : sb.toString();
    return Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out : Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static String utf8Checked(byte[] bytes, String file) throws SourceException {
    // The JDK's String decoder is the fastest; it replaces bad input with U+FFFD, so only a text
    // that contains U+FFFD is decoded again strictly, to find the first bad byte.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) return fast;
    java.util.Optional<SourceException> bad = SecureXml.badUtf8(bytes, file);
    if (bad.isPresent()) throw bad.get();
    return fast;
  }

  private static boolean isMostlyControl(String text) {
    int n = Math.min(text.length(), SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c < 0xA0)) control++;
    }
    return n > 0 && control * 10 > n;
  }
}
