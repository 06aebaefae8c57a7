package org.dossier.tei.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dossier.tei.SourceException;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.Provenance;
import org.dossier.model.Source;
import org.dossier.model.Speaker;
import org.junit.jupiter.api.Test;

class JsonFormTest {
  static Document meeting() {
    return Document.builder("meeting-7", "Notes of a Meeting of the Harbour Board")
        .edition("harbour-papers").editionTitle("Harbour Papers").number("7")
        .date(DocDate.of("1911-05-02")).place("Trieste").type("minutes").language("en")
        .participants(List.of("Chair", "Secretary")).editors(List.of("A. Editor", "B. Editor"))
        .headnote(List.of(Block.paragraph(1, "The board met twice that spring.")))
        .paragraphs(List.of(
            new Block(2, BlockKind.PARAGRAPH, new Speaker("Chair", "president of the board", "p1", "Liberal"),
                "We spoke [with Rossi] about the pier […] and the tolls [sic].",
                List.of(new Mark(MarkType.SUPPLIED, 9, 12, "with Rossi", null),
                    new Mark(MarkType.OMISSION, 37, 3, "", null),
                    new Mark(MarkType.SIC, 55, 5, "sic", null)),
                List.of(new Mention(MentionType.PERSON, 15, 5, "p_rossi"))),
            new Block(3, BlockKind.STAGE, null, "(Laughter.)", List.of(), List.of()),
            new Block(4, BlockKind.PARAGRAPH, Speaker.named("Secretary"), "Agreed [tak tochno].",
                List.of(new Mark(MarkType.FOREIGN, 7, 12, "tak tochno", "ru-Latn")), List.of())))
        .notes(List.of(new Note(1, 2, 36, "The old pier, rebuilt in 1908."), new Note(2, null, 0, "On the title.")))
        .source(new Source("Port Archive, Fond 3. Opis 2.", "Port Archive", "3", "2", null, "City Library", "C. Translator"))
        .rights("© The editors")
        .provenance(new Provenance("meeting-7.txt", "text", "2026-11-29T08:00:00Z"))
        .build();
  }

  @Test
  void writesTheFieldsOfTheDesignContract() throws Exception {
    JsonNode o = new ObjectMapper().readTree(JsonForm.toJson(meeting()));
    assertThat(o.get("number").textValue()).isEqualTo("7");
    assertThat(o.get("date").textValue()).isEqualTo("1911-05-02");
    assertThat(o.get("translator").textValue()).isEqualTo("C. Translator");
    JsonNode p2 = o.get("paragraphs").get(0);
    assertThat(p2.get("n").intValue()).isEqualTo(2);
    assertThat(p2.get("speaker").textValue()).isEqualTo("Chair");
    assertThat(p2.get("role").textValue()).isEqualTo("president of the board");
    assertThat(p2.get("marks").get(0).get("type").textValue()).isEqualTo("supplied");
    assertThat(p2.get("marks").get(0).get("text").textValue()).isEqualTo("with Rossi");
    assertThat(o.get("paragraphs").get(1).get("kind").textValue()).isEqualTo("stage");
    assertThat(o.get("notes").get(0).get("paragraph").intValue()).isEqualTo(2);
    assertThat(o.get("notes").get(1).get("paragraph").isNull()).isTrue();
    assertThat(o.get("source").get("fond").textValue()).isEqualTo("3");
  }

  @Test
  void writesTheSpeakersLabelAndTheMarksOfEventsAndCommentsAndReadsThemBack() throws Exception {
    String text = "I rise. (Applause.) (Noise.)";
    Document d = Document.builder("sitting-2", "Sitting")
        .paragraphs(List.of(new Block(1, BlockKind.PARAGRAPH,
            new Speaker("Bo Berg", "Member of Parliament", "BergBo", "Harbour Party", "MR BERG:"), text,
            List.of(new Mark(MarkType.EVENT, 8, 11, "Applause.", null), new Mark(MarkType.COMMENT, 20, 8, "Noise.", null)),
            List.of())))
        .build();
    JsonNode p = new ObjectMapper().readTree(JsonForm.toJson(d)).get("paragraphs").get(0);
    assertThat(p.get("speakerLabel").textValue()).isEqualTo("MR BERG:");
    assertThat(p.get("role").textValue()).isEqualTo("Member of Parliament");
    assertThat(p.get("marks").get(0).get("type").textValue()).isEqualTo("event");
    assertThat(p.get("marks").get(1).get("type").textValue()).isEqualTo("comment");
    assertThat(JsonForm.fromJson(JsonForm.toJson(d), "x.json")).isEqualTo(d);
  }

  @Test
  void readingBackGivesAnEqualDocument() throws Exception {
    Document d = meeting();
    assertThat(JsonForm.fromJson(JsonForm.toJson(d), "x.json")).isEqualTo(d);
    assertThat(JsonForm.fromJson(JsonForm.toPrettyJson(d), "x.json")).isEqualTo(d);
    Document bare = Document.builder("bare", "").build();
    assertThat(JsonForm.fromJson(JsonForm.toJson(bare), "x.json")).isEqualTo(bare);
    Document range = bare.toBuilder().date(DocDate.range("1985-03", null)).build();
    assertThat(JsonForm.fromJson(JsonForm.toJson(range), "x.json")).isEqualTo(range);
  }

  @Test
  void invalidJsonIsAnErrorWithLineAndColumn() {
    assertThatThrownBy(() -> JsonForm.fromJson("{\n  \"id\": \"a\",\n  \"title\" \"b\"\n}", "doc.json"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("not valid JSON")
        .hasMessageEndingWith("(at doc.json:3:11)");
  }

  @Test
  void aDocumentThatBreaksTheModelIsAnErrorNamingTheField() {
    assertThatThrownBy(() -> JsonForm.fromJson("{\"id\": \"../x\", \"title\": \"t\"}", "d.json"))
        .isInstanceOf(SourceException.class).hasMessageContaining("document id must be URL-safe");
    assertThatThrownBy(() -> JsonForm.fromJson("{\"id\": \"x\"}", "d.json"))
        .isInstanceOf(SourceException.class).hasMessageContaining("'title' is required");
    assertThatThrownBy(() -> JsonForm.fromJson("{\"id\": \"x\", \"title\": \"t\", \"paragraphs\": [{\"n\": \"two\", \"text\": \"\"}]}", "d.json"))
        .isInstanceOf(SourceException.class).hasMessageContaining("'n' must be an integer");
    assertThatThrownBy(() -> JsonForm.fromJson("[1]", "d.json"))
        .isInstanceOf(SourceException.class).hasMessageContaining("is an object");
  }
}
