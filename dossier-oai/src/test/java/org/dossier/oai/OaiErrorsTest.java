package org.dossier.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Every error the protocol defines that this repository can give, each in a valid response. */
class OaiErrorsTest {
  private final Shelf letters = Shelf.letters()
      .put("letter-1", "2024-01-10T09:00:00Z")
      .put("letter-2", "2024-02-20T10:30:00Z")
      .put("letter-3", "2024-03-30T12:00:00Z");
  private final Oai oai = new Oai(2, letters);

  @Test
  void aMissingRepeatedOrUnknownVerbIsBadVerb() {
    assertThat(oai.ask().errors()).containsExactly("badVerb");
    assertThat(oai.ask("verb", "Harvest").errors()).containsExactly("badVerb");
    assertThat(oai.ask("verb", "Identify", "verb", "ListSets").errors()).containsExactly("badVerb");
  }

  @Test
  void missingIllegalOrRepeatedArgumentsAndBadDatesAreBadArgument() {
    assertThat(oai.ask("verb", "ListRecords").errors()).contains("badArgument");
    assertThat(oai.ask("verb", "Identify", "metadataPrefix", "oai_dc").errors()).contains("badArgument");
    assertThat(oai.ask("verb", "GetRecord", "metadataPrefix", "oai_dc").errors()).contains("badArgument");
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "last week").errors())
        .contains("badArgument");
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2024-03-01", "until", "2024-02-01")
        .errors()).contains("badArgument");
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
        "from", "2024-01-01", "until", "2024-02-01T00:00:00Z").errors()).contains("badArgument");
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "a", "set", "b").errors())
        .contains("badArgument");
    assertThat(oai.ask("verb", "ListRecords", "resumptionToken", "x", "metadataPrefix", "oai_dc").errors())
        .contains("badArgument");
  }

  @Test
  void anArgumentWithACharacterXmlCannotHoldIsBadArgumentOrBadVerbNotAFailure() {
    // xoai quotes the argument in its answer: a control character made writing it fail (issue #15: found by WebFuzzTest).
    assertThat(oai.ask("verb", "Ident\u0011ify").errors()).containsExactly("badVerb");
    assertThat(oai.ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2024\u0000-01-01").errors())
        .contains("badArgument");
    assertThat(oai.ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "s\uD800et", "a").errors()).contains("badArgument");
    assertThat(oai.ask("verb", "ListRecords", "resumptionToken", "\uFFFE").errors()).containsExactly("badResumptionToken");
  }

  @Test
  void aTokenNotIssuedHereOrPastTheEndOfItsListIsBadResumptionToken() {
    assertThat(oai.ask("verb", "ListRecords", "resumptionToken", "not base64!").errors()).containsExactly("badResumptionToken");
    assertThat(oai.ask("verb", "ListRecords", "resumptionToken", encode("offset::2")).errors())
        .containsExactly("badResumptionToken");
    assertThat(oai.ask("verb", "ListRecords", "resumptionToken", encode("offset::x|prefix::oai_dc")).errors())
        .containsExactly("badResumptionToken");
    assertThat(oai.ask("verb", "ListRecords", "resumptionToken", encode("offset::3|prefix::oai_dc")).errors())
        .containsExactly("badResumptionToken");
  }

  @Test
  void aTokenOfAListThatShrankSinceIsBadResumptionTokenRatherThanAnEmptyPage() {
    Oai.Answer page = oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until", "2024-03-30T12:00:00Z");
    assertThat(page.identifiers()).hasSize(2);
    String token = page.token();
    assertThat(token).isNotEmpty();
    letters.put("letter-3", "2024-05-01T00:00:00Z"); // rewritten: it leaves the selection, which now has two records
    assertThat(oai.ask("verb", "ListIdentifiers", "resumptionToken", token).errors()).containsExactly("badResumptionToken");
  }

  @Test
  void anUnknownMetadataPrefixIsCannotDisseminateFormat() {
    assertThat(oai.ask("verb", "ListRecords", "metadataPrefix", "marc21").errors()).containsExactly("cannotDisseminateFormat");
    assertThat(oai.ask("verb", "GetRecord", "identifier", "oai:editions.example.org:consul-letters/letter-1",
        "metadataPrefix", "mods").errors()).containsExactly("cannotDisseminateFormat");
  }

  @Test
  void anIdentifierOfNoRecordIsIdDoesNotExist() {
    for (String id : new String[] {"oai:editions.example.org:consul-letters/letter-9",
        "oai:elsewhere.example.org:consul-letters/letter-1", "oai:editions.example.org:no-such-edition/letter-1",
        "oai:editions.example.org:consul-letters/../letter-1", "letter-1", "oai:editions.example.org:consul-letters"}) {
      assertThat(oai.ask("verb", "GetRecord", "identifier", id, "metadataPrefix", "oai_dc").errors())
          .as(id).containsExactly("idDoesNotExist");
    }
    assertThat(oai.ask("verb", "ListMetadataFormats", "identifier", "oai:editions.example.org:consul-letters/x").errors())
        .containsExactly("idDoesNotExist");
  }

  @Test
  void anEmptySelectionOrAnUnknownSetIsNoRecordsMatch() {
    assertThat(oai.ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "until", "2023-12-31").errors())
        .containsExactly("noRecordsMatch");
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "no-such-set").errors())
        .containsExactly("noRecordsMatch");
  }

  @Test
  void hostileArgumentValuesAreNotEchoedAsMarkup() {
    Oai.Answer a = oai.ask("verb", "GetRecord", "identifier", "<script>alert(1)</script>", "metadataPrefix", "oai_dc");
    assertThat(a.errors()).containsExactly("idDoesNotExist");
    assertThat(a.xml()).doesNotContain("<script>");
  }

  private static String encode(String token) {
    return Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
  }
}
