package org.dossier.ingest.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.IngestContractTest;

/**
 * The importer contract for scraped text pages. Mutations start from the sample, every text
 * fixture and the founding page, with the page-shaped noise that once broke the parser.
 */
class TextPageImporterContractTest extends IngestContractTest {
  TextPageImporterContractTest() {
    super(TextPageImporter.FORMAT, "salt-road-doc14.txt", "text-page.txt", Syntax.TEXT,
        List.of("ledger says", "Minutes of the", "Municipal Archive", "never written down"),
        List.of("shared/seed/masterpieces-doc51.txt", "fixtures/text/meeting.txt", "fixtures/text/labels.txt",
            "fixtures/text/french-header.txt", "fixtures/text/numbering.txt", "fixtures/text/forty-notes.txt",
            "fixtures/text/unstructured.txt"));
  }

  @Override
  protected List<String> mutationTokens() {
    List<String> tokens = new ArrayList<>(super.mutationTokens());
    tokens.addAll(List.of("Document No. 3: ", "[Source: ", "Texte intégral\n", "Gorbachev: ", "March 3, 1989 ", "a1",
        "-a"));
    return tokens;
  }

  /** As many as the mutation test this contract replaced, which also wanted two thirds to import. */
  @Override
  protected int mutations() {
    return 1500;
  }

  @Override
  protected double minImportedShare() {
    return 0.66;
  }
}
