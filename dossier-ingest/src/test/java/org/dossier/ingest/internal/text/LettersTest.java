package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.dossier.ingest.internal.html.HtmlPageImporter;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.RegisterEntry;
import org.dossier.model.Speaker;
import org.dossier.tei.DossierTei;
import org.dossier.tei.SourceException;
import org.dossier.tei.json.JsonForm;
import org.dossier.testkit.Golden;
import org.dossier.testkit.TeiSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, point 1: salutations and closings of letters, despatches and telegrams are text,
 * never speakers; a label is a speaker only where turns alternate.
 */
class LettersTest {

  static Document letter(String name) throws SourceException {
    byte[] bytes;
    try (InputStream in = LettersTest.class.getResourceAsStream("/fixtures/letters/" + name)) {
      bytes = Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (name.endsWith(".html")
        ? new HtmlPageImporter().read(name, bytes, Fixtures.OPTIONS)
        : new TextPageImporter().read(name, bytes, Fixtures.OPTIONS)).single();
  }

  private static Stream<Speaker> speakers(Document d) {
    return d.blocks().map(Block::speaker).filter(Objects::nonNull);
  }

  @Test
  void keepsTheSalutationOfADespatchInItsParagraphAndGivesNoSpeaker() throws Exception {
    Document d = letter("despatch.txt");
    assertThat(d.expectBlock(1).text()).startsWith("Sir: I have the honor to report");
    assertThat(speakers(d)).isEmpty();
    assertThat(d.participants()).isEmpty();
    assertThat(d.notes()).singleElement().satisfies(n -> assertThat(n.paragraph()).isEqualTo(1));
  }

  @Test
  void callsADocumentWithASalutationOrAClosingALetterWhenItsTitleNamesNoType() throws Exception {
    assertThat(letter("despatch.txt").type()).isEqualTo("letter");
    assertThat(letter("french-letter.txt").type()).isEqualTo("letter");
    assertThat(letter("telegram.txt").type()).isEqualTo("telegram");
    assertThat(letter("statement.txt").type()).isNull();
  }

  @Test
  void makesTheClosingAndTheSignatureClosers() throws Exception {
    Document d = letter("despatch.txt");
    assertThat(d.expectBlock(3).kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(d.expectBlock(3).text()).isEqualTo("I have the honor to be, Sir, your obedient servant,");
    assertThat(d.expectBlock(4).kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(d.expectBlock(4).text()).isEqualTo("E. HALDEN.");
    assertThat(d.expectBlock(2).kind()).isEqualTo(BlockKind.PARAGRAPH);
  }

  @Test
  void makesASalutationThatStandsAloneAnOpener() throws Exception {
    Document d = letter("letter.txt");
    assertThat(d.expectBlock(1).text()).isEqualTo("Dear Mr. Secretary:");
    assertThat(d.expectBlock(1).kind()).isEqualTo(BlockKind.OPENER);
    assertThat(d.blocks().filter(b -> b.kind() == BlockKind.CLOSER).map(Block::text))
        .containsExactly("Sincerely,", "Andras Varga", "Minister of Trade");
    assertThat(speakers(d)).isEmpty();
  }

  @Test
  void readsATelegramWithAnHonorificAndAnExcellencyAsText() throws Exception {
    Document d = letter("telegram.txt");
    assertThat(d.expectBlock(2).text()).startsWith("Mr. Ambassador: Please deliver");
    assertThat(d.expectBlock(3).text()).startsWith("Excellency: The Government");
    assertThat(d.expectBlock(4).kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(d.expectBlock(5).kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(speakers(d)).isEmpty();
  }

  @Test
  void readsAFrenchSalutationAndClosingAsText() throws Exception {
    Document d = letter("french-letter.txt");
    assertThat(d.expectBlock(1).text()).startsWith("Monsieur le Ministre: J’ai l’honneur");
    assertThat(d.expectBlock(3).kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(d.expectBlock(4).kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(speakers(d)).isEmpty();
  }

  @Test
  void leavesALabelThatNeverAlternatesInTheText() throws Exception {
    Document d = letter("statement.txt");
    assertThat(d.expectBlock(1).text()).startsWith("Varga: The talks");
    assertThat(speakers(d)).isEmpty();
  }

  @Test
  void makesALoneLabelASpeakerWhenTheEditionsRegisterNamesIt() throws Exception {
    byte[] bytes;
    try (InputStream in = LettersTest.class.getResourceAsStream("/fixtures/letters/statement.txt")) {
      bytes = Objects.requireNonNull(in).readAllBytes();
    }
    Document d = new TextPageImporter().read("statement.txt", bytes,
        Fixtures.OPTIONS.withPersons(List.of(new RegisterEntry("varga", "Varga, Andras", "Minister of Trade")))).single();
    assertThat(d.expectBlock(1).speaker()).isEqualTo(Speaker.named("Varga"));
    assertThat(d.expectBlock(1).text()).startsWith("The talks");
    assertThat(d.expectBlock(2).speaker()).isEqualTo(Speaker.named("Varga"));
  }

  @Test
  void findsTheTurnsOfAConversationReportedInADespatchButNotTheSalutationOrClosing() throws Exception {
    Document d = letter("conversation-in-despatch.txt");
    assertThat(d.blocks().map(b -> b.speaker() == null ? "-" : b.speaker().name()))
        .containsExactly("-", "The Minister", "Mr. Halden", "The Minister", "-", "-");
    assertThat(d.expectBlock(1).text()).startsWith("My Lord: I have the honor");
    assertThat(d.headnote()).as("a salutation opens the writer's text, not the editors' headnote").isEmpty();
    assertThat(d.expectBlock(2).text()).startsWith("The commission will not");
    assertThat(d.expectBlock(5).kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(d.participants()).containsExactly("The Minister", "Mr. Halden");
  }

  @Test
  void readsTheSalutationOfAnHtmlDespatchAsText() throws Exception {
    Document d = letter("despatch.html");
    assertThat(d.expectBlock(1).text()).startsWith("Sir: Referring to my despatch No. 14");
    assertThat(d.expectBlock(3).kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(speakers(d)).isEmpty();
  }

  @Test
  void readsAnHtmlLetterWithAnExcellencyAlone() throws Exception {
    Document d = letter("letter.html");
    assertThat(d.expectBlock(1).kind()).isEqualTo(BlockKind.OPENER);
    assertThat(d.expectBlock(1).text()).isEqualTo("Excellency:");
    assertThat(d.expectBlock(3).kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(d.expectBlock(4).kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(speakers(d)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "despatch.txt", "letter.txt", "telegram.txt", "french-letter.txt", "statement.txt",
      "conversation-in-despatch.txt", "despatch.html", "letter.html"})
  void matchesTheGoldenFile(String name) throws Exception {
    Golden.assertMatches("letters/" + name.replace('.', '-') + ".json", JsonForm.toJson(letter(name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"despatch.txt", "letter.txt", "conversation-in-despatch.txt", "letter.html"})
  void writesOpenersAndClosersAsValidTeiThatReadsBackTheSame(String name) throws Exception {
    Document d = letter(name);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierTei.write(d, out);
    assertThat(TeiSchema.errors(out.toByteArray())).isEmpty();
    assertThat(DossierTei.read(new ByteArrayInputStream(out.toByteArray()), name)).isEqualTo(d);
  }
}
