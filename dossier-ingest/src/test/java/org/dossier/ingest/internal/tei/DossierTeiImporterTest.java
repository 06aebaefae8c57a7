package org.dossier.ingest.internal.tei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Block;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.tei.DossierTei;
import org.dossier.tei.SourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierTeiImporterTest {
  @Test
  void importersDetectAndReadDossierTei(@TempDir Path dir) throws Exception {
    Document record = Document.builder("rec-1989-07", "Record of a meeting")
        .date(DocDate.parse("1989-07-07"))
        .paragraphs(List.of(Block.paragraph(1, "The commission met at ten."), Block.paragraph(2, "It adjourned at noon.")))
        .build();
    Path file = dir.resolve("rec-1989-07.xml");
    try (OutputStream out = Files.newOutputStream(file)) {
      DossierTei.write(record, out);
    }
    assertThat(Importers.detect(file, ImportOptions.defaults()).format()).isEqualTo("tei-dossier");
    ImportResult result = Importers.read(file, ImportOptions.defaults());
    assertThat(result.single()).isEqualTo(record);
    assertThat(result.issues()).isEmpty();
  }

  @Test
  void refusesAFileWhoseTextIsNotNfcNamingTheFile(@TempDir Path dir) throws Exception {
    // The model promises NFC text; Dossier TEI keeps text exactly, so a file normalised otherwise
    // elsewhere was imported as it was (issue #11: found by ImporterContractTest).
    Document record =
        Document.builder("rec-1989-08", "Cafe\u0301 talk").paragraphs(List.of(Block.paragraph(1, "x"))).build();
    Path file = dir.resolve("nfd.xml");
    try (OutputStream out = Files.newOutputStream(file)) {
      DossierTei.write(record, out);
    }
    assertThatThrownBy(() -> Importers.read(file, ImportOptions.defaults()))
        .isInstanceOf(SourceException.class)
        .hasMessage("text is not in Unicode normalisation form C (NFC); normalise the file and import it again"
            + " (at nfd.xml)");
  }
}
