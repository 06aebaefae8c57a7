package org.dossier.web.reader;

/**
 * A footnote as listed at the end of a document.
 *
 * @param n the note number
 * @param text the note's text
 * @param called whether the text has a call for it (and so a back link)
 */
public record NoteView(int n, String text, boolean called) {}
