package org.dossier.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.Importers;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.tei.DossierTei;
import org.dossier.tei.SourceException;

/**
 * A small edition for the search and web targets, made by the importers from the seeds of
 * {@link ImporterFuzzTest} (our own text): a scraped text page, an HTML page and a Dossier TEI
 * document, held in memory and indexed in an in-memory Lucene index.
 */
final class SmallEdition {
  static final String ID = "lights";

  private SmallEdition() {}

  static Edition edition() {
    return new Edition(ID, "Lighthouse Papers", List.of("Wilma Strand"), "Lighthouse Society", null,
        List.of(), List.of(), List.of());
  }

  static List<Document> documents() {
    try {
      List<Document> docs = new ArrayList<>();
      docs.add(Importers.readPage("text", "page.txt", seed("textPage/page"), ImportOptions.defaults()).single());
      docs.add(Importers.readPage("html", "page.html", seed("htmlPage/page"), ImportOptions.defaults()).single());
      try (InputStream in = new java.io.ByteArrayInputStream(seed("dossierTei/document"))) {
        docs.add(DossierTei.read(in, "document.xml"));
      }
      return docs.stream().map(d -> d.toBuilder().edition(ID).build()).toList();
    } catch (SourceException e) {
      throw new IllegalStateException("a seed of ImporterFuzzTest no longer imports: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents, indexed and committed. */
  static LuceneSearchIndex index(List<Document> documents) throws IOException {
    LuceneSearchIndex index = LuceneSearchIndex.inMemory();
    for (Document d : documents) index.index(d, "hash-" + d.id());
    index.commit();
    return index;
  }

  private static byte[] seed(String path) throws IOException {
    try (InputStream in = SmallEdition.class.getResourceAsStream("ImporterFuzzTestInputs/" + path)) {
      if (in == null) throw new IOException("missing seed " + path);
      return in.readAllBytes();
    }
  }
}
