package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Block;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Note;
import org.dossier.model.Source;
import org.dossier.model.Speaker;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 3, points 1–7: the founding page, structured to the last footnote. */
class FoundingPageTest {
  static final ImportOptions OPTIONS =
      ImportOptions.defaults().withClock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
  static final List<String> CHROME = List.of("Version classique", "Version mobile", "Texte intégral",
      "Conditions d’utilisation", "Volume papier", "Rechercher dans OpenEdition Search", "Vous allez être redirigé",
      "OpenEdition");

  static ImportResult result;
  static Document doc;

  @BeforeAll
  static void importFoundingPage() throws Exception {
    result = Importers.read(SharedData.foundingPage(), OPTIONS);
    doc = result.single();
  }

  @Test
  void readsTheEditionEditorsNumberTitleAndDate() {
    assertThat(doc.editionTitle()).isEqualTo("Masterpieces of History");
    assertThat(doc.editors()).containsExactly("Svetlana Savranskaya", "Thomas Blanton", "Vladislav Zubok");
    assertThat(doc.number()).isEqualTo("51");
    assertThat(doc.title())
        .isEqualTo("Notes of Mikhail Gorbachev’s Meeting with Soviet Ambassadors to Socialist Countries")
        .doesNotContain("Document No.");
    assertThat(doc.date()).isEqualTo(DocDate.of("1989-03-03"));
    assertThat(doc.language()).isEqualTo("en");
    assertThat(doc.type()).isEqualTo("minutes");
  }

  @Test
  void derivesAUrlSafeIdFromTheEditionTitleAndNumber() {
    assertThat(doc.id()).isEqualTo("masterpieces-of-history-51");
  }

  @Test
  void recordsWhereTheDocumentCameFrom() {
    assertThat(doc.provenance()).isNotNull();
    assertThat(doc.provenance().file()).isEqualTo("masterpieces-doc51.txt");
    assertThat(doc.provenance().format()).isEqualTo("text");
    assertThat(doc.provenance().importedAt()).isEqualTo("2026-01-02T03:04:05Z");
  }

  @Test
  void paragraphOneIsTheHeadnote() {
    assertThat(doc.headnote()).extracting(Block::n).containsExactly(1);
    Block headnote = doc.headnote().get(0);
    assertThat(headnote.speaker()).isNull();
    assertThat(headnote.text()).startsWith("These notes reproduce a remarkable oration").doesNotStartWith("1");
    assertThat(headnote.marks()).extracting(Mark::type, Mark::text).containsExactly(tuple(MarkType.SUPPLIED, "our"));
  }

  @Test
  void paragraphsTwoToFortyThreeAreTheBodyWithTheirPrintedNumbers() {
    assertThat(doc.paragraphs()).extracting(Block::n).containsExactlyElementsOf(IntStream.rangeClosed(2, 43).boxed().toList());
    assertThat(doc.paragraphs()).allSatisfy(b -> assertThat(b.text()).doesNotMatch("^\\d.*").isNotBlank());
    assertThat(doc.expectBlock(43).text()).isEqualTo(
        "For now we are not equipped with the necessary defensive mechanisms. We are excluding the possibility of bloody methods.");
  }

  @Test
  void paragraphFortyFourIsTheSourceLineAndNotInTheBody() {
    assertThat(doc.findBlock(44)).isEmpty();
    assertThat(doc.blocks()).noneMatch(b -> b.text().contains("Source:") || b.text().contains("Gorbachev Foundation"));
    Source source = doc.source();
    assertThat(source).isNotNull();
    assertThat(source.text()).isEqualTo("Archive of the Gorbachev Foundation, Fond 2. Opis 1. On file at the National "
        + "Security Archive. Translated by Anna Melyakova.");
    assertThat(source.archive()).isEqualTo("Archive of the Gorbachev Foundation");
    assertThat(source.fond()).isEqualTo("2");
    assertThat(source.opis()).isEqualTo("1");
    assertThat(source.delo()).isNull();
    assertThat(source.holding()).isEqualTo("National Security Archive");
    assertThat(source.translator()).isEqualTo("Anna Melyakova");
    assertThat(doc.translator()).contains("Anna Melyakova");
  }

  @Test
  void gorbachevSpeaksTwoToTwentyWhereUnlabelledParagraphsContinueHisTurn() {
    for (int n = 2; n <= 20; n++) assertThat(doc.expectBlock(n).speaker()).as("¶%d", n).isEqualTo(Speaker.named("Gorbachev"));
    assertThat(doc.expectBlock(2).text()).startsWith("Nothing is going to be easy.");
    assertThat(doc.expectBlock(3).text()).startsWith("Even our first reaction");
  }

