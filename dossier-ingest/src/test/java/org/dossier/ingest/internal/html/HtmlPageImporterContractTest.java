package org.dossier.ingest.internal.html;

import java.util.List;
import org.dossier.ingest.IngestContractTest;

/** The importer contract for HTML document pages; mutations also start from the meeting fixture. */
class HtmlPageImporterContractTest extends IngestContractTest {
  @Override protected String format() { return HtmlPageImporter.FORMAT; }
  @Override protected String fileName() { return "salt-road-doc15.html"; }
  @Override protected byte[] smallValidSample() { return resource("/contract/html-page.html"); }
  @Override protected String goldenName() { return "contract/html-page.json"; }
  @Override protected Syntax syntax() { return Syntax.HTML; }
  @Override protected String provenanceFormat() { return HtmlPageImporter.FORMAT; }
  @Override protected List<String> anchors() { return List.of("the river rose", "Letter from the", "Delo 20"); }
  @Override protected List<byte[]> mutationSources() {
    return List.of(smallValidSample(), resource("/fixtures/text/meeting.html"));
  }
  @Override protected int mutations() { return 500; }
  @Override protected double minImportedShare() { return 0.5; }
}
