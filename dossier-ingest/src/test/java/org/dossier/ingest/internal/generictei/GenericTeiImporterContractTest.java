package org.dossier.ingest.internal.generictei;

import java.util.List;
import org.dossier.ingest.IngestContractTest;

/**
 * The importer contract for generic TEI. Mutations also damage the corpus and group fixtures and
 * an Office of the Historian file of four letters.
 */
class GenericTeiImporterContractTest extends IngestContractTest {
  GenericTeiImporterContractTest() {
    super(GenericTeiImporter.FORMAT, "harbor-papers.xml", "generic-tei.xml", Syntax.XML,
        List.of("eastern quay", "reverse itself", "Department approves"),
        List.of("generictei/corpus.xml", "generictei/group.xml",
            "shared/corpora/frus-history/documents/1957-03-21-kennan-to-leopold.xml"));
  }
}
