package org.dossier.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Document;
import org.dossier.tei.DossierTei;
import org.dossier.tei.SourceException;
import org.dossier.testkit.MemoryTempDir;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every importer, fed hostile bytes through the front door ({@link Importers}, and {@link
 * DossierTei} for the reader of Dossier's own files). The property: a result whose documents hold
 * the model's invariants, or a {@link SourceException} naming the file; never another exception,
 * never a hang (libFuzzer's {@code -timeout}, see junit-platform.properties), never more memory
 * than the test JVM's small heap. Seeds and past findings: {@code ImporterFuzzTestInputs/<method>/}.
 */
class ImporterFuzzTest {
  private static final ImportOptions OPTIONS = ImportOptions.defaults();

  @TempDir(factory = MemoryTempDir.class)
  static Path dir;

  @FuzzTest(maxDuration = "10m")
  void textPage(byte[] input) {
    page("text", "page.txt", input);
  }

  @FuzzTest(maxDuration = "10m")
  void htmlPage(byte[] input) {
    page("html", "page.html", input);
  }

  @FuzzTest(maxDuration = "10m")
  void frusVolume(byte[] input) throws IOException {
    file("tei-frus", input);
  }

  @FuzzTest(maxDuration = "10m")
  void parlaCorpus(byte[] input) throws IOException {
    file("tei-parla", input);
  }

  @FuzzTest(maxDuration = "10m")
  void genericTei(byte[] input) throws IOException {
    file("tei", input);
  }

  @FuzzTest(maxDuration = "10m")
  void dossierTei(byte[] input) throws IOException {
    try {
      Document d = DossierTei.read(new ByteArrayInputStream(input), "document.xml");
      Findings.requireSound("tei-dossier", new ImportResult(null, java.util.List.of(d), java.util.List.of()));
    } catch (SourceException e) {
      Findings.requireTyped("tei-dossier", e);
    }
  }

  private static void page(String format, String name, byte[] input) {
    try {
      Findings.requireSound(format, Importers.readPage(format, name, input, OPTIONS));
    } catch (SourceException e) {
      Findings.requireTyped(format, e);
    }
  }

  /** The XML importers read files (their includes are resolved beside them): one file, rewritten per input. */
  private static void file(String format, byte[] input) throws IOException {
    Path file = dir.resolve("source.xml");
    Files.write(file, input);
    ImportResult.Collector collector = new ImportResult.Collector();
    try {
      Importers.find(format).orElseThrow().read(file, OPTIONS.withRoot(dir), collector);
      Findings.requireSound(format, collector.result());
    } catch (SourceException e) {
      Findings.requireTyped(format, e);
    }
  }
}
