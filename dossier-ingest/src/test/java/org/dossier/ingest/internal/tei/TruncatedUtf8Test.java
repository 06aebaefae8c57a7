package org.dossier.ingest.internal.tei;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.Importers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file cut in the middle of a multi-byte character is an SourceException, never an unchecked parser error. */
class TruncatedUtf8Test {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
    "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"><TEI><text><body><u who=\"#A\"><seg>Potočnik",
    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><div type=\"document\" xml:id=\"d1\"><p>Jakeš",
    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><encodingDesc><appInfo><application ident=\"dossier\"/></appInfo></encodingDesc></teiHeader><text><p>Jakeš"})
  void aCutMultiByteCharacterIsAnImportErrorWithAPlace(String start) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(start.getBytes(StandardCharsets.UTF_8));
    bytes.write(" and more text so the reader has to decode it".repeat(50).getBytes(StandardCharsets.UTF_8));
    byte[] all = bytes.toByteArray();
    // Keep everything up to the first byte of the last non-ASCII character.
    int cut = start.getBytes(StandardCharsets.UTF_8).length - 1;
    byte[] truncated = java.util.Arrays.copyOf(all, cut);
    Path file = dir.resolve("cut.xml");
    Files.write(file, truncated);
    assertThatThrownBy(() -> Importers.read(file, ImportOptions.defaults()))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("cut.xml");
  }
}
