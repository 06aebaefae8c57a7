package org.dossier.ingest.internal.tei;

import org.dossier.tei.DossierTei;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.ingest.Importer;

/**
 * Imports a file in Dossier's own TEI ({@code tei-dossier}), as the edition store writes it: one
 * document, read with {@link DossierTei#read}, its provenance kept as stored.
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
    try (InputStream in = Files.newInputStream(file)) {
      sink.document(DossierTei.read(in, name));
    }
  }
}
