package org.dossier.ingest.internal.teitext;

import static org.assertj.core.api.Assertions.assertThat;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.Importers;
import org.dossier.tei.DossierTei;
import org.dossier.model.Document;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every FRUS and debate document of the shared corpora, written by DossierTei, is valid tei_all
 * and reads back into an equal document.
 */
class ExportedTeiValidityTest {
  private static final List<String> errors = new ArrayList<>();
  private static ValidationDriver driver;

  @BeforeAll
  static void loadSchemaOnce() throws Exception {
    ErrorHandler handler = new ErrorHandler() {
      @Override public void warning(SAXParseException e) {}
      @Override public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }
      @Override public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    PropertyMapBuilder props = new PropertyMapBuilder();
    props.put(ValidateProperty.ERROR_HANDLER, handler);
    driver = new ValidationDriver(props.toPropertyMap());
    assertThat(driver.loadSchema(ValidationDriver.fileInputSource(SharedData.teiAll().toFile()))).as("tei_all.rng loads").isTrue();
  }

  static List<Path> sources() throws Exception {
    List<Path> out = new ArrayList<>(List.of(
        SharedData.path("corpora/frus/frus1981-88v05-excerpt.xml"),
        SharedData.path("corpora/frus/frus1918Russiav03.xml"),
        SharedData.path("corpora/frus/frus1872p2v5.xml"),
        SharedData.path("corpora/parla-clarin/siParl2.0/SDT2-sample.xml"),
        SharedData.path("corpora/parlamint/ParlaMint-GB/ParlaMint-GB.xml"),
        SharedData.path("corpora/parlamint/ParlaMint-CZ/2020/ParlaMint-CZ_2020-01-22-ps2017-040-02-005-012.xml")));
    try (Stream<Path> s = Files.list(SharedData.path("corpora/frus-history/documents"))) {
      s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(out::add);
    }
    return out;
  }

  @Test
  void writesEveryImportedFrusAndDebateDocumentAsValidTeiThatReadsBackUnchanged() throws Exception {
    List<String> invalid = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    int checked = 0;
    for (Path source : sources()) {
      for (Document d : Importers.read(source, ImportOptions.defaults()).documents()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DossierTei.write(d, out);
        errors.clear();
        boolean valid = driver.validate(new InputSource(new ByteArrayInputStream(out.toByteArray())));
        checked++;
        if (!valid || !errors.isEmpty()) invalid.add(source.getFileName() + " " + d.id() + ": " + errors.stream().limit(3).toList());
        Document back = DossierTei.read(new ByteArrayInputStream(out.toByteArray()), d.id() + ".xml");
        if (!back.equals(d)) changed.add(source.getFileName() + " " + d.id());
      }
    }
    // frus-history: 38 documents in 32 files, one per document division (the generic TEI importer, issue #13).
    assertThat(checked).isEqualTo(4 + 478 + 149 + 38 + 3 + 1 + 1);
    assertThat(invalid).as("documents whose TEI is not valid").isEmpty();
    assertThat(changed).as("documents that do not read back equal").isEmpty();
  }
}
