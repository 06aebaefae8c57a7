package org.dossier.ingest.internal.frus;

import java.util.List;
import org.dossier.ingest.IngestContractTest;

/**
 * The importer contract for FRUS TEI volumes. Mutations also damage the small invented volume,
 * the modern excerpt and an Office of the Historian single-document file.
 */
class FrusImporterContractTest extends IngestContractTest {
  FrusImporterContractTest() {
    super(FrusImporter.FORMAT, "saltvol2.xml", "frus-volume.xml", Syntax.XML,
        List.of("could not agree", "Letter From Mayor", "winter rule"),
        List.of("frus/small-volume.xml", "shared/corpora/frus/frus1981-88v05-excerpt.xml",
            "shared/corpora/frus-history/documents/1957-03-21-kennan-to-leopold.xml"));
  }
}
