package org.dossier.ingest;

import org.dossier.tei.SourceException;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one kind of source file. Implementations are stateless and thread-safe. */
public interface Importer {
  /** The name of the format, as in {@code provenance.format}: text, html, tei-frus, tei-parla, tei-dossier, tei. */
  String format();

  /**
   * Reads {@code file}, handing each document (and the edition metadata, if the file has any) to
   * {@code sink} as soon as it is complete.
   *
   * @throws SourceException if the file cannot be imported at all (nothing should be stored)
   * @throws IOException if the file cannot be read
   */
  void read(Path file, ImportOptions options, ImportSink sink) throws SourceException, IOException;
}
