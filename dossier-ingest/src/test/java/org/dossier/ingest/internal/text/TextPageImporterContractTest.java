package org.dossier.ingest.internal.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.IngestContractTest;
import org.dossier.testkit.SharedData;

/**
 * The importer contract for scraped text pages. Mutations start from the sample, every text
 * fixture and the founding page, with the page-shaped noise that once broke the parser.
 */
class TextPageImporterContractTest extends IngestContractTest {
  @Override protected String format() { return TextPageImporter.FORMAT; }
  @Override protected String fileName() { return "salt-road-doc14.txt"; }
  @Override protected byte[] smallValidSample() { return resource("/contract/text-page.txt"); }
  @Override protected String goldenName() { return "contract/text-page.json"; }
  @Override protected Syntax syntax() { return Syntax.TEXT; }
  @Override protected String provenanceFormat() { return TextPageImporter.FORMAT; }

  @Override
  protected List<String> anchors() {
    return List.of("ledger says", "Minutes of the", "Municipal Archive", "never written down");
  }

  @Override
  protected List<String> mutationTokens() {
    List<String> tokens = new ArrayList<>(super.mutationTokens());
    tokens.addAll(List.of("Document No. 3: ", "[Source: ", "Texte intégral\n", "Gorbachev: ", "March 3, 1989 ", "a1",
        "-a"));
    return tokens;
  }

  @Override
  protected List<byte[]> mutationSources() {
    List<byte[]> sources = new ArrayList<>(List.of(smallValidSample()));
    for (String name : List.of("meeting.txt", "labels.txt", "french-header.txt", "numbering.txt", "forty-notes.txt",
        "unstructured.txt")) {
      sources.add(Fixtures.bytes(name));
    }
    try {
      sources.add(Files.readAllBytes(SharedData.foundingPage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  @Override protected int mutations() { return 1500; }
  @Override protected double minImportedShare() { return 0.66; }
}
