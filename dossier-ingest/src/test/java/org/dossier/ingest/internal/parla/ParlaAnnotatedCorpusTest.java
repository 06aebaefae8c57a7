package org.dossier.ingest.internal.parla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Affiliation;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.RegisterEntry;
import org.dossier.model.Speaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An invented corpus encoded as ParlaMint's linguistically annotated ({@code .ana}) files: tokens,
 * a register spread over several lists, a feature library among the components, speaker labels,
 * events inside speeches, offices that change between two sittings.
 */
class ParlaAnnotatedCorpusTest {
  static ImportResult result;
  static Document first;
  static Document second;

  @BeforeAll
  static void importTheCorpus() throws Exception {
    result = Importers.read(Path.of("src/test/resources/parla/ana/Ana-corpus.xml"), ImportOptions.defaults());
    first = result.documents().get(0);
    second = result.documents().get(1);
  }

  static List<Block> speech(Document d, String ref) {
    return d.paragraphs().stream().filter(b -> b.speaker() != null && ref.equals(b.speaker().ref())).toList();
  }

  @Test
  void onlyTheComponentsWithSpeechesAreDocumentsAndTheFeatureLibraryIsNoError() {
    assertThat(result.documents()).extracting(Document::id).containsExactly("Ana-2020-03-04", "Ana-2021-09-10");
    assertThat(result.issues()).extracting(ImportIssue::message).noneMatch(m -> m.contains("Ana-features"));
    assertThat(result.issues()).isEmpty();
  }

  @Test
  void rebuildsTheTextFromTokensByJoinAndTheRulesOfTheLanguage() {
    assertThat(speech(first, "AbleAnn")).extracting(Block::text).containsExactly("We open now.");
    assertThat(speech(first, "CrowCy").get(0).text()).isEqualTo(
        "The dues, as Ann Able said, rise (a little). (Laughter) He asked: “Why?” I answer \"because\" we're late!");
    assertThat(speech(first, "CrowCy").get(2).text()).isEqualTo("Second point [inaudible] agreed. (Noise in the hall.)");
    // Czech quotes „…“ and »…« open low and close high: the reverse of English.
    assertThat(speech(second, "CrowCy")).extracting(Block::text).containsExactly("„Ano“, řekl jsem; »ne« řekli.");
    assertThat(speech(first, "unknown.M")).extracting(Block::text).containsExactly("Hello…");
  }

  @Test
  void loadsTheRegisterFromEveryListIncludingGroupsAndIncludedFiles() {
    assertThat(result.edition().persons()).extracting(RegisterEntry::id)
        .containsExactly("AbleAnn", "CrowCy", "unknown.M", "DaleDi", "unknown.F");
    RegisterEntry crow = result.edition().persons().get(1);
    assertThat(crow.name()).isEqualTo("Cy Crow");
    assertThat(crow.sex()).isEqualTo("M");
    assertThat(crow.affiliations()).contains(
        new Affiliation("Mill Party", "member", "2018", "2020-12-31"),
        new Affiliation("Harbour Government", "Minister of Finance", "2019-01-01", "2021-06-30"));
    assertThat(result.edition().persons()).filteredOn(p -> p.id().equals("unknown.F")).singleElement()
        .satisfies(p -> {
          assertThat(p.name()).isEqualTo("Unidentified speaker (F)");
          assertThat(p.sex()).isEqualTo("F");
        });
  }

  @Test
  void showsTheOfficeAndPartyHeldOnTheDayOfTheSittingNeverTheSpeakerTypeCode() {
    assertThat(speech(first, "AbleAnn").get(0).speaker())
        .isEqualTo(new Speaker("Ann Able", "Chair", "AbleAnn", "Harbour Party", "THE CHAIR:"));
    Speaker minister = speech(first, "CrowCy").get(0).speaker();
    assertThat(minister.role()).isEqualTo("Minister of Finance");
    assertThat(minister.party()).isEqualTo("Mill Party");
    // By September 2021 he had left the government and changed party; the sitting is in Czech.
    Speaker member = speech(second, "CrowCy").get(0).speaker();
    assertThat(member.role()).isEqualTo("Member of Parliament");
    assertThat(member.party()).isEqualTo("Přístavní strana");
    // A guest who is a minister (the office written as the affiliation's text, as older lists do).
    assertThat(speech(first, "DaleDi").get(0).speaker().role()).isEqualTo("Minister of Ports");
    assertThat(speech(first, "unknown.M").get(0).speaker().role()).isEqualTo("Guest");
    assertThat(first.paragraphs()).extracting(Block::speaker).filteredOn(s -> s != null)
        .extracting(Speaker::role).doesNotContain("regular", "chair", "guest");
  }

