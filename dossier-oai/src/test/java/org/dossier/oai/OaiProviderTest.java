package org.dossier.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.testkit.Golden;
import org.junit.jupiter.api.Test;

/** The six verbs over two editions, every response valid against OAI-PMH.xsd and oai_dc.xsd. */
class OaiProviderTest {
  private final Shelf letters = Shelf.letters()
      .put("letter-1", "2024-01-10T09:00:00Z")
      .put("letter-2", "2024-02-20T10:30:00Z")
      .put("letter-3", "2024-03-30T12:00:00Z")
      .remove("letter-4", "2024-04-01T08:00:00Z");
  private final Shelf minutes = Shelf.minutes()
      .put("minutes-1", "2024-02-01T00:00:00Z")
      .put("minutes-2", "2024-05-05T05:05:05Z");
  private final Oai oai = new Oai(100, letters, minutes);

  private static final String ID1 = "oai:editions.example.org:consul-letters/letter-1";

  @Test
  void identifyGivesTheBaseUrlUnderTheSiteThePersistentDeletionsSecondsAndTheEarliestDatestamp() {
    Oai.Answer a = oai.ask("verb", "Identify");
    assertThat(a.values("baseURL")).containsExactly("https://editions.example.org/dossier/oai");
    assertThat(a.values("repositoryName")).containsExactly("Dossier test editions");
    assertThat(a.values("protocolVersion")).containsExactly("2.0");
    assertThat(a.values("adminEmail")).containsExactly("webmaster@editions.example.org");
    assertThat(a.values("earliestDatestamp")).containsExactly("2024-01-10T09:00:00Z");
    assertThat(a.values("deletedRecord")).containsExactly("persistent");
    assertThat(a.values("granularity")).containsExactly("YYYY-MM-DDThh:mm:ssZ");
    assertThat(a.values("repositoryIdentifier")).containsExactly("editions.example.org");
    assertThat(a.values("sampleIdentifier")).containsExactly("oai:editions.example.org:edition/document");
  }

  @Test
  void listMetadataFormatsOffersDublinCoreAndTheTeiHeaderForTheRepositoryAndForEachRecord() {
    assertThat(oai.ask("verb", "ListMetadataFormats").values("metadataPrefix")).containsExactly("oai_dc", "tei");
    assertThat(oai.ask("verb", "ListMetadataFormats", "identifier", ID1).values("metadataPrefix"))
        .containsExactly("oai_dc", "tei");
  }

  @Test
  void listSetsHasOneSetPerEditionNamedByItsTitle() {
    Oai.Answer a = oai.ask("verb", "ListSets");
    assertThat(a.values("setSpec")).containsExactly("consul-letters", "harbour-minutes");
    assertThat(a.values("setName")).containsExactly("Letters of a Consul", "Minutes of the Harbour Board");
  }

  @Test
  void getRecordInDublinCoreDescribesTheDocumentItsEditionAndWhereToReadIt() {
    Oai.Answer a = oai.ask("verb", "GetRecord", "identifier", ID1, "metadataPrefix", "oai_dc");
    assertThat(a.values("dc:title")).containsExactly("Letter letter-1");
    assertThat(a.values("dc:identifier")).containsExactly("https://editions.example.org/dossier/consul-letters/letter-1");
    assertThat(a.values("dc:contributor")).containsExactly("A. Editor", "B. Editor");
    assertThat(a.values("dc:publisher")).containsExactly("Harbour Press");
    assertThat(a.values("dc:relation"))
        .containsExactly("https://editions.example.org/dossier/consul-letters", "Letters of a Consul");
    assertThat(a.values("dc:date")).containsExactly("1961-04-12");
    assertThat(a.values("dc:type")).containsExactly("Text", "letter");
    assertThat(a.values("dc:language")).containsExactly("en");
    assertThat(a.values("dc:source")).containsExactly("Harbour archive, box 3.");
    assertThat(a.values("dc:rights")).containsExactly("Written for the Dossier tests.");
    assertThat(a.values("datestamp")).containsExactly("2024-01-10T09:00:00Z");
    assertThat(a.values("setSpec")).containsExactly("consul-letters");
    Golden.assertMatches("get-record-oai_dc.xml", a.xml().replaceAll("<responseDate>[^<]*</responseDate>", "<responseDate/>"));
  }

