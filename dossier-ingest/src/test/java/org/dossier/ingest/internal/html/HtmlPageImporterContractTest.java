package org.dossier.ingest.internal.html;

import java.util.List;
import org.dossier.ingest.IngestContractTest;

/** The importer contract for HTML document pages; mutations also start from the meeting fixture. */
class HtmlPageImporterContractTest extends IngestContractTest {
  HtmlPageImporterContractTest() {
    super(HtmlPageImporter.FORMAT, "salt-road-doc15.html", "html-page.html", Syntax.HTML,
        List.of("the river rose", "Letter from the", "Delo 20"), List.of("fixtures/text/meeting.html"));
  }

  @Override
  protected int mutations() {
    return 500;
  }
}
