package org.dossier.tei.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Note;

/** Puts note calls back into a block's text at their code-point offsets, escaping the text between them. */
final class Calls {
  private Calls() {}

  static String withCalls(Document doc, Block block, UnaryOperator<String> escape, IntFunction<String> call) {
    List<Note> notes = doc.notesIn(block.n());
    if (notes.isEmpty()) return escape.apply(block.text());
    StringBuilder sb = new StringBuilder();
    String text = block.text();
    int from = 0;
    for (Note note : notes) {
      int at = text.offsetByCodePoints(0, Math.min(note.offset(), block.length()));
      sb.append(escape.apply(text.substring(from, at))).append(call.apply(note.n()));
      from = at;
    }
    return sb.append(escape.apply(text.substring(from))).toString();
  }

  /** The notes that are called on no block (title notes and notes without a call place). */
  static List<Note> unplaced(Document doc) {
    List<Note> out = new ArrayList<>();
    for (Note n : doc.notes()) if (n.paragraph() == null) out.add(n);
    return out;
  }
}
