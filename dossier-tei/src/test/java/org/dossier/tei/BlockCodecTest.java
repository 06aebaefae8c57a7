package org.dossier.tei;

import org.dossier.testkit.TeiSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.junit.jupiter.api.Test;

/** Which blocks are written inline and which fall back to standoff, and that both read back. */
class BlockCodecTest {

  private static String roundTrip(Block block, Note... notes) throws Exception {
    Document d = Document.builder("b", "t").paragraphs(List.of(block)).notes(List.of(notes)).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierTei.write(d, out);
    byte[] xml = out.toByteArray();
    assertThat(TeiSchema.errors(xml)).isEmpty();
    assertThat(DossierTeiTest.read(xml)).isEqualTo(d);
    String s = new String(xml, StandardCharsets.UTF_8);
    int start = s.indexOf("<p n=");
    return s.substring(start, s.indexOf("</p>", start) + 4);
  }

  private static Block block(String text, List<Mark> marks, List<Mention> mentions) {
    return new Block(1, BlockKind.PARAGRAPH, null, text, marks, mentions);
  }

  @Test
  void adjacentMarksWithNotesAtTheirEdgesStayInline() throws Exception {
    String text = "[a][sic]";
    Block b = block(text, List.of(new Mark(MarkType.SUPPLIED, 0, 3, "a", null), new Mark(MarkType.SIC, 3, 5, "sic", null)),
        List.of());
    assertThat(roundTrip(b, new Note(1, 1, 0, "before"), new Note(2, 1, 3, "between"), new Note(3, 1, 8, "after")))
        .isEqualTo("<p n=\"1\"><note place=\"foot\" n=\"1\">before</note><supplied>[a]</supplied>"
            + "<note place=\"foot\" n=\"2\">between</note><sic>[sic]</sic><note place=\"foot\" n=\"3\">after</note></p>");
  }

  @Test
  void aPrintedSpanWithoutBracketsKeepsItsTextAsContent() throws Exception {
    Block b = block("da, prosto tak.", List.of(new Mark(MarkType.FOREIGN, 4, 10, "prosto tak", "ru-Latn")), List.of());
    assertThat(roundTrip(b)).isEqualTo("<p n=\"1\">da, <foreign xml:lang=\"ru-Latn\">prosto tak</foreign>.</p>");
  }

  @Test
  void zeroLengthOmissionIsAnEmptyGapWithItsDescription() throws Exception {
    Block b = block("before after", List.of(new Mark(MarkType.OMISSION, 6, 0, "two lines", null)), List.of());
    assertThat(roundTrip(b)).isEqualTo("<p n=\"1\">before<gap><desc>two lines</desc></gap> after</p>");
  }

  @Test
  void aMentionInsideASuppliedMarkNests() throws Exception {
    Block b = block("[Kurt]", List.of(new Mark(MarkType.SUPPLIED, 0, 6, "Kurt", null)),
        List.of(new Mention(MentionType.PERSON, 1, 4, "p_K")));
    assertThat(roundTrip(b)).isEqualTo("<p n=\"1\"><supplied>[<persName ref=\"#p_K\">Kurt</persName>]</supplied></p>");
  }

  @Test
  void aNoteInsideAnOmissionFallsBackToStandoff() throws Exception {
    Block b = block("x [\u2026] y", List.of(new Mark(MarkType.OMISSION, 2, 3, "", null)), List.of());
    assertThat(roundTrip(b, new Note(1, 1, 3, "inside")))
        .isEqualTo("<p n=\"1\">x <anchor xml:id=\"p1.o2\"/>[<note place=\"foot\" n=\"1\">inside</note>\u2026]"
            + "<anchor xml:id=\"p1.o5\"/> y<spanGrp type=\"dossier\"><span type=\"omission\" from=\"#p1.o2\" to=\"#p1.o5\"/>"
            + "</spanGrp></p>");
  }

  @Test
  void contentThatIsNotThePrintedSpanFallsBackToStandoff() throws Exception {
    Block b = block("[K.]", List.of(new Mark(MarkType.SUPPLIED, 0, 4, "Kurt", null)), List.of());
    assertThat(roundTrip(b)).contains("<span type=\"supplied\" from=\"#p1.o0\" to=\"#p1.o4\">Kurt</span>");
  }

  @Test
  void partiallyOverlappingMentionsFallBackToStandoff() throws Exception {
    Block b = block("New York Times", List.of(),
        List.of(new Mention(MentionType.PLACE, 0, 8, "pl_NY"), new Mention(MentionType.ORGANIZATION, 4, 10, "o_T")));
    assertThat(roundTrip(b)).contains("<span type=\"place\" ana=\"#pl_NY\"", "<span type=\"organization\" ana=\"#o_T\"");
  }

  @Test
  void equalSpansInModelOrderReadBackInThatOrder() throws Exception {
    Block b = block("[x]", List.of(new Mark(MarkType.SIC, 0, 3, "x", null), new Mark(MarkType.SUPPLIED, 0, 3, "x", null),
        new Mark(MarkType.SUPPLIED, 0, 0, "", null)), List.of());
    assertThat(roundTrip(b)).isEqualTo("<p n=\"1\"><sic><supplied><supplied/>[x]</supplied></sic></p>");
  }

  @Test
  void aZeroLengthMarkListedBeforeALongerOneAtTheSameOffsetReadsBackInOrder() throws Exception {
    Block b = block("[x]", List.of(new Mark(MarkType.SUPPLIED, 0, 0, "", null), new Mark(MarkType.SIC, 0, 3, "x", null)),
        List.of());
    roundTrip(b);
  }

  @Test
  void registerIdsArePercentEncodedPointers() {
    assertThat(TeiNames.pointer("p_GMS_1")).isEqualTo("#p_GMS_1");
    assertThat(TeiNames.pointer("a b#Ж%")).isEqualTo("#a%20b%23%D0%96%25");
    assertThat(TeiNames.unpointer(TeiNames.pointer("a b#Ж%\uD83D\uDE00"))).isEqualTo("a b#Ж%\uD83D\uDE00");
  }
}
