package org.dossier.tei.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dossier.tei.DocumentArbitraries;
import org.dossier.model.Document;

class JsonFormPropertyTest {
  @Provide
  Arbitrary<Document> documents() {
    return DocumentArbitraries.documents();
  }

  @Property(tries = 500)
  void writingThenReadingGivesAnEqualDocument(@ForAll("documents") Document document) throws Exception {
    assertThat(JsonForm.fromJson(JsonForm.toJson(document), "generated.json")).isEqualTo(document);
  }

  @Property(tries = 100)
  void thePrettyFormReadsBackEqualToo(@ForAll("documents") Document document) throws Exception {
    assertThat(JsonForm.fromJson(JsonForm.toPrettyJson(document), "generated.json")).isEqualTo(document);
  }
}
