package org.dossier.ingest.tei;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.dossier.ingest.ImportException;
import org.dossier.model.Document;

/**
 * Dossier's own TEI P5: one {@code TEI} element per {@link Document}, valid against
 * {@code tei_all.rng}, that reads back into an equal model. This is the edition store's file
 * format.
 */
public final class DossierTei {
  private DossierTei() {}

  /** Writes {@code document} as a TEI P5 file to {@code out} (UTF-8; not closed). */
  public static void write(Document document, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("not yet written");
  }

  /**
   * Reads a file written by {@link #write}. The stream is read fully but not closed.
   *
   * @param name the file name, for error locations
   * @throws ImportException if the XML is not well-formed or is not Dossier TEI, with file:line:column
   */
  public static Document read(InputStream in, String name) throws ImportException, IOException {
    throw new UnsupportedOperationException("not yet written");
  }
}