  @Test
  void speakerLabelsLabelTheTurnInsteadOfBecomingParagraphs() {
    assertThat(first.paragraphs()).extracting(Block::text).doesNotContain("THE CHAIR:", "Mr Cy Crow (Minister of Finance):");
    assertThat(speech(first, "CrowCy")).allSatisfy(b -> assertThat(b.speaker().label()).isEqualTo("Mr Cy Crow (Minister of Finance):"));
    assertThat(speech(first, "DaleDi").get(0).speaker().label()).isNull();
  }

  @Test
  void keepsEventsCommentsAndGapsInPlaceInsideTheSpeechAsMarks() {
    List<Block> crow = speech(first, "CrowCy");
    assertThat(crow).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.STAGE, BlockKind.PARAGRAPH);
    int laughter = crow.get(0).text().indexOf("(Laughter)");
    assertThat(crow.get(0).marks()).singleElement().isEqualTo(new Mark(MarkType.EVENT, laughter, 10, "Laughter", null));
    assertThat(crow.get(1).text()).isEqualTo("(Points at the clock.)");
    assertThat(crow.get(1).marks()).singleElement().extracting(Mark::type).isEqualTo(MarkType.EVENT);
    assertThat(crow.get(2).marks()).extracting(Mark::type, Mark::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MarkType.OMISSION, "inaudible"),
            org.assertj.core.groups.Tuple.tuple(MarkType.COMMENT, "Noise in the hall."));
    // Speech written straight into the utterance, without segs, keeps its events in the text too.
    assertThat(speech(second, "AbleAnn")).singleElement().satisfies(b -> {
      assertThat(b.text()).isEqualTo("Děkuji. (Hluk v sále) Pokračujeme.");
      assertThat(b.marks()).singleElement().isEqualTo(new Mark(MarkType.EVENT, 8, 13, "Hluk v sále", null));
    });
    // Between two speeches: a stage block of its own, marked as an event.
    Block doors = first.paragraphs().stream().filter(b -> b.text().equals("The doors open.")).findFirst().orElseThrow();
    assertThat(doors.kind()).isEqualTo(BlockKind.STAGE);
    assertThat(doors.speaker()).isNull();
    assertThat(doors.marks()).singleElement().isEqualTo(new Mark(MarkType.EVENT, 0, 15, "The doors open.", null));
  }

  @Test
  void dropsStructuralMarkersAndKeepsHeadings() {
    assertThat(first.paragraphs()).extracting(Block::text).doesNotContain("End of debateSection.");
    assertThat(first.paragraphs().get(0)).satisfies(b -> {
      assertThat(b.kind()).isEqualTo(BlockKind.HEADING);
      assertThat(b.text()).isEqualTo("Harbour dues");
    });
  }

  @Test
  void titlesEachSittingOwnTitleAndUsesItsSource() {
    // Both share one main title: the first has no sub-title, so its date tells it apart.
    assertThat(first.title()).isEqualTo("An invented harbour assembly [sample], 2020-03-04");
    assertThat(second.title()).isEqualTo("Přístavní shromáždění, 10. září 2021");
    assertThat(first.source().text()).isEqualTo("Harbour Assembly, Verbatim Report, vol. 9, 4 March 2020");
    assertThat(second.source().text()).isEqualTo("Těsnopisecká zpráva, 10. 9. 2021, https://example.org/record/2");
    assertThat(first.place()).isEqualTo("Porto Finto");
  }
}
