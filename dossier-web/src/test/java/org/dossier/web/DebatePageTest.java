package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.dossier.model.Affiliation;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.RegisterEntry;
import org.dossier.model.Speaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A debate in the reader: speakers with office, party and printed label; events and comments in speeches. */
class DebatePageTest {
  private static DossierServer server;

  static Document sitting() {
    Speaker berg = new Speaker("Bo Berg", "Member of Parliament", "BergBo", "Harbour Party", "MR BERG:");
    Speaker chair = new Speaker("Ann Able", "Chair", null, null);
    String speech = "I rise. (Applause.) The dues are too high (11.40 hours) for the ferrymen.";
    return Document.builder("sitting-1911-09-09", "Sitting of 9 September 1911")
        .edition("harbour").date(DocDate.of("1911-09-09")).type("debate").language("en")
        .paragraphs(List.of(
            new Block(1, BlockKind.PARAGRAPH, chair, "Mr Berg has the floor.", List.of(), List.of()),
            new Block(2, BlockKind.PARAGRAPH, berg, speech,
                List.of(new Mark(MarkType.EVENT, speech.indexOf("(Applause.)"), 11, "Applause.", null),
                    new Mark(MarkType.COMMENT, speech.indexOf("(11.40"), 13, "11.40 hours", null)),
                List.of()),
            new Block(3, BlockKind.STAGE, berg, "(Noise in the hall.)",
                List.of(new Mark(MarkType.EVENT, 0, 20, "Noise in the hall.", null)), List.of()),
            new Block(4, BlockKind.PARAGRAPH, berg, "I sit down.", List.of(), List.of())))
        .build();
  }

  @BeforeAll
  static void start() {
    Edition edition = new Edition("harbour", "Harbour Assembly Debates", List.of(), null, null,
        List.of(new RegisterEntry("BergBo", "Bo Berg", null, "M", List.of(
            new Affiliation("Harbour Party", "member", "1905", null),
            new Affiliation("Harbour Assembly", "Member of Parliament", "1908-03-01", "1912-02-28")))),
        List.of(), List.of());
    server = DossierWeb.start(WebConfig.of(List.of(EditionSource.of(edition, List.of(sitting())))).withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String page() throws Exception {
    return page("/harbour/sitting-1911-09-09");
  }

  private static String page(String path) throws Exception {
    HttpResponse<String> r = Http.get(server, path);
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  @Test
  void namesTheSpeakerWithOfficeAndPartyAndKeepsThePrintedLabelAsATitle() throws Exception {
    String html = page();
    assertThat(html).contains("<span class=\"speaker\" title=\"As printed: MR BERG:\"><a href=\"/harbour/persons/BergBo\">Bo Berg</a> "
        + "<span class=\"role\">(Member of Parliament, Harbour Party)</span>:</span>");
    assertThat(html).contains("<span class=\"speaker\">Ann Able <span class=\"role\">(Chair)</span>:</span>");
    assertThat(html).doesNotContain(">MR BERG:<");
  }

  @Test
  void showsEventsAndCommentsInPlaceAsExplainedMarks() throws Exception {
    String html = page();
    assertThat(html).contains("I rise. <span class=\"mark mark-event\" tabindex=\"0\" "
        + "title=\"In the room, not speech: Applause.\"");
    assertThat(html).contains("class=\"mark mark-comment\"").contains(">(11.40 hours)</span> for the ferrymen.");
    assertThat(html).contains("id=\"mark-event\"").contains("id=\"mark-comment\"");
    String p3 = html.substring(html.indexOf("id=\"p3\""), html.indexOf("id=\"p4\""));
    assertThat(p3).as("the stage block stays in Berg's turn").doesNotContain("class=\"speaker\"");
  }

  @Test
  void showsAPersonsAffiliationsWithTheirDatesOnThePersonPage() throws Exception {
    String html = page("/harbour/persons/BergBo");
    assertThat(html).contains("<li>member, Harbour Party, 1905 – </li>")
        .contains("<li>Member of Parliament, Harbour Assembly, 1908-03-01 – 1912-02-28</li>");
  }
}
