package org.dossier.ingest.internal.frus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.IngestContractTest;
import org.dossier.testkit.SharedData;

/**
 * The importer contract for FRUS TEI volumes. Mutations also damage the modern excerpt, the
 * small invented volume and an Office of the Historian single-document file.
 */
class FrusImporterContractTest extends IngestContractTest {
  @Override protected String format() { return FrusImporter.FORMAT; }
  @Override protected String fileName() { return "saltvol2.xml"; }
  @Override protected byte[] smallValidSample() { return resource("/contract/frus-volume.xml"); }
  @Override protected String goldenName() { return "contract/frus-volume.json"; }
  @Override protected Syntax syntax() { return Syntax.XML; }
  @Override protected String provenanceFormat() { return FrusImporter.FORMAT; }
  @Override protected List<String> anchors() { return List.of("could not agree", "Letter From Mayor", "winter rule"); }

  @Override
  protected List<byte[]> mutationSources() {
    try {
      return List.of(smallValidSample(), resource("/frus/small-volume.xml"),
          Files.readAllBytes(SharedData.path("corpora/frus/frus1981-88v05-excerpt.xml")),
          Files.readAllBytes(SharedData.path("corpora/frus-history/documents/1957-03-21-kennan-to-leopold.xml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
