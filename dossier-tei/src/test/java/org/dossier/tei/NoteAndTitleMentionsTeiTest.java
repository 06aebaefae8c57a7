package org.dossier.tei;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.tei.json.JsonForm;
import org.dossier.testkit.TeiSchema;
import org.junit.jupiter.api.Test;

/** The mentions the source tags in a title and in footnotes survive Dossier TEI and the JSON form. */
class NoteAndTitleMentionsTeiTest {
  private static final String TITLE = "Letter From Ada Quill to Bram Oster";
  private static final String NOTE = "Quill kept a copy in Lisbon.";

  static Document letter(List<Mention> noteMentions) {
    return Document.builder("letter-3", TITLE)
        .titleMentions(List.of(new Mention(MentionType.PERSON, 12, 9, "p_quill"),
            new Mention(MentionType.PERSON, 25, 10, "p_oster")))
        .paragraphs(List.of(Block.paragraph(1, "Dear Bram, the parcel left today.")))
        .notes(List.of(new Note(1, 1, 4, NOTE, noteMentions), new Note(2, null, 6, "On the title.")))
        .build();
  }

  private static List<Mention> quillInLisbon() {
    return List.of(new Mention(MentionType.PERSON, 0, 5, "p_quill"), new Mention(MentionType.PLACE, 21, 6, "pl_lis"));
  }

  @Test
  void titleAndNoteMentionsAreWrittenInlineValidAndReadBackEqual() throws Exception {
    Document d = letter(quillInLisbon());
    byte[] xml = DossierTeiTest.write(d);
    assertThat(TeiSchema.errors(xml)).isEmpty();
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains(" From <persName ref=\"#p_quill\">Ada Quill</persName> to ")
        .contains("<note place=\"foot\" n=\"1\"><persName ref=\"#p_quill\">Quill</persName> kept a copy in "
            + "<placeName ref=\"#pl_lis\">Lisbon</placeName>.</note>");
    assertThat(DossierTeiTest.read(xml)).isEqualTo(d);
  }

  @Test
  void overlappingNoteMentionsGoStandoffInsideTheNoteAndReadBackEqual() throws Exception {
    Document d = letter(List.of(new Mention(MentionType.PERSON, 0, 10, "p_quill"),
        new Mention(MentionType.TERM, 6, 8, "t_copy")));
    byte[] xml = DossierTeiTest.write(d);
    assertThat(TeiSchema.errors(xml)).isEmpty();
    assertThat(new String(xml, StandardCharsets.UTF_8)).contains("xml:id=\"p1.n1.o6\"", "<spanGrp type=\"dossier\">");
    assertThat(DossierTeiTest.read(xml)).isEqualTo(d);
  }

  @Test
  void theJsonFormCarriesTitleMentionsAndNoteMentionsAndReadsThemBack() throws Exception {
    Document d = letter(quillInLisbon());
    String json = JsonForm.toJson(d);
    assertThat(json).contains("\"titleMentions\":[{\"type\":\"person\",\"offset\":12,\"length\":9,\"ref\":\"p_quill\"}")
        .contains("\"text\":\"" + NOTE + "\",\"mentions\":[{\"type\":\"person\"");
    assertThat(JsonForm.fromJson(json, "letter.json")).isEqualTo(d);
    assertThat(JsonForm.toJson(letter(List.of()))).doesNotContain("\"mentions\"");
  }
}