  @Test
  void getRecordInTeiGivesTheDocumentsTeiHeader() {
    Oai.Answer a = oai.ask("verb", "GetRecord", "identifier", ID1, "metadataPrefix", "tei");
    assertThat(a.xml()).contains("<metadata><teiHeader xmlns=\"http://www.tei-c.org/ns/1.0\">")
        .contains("<title>Letter letter-1</title>")
        .contains("<idno type=\"edition\">consul-letters</idno>")
        .doesNotContain("The ship leaves on Tuesday");
  }

  @Test
  void aRemovedDocumentIsADeletedRecordWithTheDatestampOfItsRemovalAndNoMetadata() {
    Oai.Answer a = oai.ask("verb", "GetRecord", "identifier", "oai:editions.example.org:consul-letters/letter-4",
        "metadataPrefix", "oai_dc");
    assertThat(a.deleted()).containsExactly("oai:editions.example.org:consul-letters/letter-4");
    assertThat(a.values("datestamp")).containsExactly("2024-04-01T08:00:00Z");
    assertThat(a.xml()).doesNotContain("<metadata>");
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc").deleted())
        .containsExactly("oai:editions.example.org:consul-letters/letter-4");
  }

  @Test
  void listsComeInDatestampOrderAcrossEditions() {
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc").identifiers()).containsExactly(
        ID1,
        "oai:editions.example.org:harbour-minutes/minutes-1",
        "oai:editions.example.org:consul-letters/letter-2",
        "oai:editions.example.org:consul-letters/letter-3",
        "oai:editions.example.org:consul-letters/letter-4",
        "oai:editions.example.org:harbour-minutes/minutes-2");
  }

  @Test
  void fromUntilAndSetSelectRecordsInclusivelyAndADayMeansTheWholeDay() {
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "harbour-minutes").identifiers())
        .containsExactly("oai:editions.example.org:harbour-minutes/minutes-1", "oai:editions.example.org:harbour-minutes/minutes-2");
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
        "from", "2024-02-20T10:30:00Z", "until", "2024-03-30T12:00:00Z").identifiers())
        .containsExactly("oai:editions.example.org:consul-letters/letter-2", "oai:editions.example.org:consul-letters/letter-3");
    assertThat(oai.ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2024-02-01", "until", "2024-02-20")
        .identifiers())
        .containsExactly("oai:editions.example.org:harbour-minutes/minutes-1", "oai:editions.example.org:consul-letters/letter-2");
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until", "2024-01-10").identifiers())
        .containsExactly(ID1);
    assertThat(oai.ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "consul-letters",
        "from", "2024-03-01T00:00:00Z").identifiers())
        .containsExactly("oai:editions.example.org:consul-letters/letter-3", "oai:editions.example.org:consul-letters/letter-4");
  }

  @Test
  void aFullHarvestThroughResumptionTokensListsEveryDocumentOnce() {
    Shelf big = Shelf.minutes();
    for (int i = 0; i < 250; i++) big.put("m-" + i, String.format(java.util.Locale.ROOT, "2024-06-01T00:%02d:%02dZ", i / 60, i % 60));
    big.remove("m-7", "2024-07-01T00:00:00Z");
    Oai small = new Oai(100, big);
    List<String> seen = new ArrayList<>();
    List<String> cursors = new ArrayList<>();
    Oai.Answer a = small.ask("verb", "ListRecords", "metadataPrefix", "oai_dc");
    while (true) {
      seen.addAll(a.identifiers());
      cursors.addAll(a.all("cursor=\"(\\d+)\""));
      assertThat(a.xml()).contains("completeListSize=\"250\"");
      String token = a.token();
      assertThat(token).isNotNull();
      if (token.isEmpty()) break;
      a = small.ask("verb", "ListRecords", "resumptionToken", token);
    }
    Set<String> unique = new HashSet<>(seen);
    assertThat(seen).hasSize(250).hasSameSizeAs(unique);
    assertThat(unique).contains("oai:editions.example.org:harbour-minutes/m-0", "oai:editions.example.org:harbour-minutes/m-249");
    assertThat(cursors).containsExactly("0", "100", "200");
  }

  @Test
  void aListThatFitsInOneResponseHasNoResumptionToken() {
    assertThat(oai.ask("verb", "ListRecords", "metadataPrefix", "tei").token()).isNull();
  }
}
