package org.dossier.ingest.internal.tei;

import java.util.List;
import org.dossier.ingest.IngestContractTest;

/** The importer contract for Dossier's own TEI, as the edition store writes it. */
class DossierTeiImporterContractTest extends IngestContractTest {
  DossierTeiImporterContractTest() {
    super(DossierTeiImporter.FORMAT, "salt-road-16.xml", "dossier-tei.xml", Syntax.XML,
        List.of("has the keys", "Record of the Thaw", "ends here"), List.of());
  }

  /** Documents keep the provenance the stored file records. */
  @Override
  protected String provenanceFormat() {
    return null;
  }

  /** The file records each block's number; the model allows any unique numbers. */
  @Override
  protected boolean keepsTheSourcesBlockNumbers() {
    return true;
  }

  /** Byte damage rarely leaves a file the strict reader accepts. */
  @Override
  protected double minImportedShare() {
    return 0.02;
  }
}
