package org.dossier.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.dossier.tei.SourceException;
import org.dossier.model.Document;

/**
 * A stand-in document format for tests: the records as Jackson JSON. It lets the store be tested
 * apart from the TEI writer, and shows that the store does not depend on the format.
 */
final class JsonTestFormat implements DocumentFormat {
  static final JsonTestFormat INSTANCE = new JsonTestFormat();
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(Document document, OutputStream out) throws IOException {
    MAPPER.writeValue(out, document);
  }

  @Override
  public Document read(InputStream in, String name) throws SourceException, IOException {
    try {
      return MAPPER.readValue(in, Document.class);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new SourceException("not a JSON document: " + e.getOriginalMessage(), name,
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e);
    }
  }
}
