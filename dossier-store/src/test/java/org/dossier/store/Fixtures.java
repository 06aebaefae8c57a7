package org.dossier.store;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Note;
import org.dossier.model.Source;
import org.dossier.model.Speaker;

/** Small documents written for these tests (not taken from any corpus). */
final class Fixtures {
  /** The document format the store tests run on. */
  static final DocumentFormat FORMAT = DocumentFormat.tei();

  private Fixtures() {}

  /** A short memorandum of a conversation with two turns, a supplied word and a footnote. */
  static Document memo(String id, String title) {
    String first = "We should meet again in [spring], before the harvest.";
    return Document.builder(id, title)
        .number("7")
        .date(DocDate.of("1961-04-12"))
        .place("Lisbon")
        .type("memcon")
        .language("en")
        .participants(List.of("The Consul", "The Merchant"))
        .headnote(List.of(Block.paragraph(1, "The editors found this note among the consul's letters.")))
        .paragraphs(List.of(
            new Block(2, BlockKind.PARAGRAPH, Speaker.of("The Consul", "host"), first,
                List.of(new Mark(MarkType.SUPPLIED, 24, 8, "spring", null)), List.of()),
            new Block(3, BlockKind.PARAGRAPH, Speaker.named("The Merchant"),
                "Agreed; the ſhip leaves on Tuesday — Ωμέγα.", List.of(), List.of())))
        .notes(List.of(new Note(1, 2, 31, "The consul's hand is unclear here.")))
        .source(new Source("Harbour archive, box 3, folder 12.", "Harbour archive", null, null, "12", null, null))
        .rights("Written for the Dossier tests.")
        .build();
  }

  /** A document of {@code paragraphs} paragraphs whose every word says which {@code version} it is. */
  static Document large(String id, String version, int paragraphs) {
    List<Block> blocks = new ArrayList<>(paragraphs);
    for (int n = 1; n <= paragraphs; n++) {
      blocks.add(Block.paragraph(n, version + " paragraph " + n
          + ": the minutes record that the committee discussed the grain tariff at some length, "
          + "and that the " + version + " draft was read aloud twice before the vote."));
    }
    return Document.builder(id, version + " minutes").number("1").date(DocDate.of("1923-05-01"))
        .paragraphs(blocks).build();
  }
}
