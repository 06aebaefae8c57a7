package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.dossier.ingest.Importers;
import org.dossier.tei.json.JsonForm;
import org.dossier.tei.DossierTei;
import org.dossier.model.Document;
import org.dossier.testkit.Golden;
import org.dossier.testkit.SharedData;
import org.dossier.testkit.TeiSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 3, point 8: golden files pin the JSON and the TEI of the founding page; the TEI is valid. */
class FoundingPageGoldenTest {
  static Document doc;

  @BeforeAll
  static void importFoundingPage() throws Exception {
    doc = Importers.read(SharedData.foundingPage(), FoundingPageTest.OPTIONS).single();
  }

  @Test
  void theJsonFormMatchesTheGoldenFile() {
    Golden.assertMatches("text/masterpieces-doc51.json", JsonForm.toJson(doc));
  }

  @Test
  void theTeiMatchesTheGoldenFile() throws Exception {
    Golden.assertMatches("text/masterpieces-doc51.tei.xml", tei(doc));
  }

  @Test
  void theTeiIsValidAgainstTeiAll() throws Exception {
    assertThat(TeiSchema.errors(tei(doc).getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void theTeiReadsBackIntoTheSameDocument() throws Exception {
    Document back = DossierTei.read(new ByteArrayInputStream(tei(doc).getBytes(StandardCharsets.UTF_8)), "doc51.xml");
    assertThat(back).isEqualTo(doc);
  }

  private static String tei(Document d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierTei.write(d, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
