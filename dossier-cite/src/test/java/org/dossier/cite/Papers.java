package org.dossier.cite;

import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Imprint;
import org.dossier.model.Speaker;

/** Invented test editions: a documentary edition with a full imprint, and a parliament's debates. */
final class Papers {
  static final String URL = "https://editions.example.org/quiet-year/51";

  private Papers() {}

  static Edition edition() {
    return new Edition("quiet-year", "Papers of a Quiet Year: Conversations, 1989",
        List.of("Ada Example", "Boris Sample", "Clara Model"), "Example University Press", "CC BY 4.0",
        List.of(), List.of(), List.of(),
        new Imprint("Budapest", 2010, List.of("Anna Translator"), "Quiet Readers 4", "10.5555/quiet-year", null));
  }

  static Document meeting() {
    List<Block> paragraphs = new java.util.ArrayList<>();
    for (int n = 1; n <= 40; n++) paragraphs.add(Block.paragraph(n, "Paragraph " + n + " of the notes."));
    return Document.builder("51", "Notes of a Meeting with the Ambassadors").number("51")
        .date(DocDate.of("1989-03-03")).type("memcon").language("en").paragraphs(paragraphs).build();
  }

  static Cited document() {
    return Cited.document(edition(), meeting(), URL);
  }

  static Edition parliament() {
    return new Edition("hall", "Debates of the Example Assembly", List.of(), "Example Assembly", "CC BY 4.0",
        List.of(), List.of(), List.of(), new Imprint(null, 2021, List.of(), null, null, "20.500.99/hall"));
  }

  static Document debate() {
    Speaker chair = Speaker.of("Petra Novak", "Chair");
    Speaker member = Speaker.of("Jonas Field", null);
    return Document.builder("sitting-12", "Sitting of 12 May 2021").date(DocDate.of("2021-05-12")).type("debate")
        .language("en").paragraphs(List.of(
            new Block(1, BlockKind.PARAGRAPH, chair, "The sitting is open.", List.of(), List.of()),
            new Block(2, BlockKind.PARAGRAPH, member, "I rise to speak on the harbour bill.", List.of(), List.of())))
        .build();
  }
}
