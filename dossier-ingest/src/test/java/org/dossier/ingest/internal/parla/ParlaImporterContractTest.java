package org.dossier.ingest.internal.parla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.dossier.ingest.IngestContractTest;
import org.dossier.testkit.SharedData;

/**
 * The importer contract for Parla-CLARIN and ParlaMint debates: the sample is a corpus root with
 * its persons, parties and one session written inline. Mutations also damage two session files.
 */
class ParlaImporterContractTest extends IngestContractTest {
  @Override protected String format() { return ParlaImporter.FORMAT; }
  @Override protected String fileName() { return "SaltAssembly.xml"; }
  @Override protected byte[] smallValidSample() { return resource("/contract/parla-corpus.xml"); }
  @Override protected String goldenName() { return "contract/parla-corpus.json"; }
  @Override protected Syntax syntax() { return Syntax.XML; }
  @Override protected String provenanceFormat() { return ParlaImporter.FORMAT; }
  @Override protected List<String> anchors() { return List.of("the carts wait", "The toll on", "May a carter"); }

  @Override
  protected List<byte[]> mutationSources() {
    try {
      return List.of(smallValidSample(), resource("/parla/corpus/2001/Test-session-2001-05-04.xml"),
          Files.readAllBytes(SharedData.path(
              "corpora/parlamint/ParlaMint-CZ/2020/ParlaMint-CZ_2020-01-22-ps2017-040-02-005-012.xml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
