package org.dossier.tei;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.model.SuppressForbidden;

/**
 * The only place that creates XML factories. Input files are hostile: no DTDs are loaded, no
 * external entities are resolved, and sizes and depths are bounded, so an entity bomb or a
 * billion-laughs document fails fast instead of exhausting memory.
 */
public final class SecureXml {
  /** Deepest element nesting accepted. */
  public static final int MAX_DEPTH = 500;
  /** Longest single text node accepted, in characters. */
  public static final int MAX_TEXT = 16 * 1024 * 1024;

  private static final XMLInputFactory INPUT = newInputFactory();
  private static final XMLOutputFactory OUTPUT = newOutputFactory();

  private SecureXml() {}

  @SuppressForbidden(reason = "the one sanctioned XML input factory")
  private static XMLInputFactory newInputFactory() {
    WstxInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_VALIDATING, false);
    // Eager parsing: a broken byte sequence must fail in next() as an XMLStreamException with a
    // location, not later inside getText() as an unchecked WstxLazyException.
    f.setProperty(org.codehaus.stax2.XMLInputFactory2.P_LAZY_PARSING, false);
    f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 10_000L);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 4);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 1_000);
    return f;
  }

  @SuppressForbidden(reason = "the one sanctioned XML output factory")
  private static XMLOutputFactory newOutputFactory() {
    return new WstxOutputFactory();
  }

  /**
   * A namespace-aware reader over {@code in} that loads no DTD and resolves no entity. The
   * stream is not closed by the reader; the caller owns it.
   *
   * @param systemId the file name, used in error locations
   */
  public static XMLStreamReader reader(InputStream in, String systemId) throws XMLStreamException {
    return INPUT.createXMLStreamReader(systemId, in);
  }

  /** A UTF-8 writer over {@code out}; the caller owns (and closes) the stream. */
  public static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
    return OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
  }

  /**
   * True when {@code e} is the parser's complaint about bytes that are not UTF-8. Woodstox names
   * a place for it that is not the byte's (line 1, or the start of the text node), so callers that
   * can read the file again ask {@link #badUtf8} for the real one.
   */
  public static boolean isBadUtf8(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Invalid UTF-8")) return true;
    }
    return false;
  }

  /**
   * The error for the first byte of {@code bytes} that is not UTF-8, at its 1-based line and
   * column (in code points, counting the valid text before it), or empty when all of it is UTF-8.
   */
  public static java.util.Optional<SourceException> badUtf8(byte[] bytes, String file) {
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.min(bytes.length, 1 << 16));
    while (true) {
      java.nio.charset.CoderResult result = decoder.decode(in, out, true);
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      if (!result.isError()) return java.util.Optional.empty();
      int bad = in.position();
      return java.util.Optional.of(atByte(bytes, bad, String.format(java.util.Locale.ROOT,
          "not valid UTF-8: byte 0x%02X cannot be read as text (save the file as UTF-8)", bytes[bad] & 0xFF), file));
    }
  }

  /**
   * The error {@code message} at byte {@code offset} of {@code bytes}: its 1-based line, and its
   * column in code points counting the UTF-8 text before it.
   */
  public static SourceException atByte(byte[] bytes, int offset, String message, String file) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < offset; i++) {
      if ((bytes[i] & 0xC0) != 0x80) column++; // lead bytes only: one per code point
    }
    return new SourceException(message, file, line, column, null);
  }
}
