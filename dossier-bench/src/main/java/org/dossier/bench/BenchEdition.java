package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Speaker;
import org.dossier.store.EditionStore;

/**
 * Builds a large benchmark edition by recombining real paragraphs of the shared corpora: new
 * ids, with titles, dates, types and speakers drawn from the real documents. Seeded, so two runs
 * build the same edition.
 *
 * <p>Usage: {@code java -cp … org.dossier.bench.BenchEdition SHARED_DIR TARGET_DIR [paragraphs]
 * [paragraphs-per-document]} (defaults 1,000,000 and 100).
 */
public final class BenchEdition {
  private BenchEdition() {}

  @SuppressWarnings("SystemOut") // a benchmark tool prints its progress
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args[0]);
    Path target = Path.of(args[1]);
    int paragraphs = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    int perDoc = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    List<Document> real = realDocuments(shared);
    List<Block> blocks = new ArrayList<>();
    List<Speaker> speakers = new ArrayList<>();
    for (Document d : real) {
      for (Block b : d.paragraphs()) {
        if (b.length() >= 20) blocks.add(b.withSpeaker(null));
        if (b.speaker() != null) speakers.add(b.speaker());
      }
    }
    System.out.printf(Locale.ROOT, "%d real documents, %d paragraphs, %d speaker turns to draw from%n",
        real.size(), blocks.size(), speakers.size());
    Random random = new Random(1989);
    long start = System.nanoTime();
    long chars = 0;
    int docs = (paragraphs + perDoc - 1) / perDoc;
    try (EditionStore store = EditionStore.init(target, "bench", "Benchmark edition (recombined paragraphs)");
         BenchProgress progress = BenchProgress.start("writing", "documents", docs)) {
      List<Document> batch = new ArrayList<>();
      for (int i = 0; i < docs; i++) {
        Document model = real.get(random.nextInt(real.size()));
        List<Block> body = new ArrayList<>(perDoc);
        Speaker speaker = null;
        for (int n = 1; n <= perDoc && (long) i * perDoc + n <= paragraphs; n++) {
          Block b = blocks.get(random.nextInt(blocks.size()));
          if (random.nextInt(4) == 0) speaker = random.nextInt(3) == 0 ? null : speakers.get(random.nextInt(speakers.size()));
          body.add(new Block(n, BlockKind.PARAGRAPH, speaker, b.text(), b.marks(), b.mentions()));
          chars += b.text().length();
        }
        DocDate date = model.date() != null ? model.date() : DocDate.of(String.valueOf(1870 + random.nextInt(130)));
        batch.add(Document.builder(String.format(Locale.ROOT, "bench-%06d", i), model.title())
            .number(String.valueOf(i + 1)).date(date).type(model.type()).place(model.place())
            .language(model.language()).paragraphs(body).build());
        if (batch.size() == 500) {
          store.putAll(batch);
          batch.clear();
        }
        progress.step();
      }
      store.putAll(batch);
    }
    System.out.printf(Locale.ROOT, "wrote %,d paragraphs (%,d MB of text) in %.1f s to %s%n", paragraphs,
        chars / 1_000_000, (System.nanoTime() - start) / 1e9, target);
  }

  private static List<Document> realDocuments(Path shared) throws Exception {
    List<Path> sources = new ArrayList<>(List.of(shared.resolve("seed/masterpieces-doc51.txt"),
        shared.resolve("corpora/frus/frus1918Russiav03.xml"), shared.resolve("corpora/frus/frus1872p2v5.xml"),
        shared.resolve("corpora/frus/frus1981-88v05-excerpt.xml"),
        shared.resolve("corpora/parla-clarin/siParl2.0/SDT2-sample.xml")));
    try (Stream<Path> s = Files.list(shared.resolve("corpora/frus-history/documents"))) {
      s.sorted().forEach(sources::add);
    }
    List<Document> out = new ArrayList<>();
    for (Path p : sources) {
      ImportResult r = Importers.read(p, ImportOptions.defaults().withRoot(p.getParent()));
      out.addAll(r.documents());
    }
    return out;
  }
}
