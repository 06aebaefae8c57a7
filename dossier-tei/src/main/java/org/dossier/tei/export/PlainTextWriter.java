package org.dossier.tei.export;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Note;
import org.dossier.model.Speaker;

/**
 * Writes a document as plain UTF-8 text for reading and quoting: the title and metadata lines,
 * then one line per paragraph ({@code ¶ 2  Gorbachev: …}, the speaker named at the start of
 * each turn), note calls as superscript digits ({@code Deputies¹}) so that they cannot be taken
 * for editorial brackets, the source and rights, and the notes, numbered, at the end.
 */
public final class PlainTextWriter {
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private PlainTextWriter() {}

  /** The plain text of {@code doc}, ending with a newline. */
  public static String write(Document doc) {
    Objects.requireNonNull(doc, "doc");
    StringBuilder sb = new StringBuilder();
    sb.append(doc.title());
    for (Note n : Calls.unplaced(doc)) sb.append(superscript(n.n()));
    sb.append('\n');
    if (doc.editionTitle() != null && doc.number() != null) {
      sb.append(doc.editionTitle()).append(", Document No. ").append(doc.number()).append('\n');
    } else if (doc.editionTitle() != null) {
      sb.append(doc.editionTitle()).append('\n');
    } else if (doc.number() != null) {
      sb.append("Document No. ").append(doc.number()).append('\n');
    }
    if (doc.date() != null) sb.append(doc.date()).append('\n');
    if (doc.place() != null) sb.append(doc.place()).append('\n');
    if (!doc.editors().isEmpty()) sb.append("Edited by ").append(String.join(", ", doc.editors())).append('\n');
    doc.translator().ifPresent(t -> sb.append("Translated by ").append(t).append('\n'));
    sb.append('\n');
    blocks(sb, doc, doc.headnote());
    blocks(sb, doc, doc.paragraphs());
    if (doc.source() != null) sb.append("Source: ").append(doc.source().text()).append('\n');
    if (doc.rights() != null) sb.append(doc.rights()).append('\n');
    if (!doc.notes().isEmpty()) {
      sb.append("\nNotes\n");
      for (Note n : doc.notes()) sb.append(n.n()).append(". ").append(n.text()).append('\n');
    }
    return sb.toString();
  }

  private static void blocks(StringBuilder sb, Document doc, List<Block> blocks) {
    Speaker previous = null;
    for (Block b : blocks) {
      sb.append("¶ ").append(b.n()).append("  ");
      Speaker s = b.speaker();
      if (s != null && !s.equals(previous)) {
        sb.append(s.name()).append(s.role() == null ? "" : " (" + s.role() + ")").append(": ");
      }
      previous = s;
      sb.append(Calls.withCalls(doc, b, UnaryOperator.identity(), PlainTextWriter::superscript)).append("\n\n");
    }
  }

  private static String superscript(int n) {
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) sb.append(SUPERSCRIPTS.charAt(c - '0'));
    return sb.toString();
  }
}
