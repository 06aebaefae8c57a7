package org.dossier.web.reader;

import java.util.List;

/**
 * A footnote as listed at the end of a document.
 *
 * @param n the note number
 * @param text the note's text
 * @param called whether the text has a call for it (and so a back link)
 * @param parts the text split at the names it tags, each a link to its register entry
 */
public record NoteView(int n, String text, boolean called, List<Inline> parts) {
  public NoteView {
    parts = List.copyOf(parts);
  }
}
