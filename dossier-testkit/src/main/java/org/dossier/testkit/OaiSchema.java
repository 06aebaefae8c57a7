package org.dossier.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.dossier.model.SuppressForbidden;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * OAI-PMH 2.0 responses validated with the JDK alone, as {@code ../shared/schemas/README.md} says:
 * {@code OAI-PMH.xsd} with {@code oai_dc.xsd} (and its local {@code dc.xsd}, {@code xml.xsd}), plus a
 * lax declaration of TEI's {@code teiHeader} for the {@code tei} format and one of the
 * {@code oai-identifier} description of Identify.
 */
public final class OaiSchema {
  private static final Schema SCHEMA = load();

  private OaiSchema() {}

  @SuppressForbidden(reason = "a test helper validating with the JDK's XML Schema; only local files are read")
  private static Schema load() {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      URL tei = Objects.requireNonNull(OaiSchema.class.getResource("tei-header-lax.xsd"), "tei-header-lax.xsd");
      URL identifier = Objects.requireNonNull(OaiSchema.class.getResource("oai-identifier.xsd"), "oai-identifier.xsd");
      Source[] sources = {
          new StreamSource(SharedData.path("schemas/OAI-PMH.xsd").toFile()),
          new StreamSource(SharedData.path("schemas/oai_dc.xsd").toFile()),
          new StreamSource(tei.toExternalForm()),
          new StreamSource(identifier.toExternalForm()),
      };
      return f.newSchema(sources);
    } catch (SAXException e) {
      throw new IllegalStateException("the OAI-PMH schemas did not load: " + e.getMessage(), e);
    }
  }

  /** The validation errors of the response {@code xml} ({@code line:column: message}); empty when valid. */
  public static List<String> errors(byte[] xml) {
    List<String> errors = new ArrayList<>();
    Validator v = SCHEMA.newValidator();
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setErrorHandler(new ErrorHandler() {
        @Override public void warning(SAXParseException e) {}
        @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage()); }
        @Override public void fatalError(SAXParseException e) { error(e); }
      });
      v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException e) {
      if (errors.isEmpty()) errors.add("not parsed: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }
}
