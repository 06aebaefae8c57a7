package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NoteLinksTest {
  @Test
  void aNameTaggedInAFootnoteLinksToItsRegisterEntry() throws Exception {
    String text = "Shultz spoke with him later that day.";
    String noteText = "Shultz's notes of the call are not printed.";
    Document doc = Document.builder("d40", "A telephone call")
        .paragraphs(List.of(Block.paragraph(1, text)))
        .notes(List.of(new Note(1, 1, text.length(), noteText,
            List.of(new Mention(MentionType.PERSON, 0, "Shultz".length(), "p_SGP_1")))))
        .build();
    try (DossierServer server = DossierWeb.start(
        WebConfig.of(List.of(EditionSource.of(RegisterFixtures.edition(), List.of(doc)))).withPort(0))) {
      Element note = Http.html(server, "/quiet-volume/d40", 200).selectFirst("#n1 .note-text");
      Element name = note.selectFirst("a.ref-person");
      assertThat(name.text()).isEqualTo("Shultz");
      assertThat(name.attr("href")).isEqualTo("/quiet-volume/persons/p_SGP_1");
      assertThat(name.attr("title")).isEqualTo("Shultz, George P.");
      assertThat(note.text()).isEqualTo(noteText);
    }
  }
}
