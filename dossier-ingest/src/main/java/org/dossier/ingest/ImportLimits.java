package org.dossier.ingest;

/**
 * The most an imported document may hold, checked while a source is read, before anything is
 * written: a document over a limit makes its file fail, with the place and the option that raises
 * the limit. The defaults are far above real editorial material (a printed paragraph is a few
 * thousand characters, a long parliamentary sitting a few thousand turns) and far below what the
 * rest of Dossier cannot handle: the XML reader refuses a text run of 16 M characters (so a stored
 * document with such a paragraph could not be read back), and the index and the reader hold a
 * document whole.
 *
 * @param maxParagraphChars the longest paragraph (or speaker turn, headnote paragraph or note), in
 *     characters (Unicode code points); default 1,000,000
 * @param maxParagraphs the most paragraphs (with turns and headnote paragraphs) in one document;
 *     default 100,000. In XML sources the paragraph-like elements ({@code p}, {@code ab}, {@code
 *     u}, {@code seg}, {@code l}, {@code item}, {@code head}) are counted as they are read, so that
 *     a document of a million paragraphs is refused before it is built
 * @param maxDocumentChars the most text in one document, in characters; default 10,000,000
 */
public record ImportLimits(int maxParagraphChars, int maxParagraphs, long maxDocumentChars) {
  /** One million characters: a few hundred printed pages in one paragraph. */
  public static final int DEFAULT_MAX_PARAGRAPH_CHARS = 1_000_000;
  /** One hundred thousand paragraphs in one document. */
  public static final int DEFAULT_MAX_PARAGRAPHS = 100_000;
  /** Ten million characters in one document: some five thousand printed pages. */
  public static final long DEFAULT_MAX_DOCUMENT_CHARS = 10_000_000L;

  public ImportLimits {
    if (maxParagraphChars <= 0) throw new IllegalArgumentException("maxParagraphChars must be > 0: " + maxParagraphChars);
    if (maxParagraphs <= 0) throw new IllegalArgumentException("maxParagraphs must be > 0: " + maxParagraphs);
    if (maxDocumentChars <= 0) throw new IllegalArgumentException("maxDocumentChars must be > 0: " + maxDocumentChars);
  }

  /** The default limits. */
  public static ImportLimits defaults() {
    return new ImportLimits(DEFAULT_MAX_PARAGRAPH_CHARS, DEFAULT_MAX_PARAGRAPHS, DEFAULT_MAX_DOCUMENT_CHARS);
  }
}
