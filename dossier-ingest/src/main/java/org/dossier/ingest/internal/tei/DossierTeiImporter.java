package org.dossier.ingest.internal.tei;

import org.dossier.tei.DossierTei;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.dossier.model.Document;
import org.dossier.tei.json.JsonForm;
import org.dossier.tei.SecureXml;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.ingest.Importer;
import org.dossier.ingest.internal.Limits;
import org.dossier.ingest.internal.teitext.TeiXml;
import javax.xml.stream.XMLStreamReader;

/**
 * Imports a file in Dossier's own TEI ({@code tei-dossier}), as the edition store writes it: one
 * document, read with {@link DossierTei#read}, its provenance kept as stored. A file whose text is
 * not NFC (so not written by Dossier) is refused rather than imported into a model that promises NFC.
 */
public final class DossierTeiImporter implements Importer {
  /** The format name, as in {@code provenance.format}. */
  public static final String FORMAT = "tei-dossier";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, ImportOptions options, ImportSink sink) throws SourceException, IOException {
    String name = String.valueOf(file.getFileName());
    // DossierTei builds the document whole: a first pass, counting, refuses one far over a limit before that.
    TeiXml.read(file, r -> {
      XMLStreamReader counted = Limits.watch(r, sink);
      while (counted.hasNext()) counted.next();
    });
    Document document;
    try (InputStream in = Files.newInputStream(file)) {
      document = DossierTei.read(in, name);
    } catch (SourceException e) {
      // Woodstox places bytes that are not UTF-8 wrongly; the file itself says where they are.
      if (SecureXml.isBadUtf8(e)) throw SecureXml.badUtf8(Files.readAllBytes(file), name).orElse(e);
      throw e;
    }
    // The model's text is NFC, normalised once at import; Dossier TEI keeps text exactly, so a file
    // written elsewhere may hold another form. The JSON form holds every string of the document.
    if (!Normalizer.isNormalized(JsonForm.toJson(document), Normalizer.Form.NFC)) {
      throw new SourceException("text is not in Unicode normalisation form C (NFC); normalise the file and import it"
          + " again", name);
    }
    sink.document(document);
  }
}
