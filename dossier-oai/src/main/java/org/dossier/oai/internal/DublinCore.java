package org.dossier.oai.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.tei.SecureXml;
import org.jspecify.annotations.Nullable;

/**
 * A document as unqualified Dublin Core ({@code oai_dc}): what a library catalogue or an aggregator
 * shows without knowing TEI. The mapping is in {@code docs/api.md}.
 */
final class DublinCore {
  static final String PREFIX = "oai_dc";
  static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private DublinCore() {}

  /**
   * The {@code oai_dc:dc} element of {@code d}, which {@code edition} holds and which is read at
   * {@code url}; the edition's own page is {@code editionUrl}.
   */
  static byte[] write(Document d, Edition edition, String url, String editionUrl) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try {
      XMLStreamWriter w = SecureXml.writer(out);
      w.setPrefix("oai_dc", NAMESPACE);
      w.setPrefix("dc", DC);
      w.setPrefix("xsi", XSI);
      w.writeStartElement(NAMESPACE, "dc");
      w.writeNamespace("oai_dc", NAMESPACE);
      w.writeNamespace("dc", DC);
      w.writeNamespace("xsi", XSI);
      w.writeAttribute(XSI, "schemaLocation", NAMESPACE + " " + SCHEMA);
      element(w, "title", d.title().isBlank() ? d.id() : d.title());
      for (String editor : d.editors().isEmpty() ? edition.editors() : d.editors()) element(w, "contributor", editor);
      if (d.source() != null) element(w, "contributor", d.source().translator());
      element(w, "publisher", edition.publisher());
      if (d.date() != null) element(w, "date", d.date().toString());
      element(w, "type", "Text");
      element(w, "type", d.type());
      element(w, "identifier", url);
      element(w, "language", d.language());
      element(w, "coverage", d.place());
      if (d.source() != null) element(w, "source", d.source().text());
      element(w, "relation", editionUrl);
      element(w, "relation", edition.title());
      element(w, "rights", d.rights());
      if (d.rights() == null) element(w, "rights", edition.licence());
      w.writeEndElement();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the Dublin Core record of " + d.id() + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void element(XMLStreamWriter w, String name, @Nullable String value) throws XMLStreamException {
    if (value == null || value.isBlank()) return;
    w.writeStartElement(DC, name);
    w.writeCharacters(value);
    w.writeEndElement();
  }
}
