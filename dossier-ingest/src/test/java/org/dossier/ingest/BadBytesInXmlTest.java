package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.tei.SourceException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #15, point 8: a byte that is not UTF-8 in an XML source was reported at line 1, column 1
 * (or at the start of its text node); every XML importer now names the byte's own line and column.
 */
class BadBytesInXmlTest {
  @TempDir Path dir;

  private static final String GENERIC = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body><div type=\"letter\">";
  private static final String FRUS = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" "
      + "xmlns:frus=\"http://history.state.gov/frus/ns/1.0\">\n<text><body><div type=\"document\" xml:id=\"d1\">";
  private static final String PARLA = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body><div type=\"debateSection\">"
      + "<u who=\"#a\">";
  private static final String DOSSIER = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader><encodingDesc>"
      + "<appInfo><application ident=\"dossier\" version=\"1\">";

  @ParameterizedTest
  @ValueSource(strings = {"generic", "frus", "parla", "dossier"})
  void reportsAByteThatIsNotUtf8AtItsOwnLineAndColumn(String format) throws Exception {
    String head = switch (format) {
      case "generic" -> GENERIC;
      case "frus" -> FRUS;
      case "parla" -> PARLA;
      default -> DOSSIER;
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((head + "\n<p>" + "pad ".repeat(5000) + "</p>\n<p>Café, caf").getBytes(StandardCharsets.UTF_8));
    out.write(0xE9); // Latin-1 é in a UTF-8 file
    out.writeBytes(" au lait.</p>\n</div></body></text></TEI>\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve(format + ".xml"), out.toByteArray());
    assertThatThrownBy(() -> Importers.read(file, ImportOptions.defaults())).isInstanceOf(SourceException.class)
        .hasMessage("not valid UTF-8: byte 0xE9 cannot be read as text (save the file as UTF-8) (at " + format
            + ".xml:4:13)");
  }
}