  @Test
  void lomakinAndAristovSpeakWithTheirRolesAndGorbachevAnswersFromTwentyThree() {
    assertThat(doc.expectBlock(21).speaker()).isEqualTo(Speaker.of("Lomakin", "ambassador to Czechoslovakia"));
    assertThat(doc.expectBlock(22).speaker()).isEqualTo(Speaker.of("Aristov", "ambassador to Poland"));
    for (int n = 23; n <= 43; n++) assertThat(doc.expectBlock(n).speaker()).as("¶%d", n).isEqualTo(Speaker.named("Gorbachev"));
    assertThat(doc.expectBlock(21).text()).startsWith("The issue is not with the collective farms.");
    assertThat(doc.expectBlock(22).text()).startsWith("Poland produces less than the GDR.");
    assertThat(doc.expectBlock(23).text()).startsWith("The reforms are influencing the personnel.");
    assertThat(doc.participants()).containsExactly("Gorbachev", "Lomakin", "Aristov");
  }

  @Test
  void labelsAndRolesAreNotInTheText() {
    assertThat(doc.blocks()).noneMatch(b -> b.text().startsWith("Gorbachev:") || b.text().contains("Lomakin:")
        || b.text().contains("Aristov:") || b.text().contains("(ambassador to"));
  }

  @Test
  void hasExactlyTwoNotesCalledRightAfterDeputiesAndYears() {
    assertThat(doc.notes()).extracting(Note::n, Note::paragraph).containsExactly(tuple(1, 7), tuple(2, 35));
    Note first = doc.notes().get(0);
    Note second = doc.notes().get(1);
    assertThat(doc.expectBlock(7).span(0, first.offset())).endsWith("Congress of People’s Deputies");
    assertThat(doc.expectBlock(35).span(0, second.offset())).isEqualTo("Soviet GNP growth in the last five years");
    assertThat(first.text()).startsWith("The first free elections, allowing for several names on the ballot")
        .endsWith("electoral campaign for communists throughout the Soviet Union.");
    assertThat(second.text()).isEqualTo("The phrase “in the last five years” is handwritten as an insert.");
  }

  @Test
  void theCallDigitsAreGoneAndThePreviewsAppearNowhere() {
    assertThat(doc.expectBlock(7).text()).contains("Deputies traveled").doesNotContain("Deputies1");
    assertThat(doc.expectBlock(35).text()).contains("five years has").doesNotContain("years2");
    assertThat(doc.blocks()).noneMatch(b -> b.text().contains("•") || b.text().contains("(...)"));
    assertThat(doc.blocks()).noneMatch(b -> b.text().contains("The first free elections"));
  }

  @Test
  void classifiesTheEditorialBrackets() {
    assertThat(marksOf(MarkType.OMISSION)).hasSize(10).allMatch(m -> m.text().equals("…") && m.length() == 3);
    assertThat(marksOf(MarkType.SIC)).extracting(Mark::text).containsExactly("sic");
    assertThat(marksOf(MarkType.FOREIGN)).extracting(Mark::text, Mark::lang).containsExactly(tuple("prosto tak", "ru-Latn"));
    assertThat(marksOf(MarkType.SUPPLIED)).extracting(Mark::text).containsExactly(
        "our", "Kurt", "tied up", "And", "in the room", "for us", "Ligachev", "rubles", "follow");
  }

  @Test
  void marksCoverThePrintedBracketsInTheReadingText() {
    doc.blocks().forEach(b -> b.marks().forEach(m ->
        assertThat(b.span(m.offset(), m.end())).isEqualTo("[" + m.text() + "]")));
    assertThat(doc.expectBlock(7).text()).contains("as [Kurt] Hager said");
    assertThat(doc.expectBlock(34).text()).contains("for no particular reason [prosto tak].");
  }

  @Test
  void keepsTheRightsAndNoChromeInAnyField() {
    assertThat(doc.rights()).isEqualTo("© Central European University Press, 2010");
    String everything = doc.toString();
    for (String chrome : CHROME) assertThat(everything).as("chrome '%s'", chrome).doesNotContain(chrome);
  }

  @Test
  void reportsThePrintHyphenationInParagraphTwentyEightWithItsRepair() throws Exception {
    List<String> lines = Files.readAllLines(SharedData.foundingPage());
    int line = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith("28")).findFirst().orElseThrow() + 1;
    int column = lines.get(line - 1).indexOf("per-estroika") + 1;
    assertThat(result.issues()).filteredOn(i -> i.kind().equals("hyphenation"))
        .extracting(ImportIssue::line, ImportIssue::column, ImportIssue::suggestion)
        .containsExactly(tuple(line, column, "perestroika"));
    assertThat(result.issues()).extracting(ImportIssue::kind).containsOnly("hyphenation");
    assertThat(doc.expectBlock(28).text()).contains("from our per-estroika.");
  }

  @Test
  void doesNotFlagRealCompounds() {
    assertThat(result.issues()).noneMatch(i -> i.message().contains("reform-oriented"));
  }

  @Test
  void importsTheSameDocumentFromBytesInMemory() throws Exception {
    Path page = SharedData.foundingPage();
    Document fromBytes = new TextPageImporter().read("masterpieces-doc51.txt", Files.readAllBytes(page), OPTIONS).single();
    assertThat(fromBytes).isEqualTo(doc);
  }

  private static List<Mark> marksOf(MarkType type) {
    return doc.blocks().flatMap(b -> b.marks().stream()).filter(m -> m.type() == type).toList();
  }
}
