package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.dossier.ingest.ImportResult;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Note;
import org.junit.jupiter.api.Test;

/** Issue #15, point 7: on a page of more than 999 notes, notes from 1000 on were merged into note 999. */
class ThousandNotesTest {
  private static final int NOTES = 1_005;

  /** A page in the shape of forty-notes.txt, with {@value #NOTES} numbered paragraphs each calling its note. */
  private static byte[] page() {
    StringBuilder sb = new StringBuilder("Registers of the Coastal Trade Council\n\nInes Moreau\n\n\n"
        + "Document No. 41: The Council's Long Ledger\n\nDecember 30, 1988\n\nTexte intégral\n\n");
    for (int n = 1; n <= NOTES; n++) {
      sb.append(n).append("In this part of the year the cargo ledger").append(n)
          .append(" was kept by the council, line by line.\n\n");
      sb.append("  • ").append(n).append(" The ledger of this part is in the port arch (...)\n\n");
    }
    for (int n = 1; n <= NOTES; n++) {
      sb.append(n).append(" The ledger of part ").append(n).append(" is in the port archive.\n\n");
      if (n == 500) sb.append("1989 was a hard year for the port.\n\n");
    }
    sb.append("© Coastal Press, 2019\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void keepsNotesFromOneThousandOnApartAndCalledFromTheirParagraphs() throws Exception {
    ImportResult result = Fixtures.text("ledger.txt", page());
    Document doc = result.single();
    assertThat(doc.notes()).extracting(Note::n).containsExactlyElementsOf(IntStream.rangeClosed(1, NOTES).boxed().toList());
    assertThat(doc.notes()).allSatisfy(note -> {
      assertThat(note.text()).startsWith("The ledger of part " + note.n() + " is in the port archive.");
      assertThat(note.paragraph()).isEqualTo(note.n());
    });
    assertThat(doc.paragraphs()).extracting(Block::n).hasSize(NOTES).endsWith(NOTES);
    assertThat(doc.toString()).doesNotContain("•");
  }

  @Test
  void readsAYearBetweenNoteBodiesAsMoreOfTheNoteNotAsNote1989() throws Exception {
    Document doc = Fixtures.text("ledger.txt", page()).single();
    assertThat(doc.notes()).hasSize(NOTES);
    assertThat(doc.notes().get(499).text())
        .isEqualTo("The ledger of part 500 is in the port archive. 1989 was a hard year for the port.");
    assertThat(doc.notes().get(1000).text()).isEqualTo("The ledger of part 1001 is in the port archive.");
  }
}
