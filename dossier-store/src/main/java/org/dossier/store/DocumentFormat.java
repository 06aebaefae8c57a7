package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.dossier.tei.SourceException;
import org.dossier.tei.DossierTei;
import org.dossier.model.Document;

/**
 * How the store writes one document to a file and reads it back. The store's format is Dossier
 * TEI P5 ({@link #tei()}); the interface exists so the store's atomicity and bookkeeping do not
 * depend on the serialiser, and so tests can swap in a simpler one.
 *
 * <p>A format must round-trip: {@code read(write(d))} equals {@code d}. It must be
 * deterministic (the same document always gives the same bytes), because the store's content
 * hashes are hashes of these bytes.
 */
public interface DocumentFormat {
  /** The file name extension without the dot, e.g. {@code xml}. */
  String extension();

  /** Writes {@code document} to {@code out}; the stream is not closed. */
  void write(Document document, OutputStream out) throws IOException;

  /**
   * Reads a document written by {@link #write}. The stream is read but not closed.
   *
   * @param name the file name, for error locations
   * @throws SourceException if the bytes are not a document of this format, with file:line:column
   */
  Document read(InputStream in, String name) throws SourceException, IOException;

  /** Dossier TEI P5, the store's format ({@link DossierTei}), in {@code .xml} files. */
  static DocumentFormat tei() {
    return TeiFormat.INSTANCE;
  }
}
