package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.dossier.ingest.ImportResult;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Note;
import org.junit.jupiter.api.Test;

/** Issue 3, point 9: a page with forty notes, their previews between the paragraphs. */
class FortyNotesTest {

  @Test
  void findsEveryCallInItsParagraphAndDropsEveryPreview() throws Exception {
    ImportResult result = Fixtures.text("forty-notes.txt");
    Document doc = result.single();
    assertThat(doc.paragraphs()).extracting(Block::n).containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
    assertThat(doc.notes()).hasSize(40);
    for (Note note : doc.notes()) {
      assertThat(note.paragraph()).isEqualTo(note.n());
      Block b = doc.expectBlock(note.n());
      assertThat(b.span(0, note.offset())).as("call of note %d", note.n()).matches(".* the \\p{L}+ \\p{L}+");
      assertThat(note.text()).endsWith("which the editors could consult in the port archive.");
    }
    assertThat(doc.blocks()).noneMatch(b -> b.text().matches(".*\\d.*") || b.text().contains("•"));
    assertThat(result.issues()).isEmpty();
    assertThat(doc.toString()).doesNotContain("Version classique", "Texte intégral", "Conditions d’utilisation", "(...)");
    assertThat(doc.editors()).containsExactly("Ines Moreau", "Karl Dahl");
    assertThat(doc.source().fond()).isEqualTo("4");
    assertThat(doc.findBlock(41)).isEmpty();
    assertThat(doc.rights()).isEqualTo("© Coastal Press, 2019");
  }

  @Test
  void keepsTwoDigitCallsApartFromOneDigitNotes() throws Exception {
    Document doc = Fixtures.text("forty-notes.txt").single();
    assertThat(doc.notesIn(12)).extracting(Note::n).containsExactly(12);
    assertThat(doc.notesIn(1)).extracting(Note::n).containsExactly(1);
    assertThat(doc.expectBlock(12).text()).contains("coal prices were handled");
  }
}
