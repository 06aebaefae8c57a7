package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.dossier.tei.SourceException;
import org.dossier.tei.DossierTei;
import org.dossier.model.Document;

/** {@link DocumentFormat#tei()}: Dossier TEI P5 through {@link DossierTei}. */
enum TeiFormat implements DocumentFormat {
  INSTANCE;

  @Override
  public String extension() {
    return "xml";
  }

  @Override
  public void write(Document document, OutputStream out) throws IOException {
    DossierTei.write(document, out);
  }

  @Override
  public Document read(InputStream in, String name) throws SourceException, IOException {
    return DossierTei.read(in, name);
  }
}
