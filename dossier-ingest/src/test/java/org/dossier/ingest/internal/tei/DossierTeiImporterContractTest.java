package org.dossier.ingest.internal.tei;

import java.util.List;
import org.dossier.ingest.IngestContractTest;

/** The importer contract for Dossier's own TEI, as the edition store writes it. */
class DossierTeiImporterContractTest extends IngestContractTest {
  @Override protected String format() { return DossierTeiImporter.FORMAT; }
  @Override protected String fileName() { return "salt-road-16.xml"; }
  @Override protected byte[] smallValidSample() { return resource("/contract/dossier-tei.xml"); }
  @Override protected String goldenName() { return "contract/dossier-tei.json"; }
  @Override protected Syntax syntax() { return Syntax.XML; }
  /** Documents keep the provenance the stored file records. */
  @Override protected String provenanceFormat() { return null; }
  @Override protected List<String> anchors() { return List.of("has the keys", "Record of the Thaw", "ends here"); }
  /** The file records each block's number; the model allows any unique numbers. */
  @Override protected boolean keepsTheSourcesBlockNumbers() { return true; }
  /** Byte damage rarely leaves a file the strict reader accepts. */
  @Override protected double minImportedShare() { return 0.02; }
}
