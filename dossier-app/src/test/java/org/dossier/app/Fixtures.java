package org.dossier.app;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.Block;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.tei.DossierTei;

/** Small documents written for these tests (not taken from any corpus), and helpers around them. */
final class Fixtures {
  private Fixtures() {}

  /** A dispatch of {@code paragraphs.length} numbered paragraphs. */
  static Document dispatch(String id, String title, String... paragraphs) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) blocks.add(Block.paragraph(i + 1, paragraphs[i]));
    return Document.builder(id, title).date(DocDate.of("1911-06-0" + (1 + Math.floorMod(id.hashCode(), 9))))
        .type("telegram").paragraphs(blocks).build();
  }

  /** The consul's three dispatches, each with a word of its own to search for. */
  static List<Document> dispatches() {
    return List.of(
        dispatch("dispatch-1", "The Harbour Closed", "The harbour was closed at dawn by order of the governor."),
        dispatch("dispatch-2", "Grain Prices", "Grain prices rose again; the merchants blame the tariff."),
        dispatch("dispatch-3", "A Quiet Week", "Nothing of note; the consul went riding in the hills."));
  }

  /** Writes {@code d} as a Dossier TEI source file in {@code dir}, named after its id. */
  static Path source(Path dir, Document d) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(d.id() + ".xml");
    try (OutputStream out = Files.newOutputStream(file)) {
      DossierTei.write(d, out);
    }
    return file;
  }

  /** Writes every document of {@code docs} as a source file in {@code dir}; returns the files in order. */
  static List<Path> sources(Path dir, List<Document> docs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Document d : docs) files.add(source(dir, d));
    return files;
  }

  /** A new, empty edition in {@code dir}, its id the folder's name. */
  static Path edition(DossierApp app, Path dir) throws AppException, IOException {
    app.init(dir, dir.getFileName().toString(), "Dispatches of a Consul");
    return dir;
  }

  /** How many paragraphs {@code query} finds (not titles: a dispatch's title may say the same). */
  static long hits(SearchIndex index, String query) throws Exception {
    return index.search(SearchQuery.of("kind:paragraph AND (" + query + ")")).total();
  }

  /** An engine that opens the embedded index and counts the commits made through it. */
  static final class CountingEngine implements IndexEngine {
    final AtomicInteger commits = new AtomicInteger();
    private final IndexEngine engine = IndexConfig.embedded().engine();

    @Override
    public SearchIndex open(List<Path> editions, IndexAccess access, long searchCacheBytes) throws AppException, IOException {
      SearchIndex index = engine.open(editions, access, searchCacheBytes);
      return (SearchIndex) Proxy.newProxyInstance(SearchIndex.class.getClassLoader(), new Class<?>[] {SearchIndex.class},
          (proxy, method, args) -> {
            if (method.getName().equals("commit")) commits.incrementAndGet();
            try {
              return method.invoke(index, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}
