package org.dossier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Document;
import org.dossier.store.EditionStore;

/**
 * Writes a large benchmark edition folder (edition {@code bench}) from {@link RecombinedCorpus}:
 * real paragraphs with their mentions, real titles and footnotes, recombined under new ids.
 * Seeded, so two runs build the same edition, and the same documents as {@link ScaleRun} indexes.
 *
 * <p>Usage: {@code java -cp … org.dossier.bench.BenchEdition SHARED_DIR TARGET_DIR [paragraphs]
 * [paragraphs-per-document]} (defaults 1,000,000 and 100).
 */
public final class BenchEdition {
  /** The edition id of every benchmark edition. */
  static final String ID = "bench";
  /** Paragraphs per document unless told otherwise. */
  static final int PER_DOCUMENT = 100;

  private BenchEdition() {}

  @SuppressWarnings("SystemOut") // a benchmark tool prints its progress
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: BenchEdition SHARED_DIR TARGET_DIR [paragraphs] [paragraphs-per-document]");
      System.exit(2);
    }
    Path shared = Path.of(args[0]);
    Path target = Path.of(args[1]);
    int paragraphs = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    int perDoc = args.length > 3 ? Integer.parseInt(args[3]) : PER_DOCUMENT;
    RecombinedCorpus corpus = RecombinedCorpus.load(shared);
    System.out.println("drawing from " + corpus.describe());
    long start = System.nanoTime();
    long bytes = write(corpus, target, paragraphs, perDoc);
    System.out.printf(Locale.ROOT, "wrote %,d paragraphs (%,d MB of text with titles and notes) in %.1f s to %s%n",
        paragraphs, bytes / 1_000_000, (System.nanoTime() - start) / 1e9, target);
  }

  /** Writes the edition of {@code paragraphs} paragraphs into the new folder {@code target}; returns its text bytes. */
  static long write(RecombinedCorpus corpus, Path target, int paragraphs, int perDoc) throws Exception {
    int docs = (paragraphs + perDoc - 1) / perDoc;
    long bytes = 0;
    try (EditionStore store = EditionStore.init(target, ID, "Benchmark edition (recombined paragraphs)");
         BenchProgress progress = BenchProgress.start("writing", "documents", docs)) {
      List<Document> batch = new ArrayList<>();
      for (int i = 0; i < docs; i++) {
        Document d = corpus.document(i, Math.min(perDoc, paragraphs - i * perDoc), ID);
        bytes += RecombinedCorpus.bytes(d);
        batch.add(d);
        if (batch.size() == 500) {
          store.putAll(batch);
          batch.clear();
        }
        progress.step();
      }
      store.putAll(batch);
    }
    return bytes;
  }
}
