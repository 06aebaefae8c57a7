package org.dossier.tei;

import org.dossier.testkit.TeiSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dossier.model.Document;

class DossierTeiPropertyTest {

  @Provide
  Arbitrary<Document> documents() {
    return DocumentArbitraries.documents();
  }

  @Property(tries = 200)
  void everyWrittenDocumentIsValidTeiAndReadsBackEqual(@ForAll("documents") Document document) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierTei.write(document, out);
    byte[] xml = out.toByteArray();
    assertThat(TeiSchema.errors(xml)).as(new String(xml, StandardCharsets.UTF_8)).isEmpty();
    assertThat(DossierTei.read(new ByteArrayInputStream(xml), "generated.xml")).isEqualTo(document);
  }

  @Property(tries = 100)
  void writingIsDeterministic(@ForAll("documents") Document document) throws Exception {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DossierTei.write(document, a);
    DossierTei.write(document, b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }
}
