package org.dossier.search.lucene;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.DocDate;
import org.dossier.model.Document;

/**
 * A child process for {@link CrashRecoveryTest}: indexes numbered documents forever, committing
 * every {@value #BATCH} and printing {@code committed N} after each commit, until it is killed.
 */
public final class CrashingIndexer {
  static final int BATCH = 25;

  private CrashingIndexer() {}

  /** The document numbered {@code i} in {@code version} ("v1" as first imported, "v2" as edited). */
  static Document document(int i, String version) {
    String id = String.format(java.util.Locale.ROOT, "crash-%05d", i);
    return Document.builder(id, "Crash test document " + i)
        .edition("crash")
        .date(DocDate.of("1989-03-03"))
        .paragraphs(List.of(
            Block.paragraph(1, "Document " + i + " says " + version + "word in its first paragraph."),
            Block.paragraph(2, "The second paragraph of document " + i + " is the same in every version.")))
        .build();
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (LuceneSearchIndex index = LuceneSearchIndex.open(Path.of(args[0]))) {
      for (int i = 0; ; i++) {
        index.index(document(i, "v1"), "v1");
        if ((i + 1) % BATCH == 0) {
          index.commit();
          out.println("committed " + (i + 1));
        }
      }
    }
  }
}
