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
}
