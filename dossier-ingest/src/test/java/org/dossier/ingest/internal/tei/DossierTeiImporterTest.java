package org.dossier.ingest.internal.tei;

import static org.assertj.core.api.Assertions.assertThat;

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
}
