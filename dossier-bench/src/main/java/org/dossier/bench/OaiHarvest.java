package org.dossier.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.LiveEdition;
import org.dossier.model.Block;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Source;
import org.dossier.store.EditionStore;
import org.dossier.web.DossierServer;
import org.dossier.web.DossierWeb;
import org.dossier.web.EditionSource;
import org.dossier.web.WebConfig;

/**
 * An OAI-PMH harvest of a large edition over HTTP: builds (once) an edition folder of small
 * documents, serves it as {@code dossier serve} does (default caches, batch of 100), and walks
 * {@code ListRecords} in {@code oai_dc} through every resumption token, checking that each
 * document comes once. Run it in the heap the target names: {@code java -Xmx256m …}.
 *
 * <p>Usage: {@code java -Xmx256m -cp … org.dossier.bench.OaiHarvest DIR [documents] [batch]}
 * (defaults 100,000 and 100). The server and the harvester share the JVM and its heap.
 */
public final class OaiHarvest {
  private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*?(?:/>|>([^<]*)</resumptionToken>)");
  private static final Pattern IDENTIFIER = Pattern.compile("<header><identifier>([^<]*)</identifier>");

  private OaiHarvest() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int documents = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : WebConfig.DEFAULT_OAI_BATCH;
    if (!Files.exists(dir.resolve(EditionStore.EDITION_FILE))) build(dir, documents);
    LiveEdition edition = DossierApp.of(AppConfig.defaults()).read(dir);
    WebConfig config = WebConfig.of(List.of(EditionSource.of(edition))).withPort(0)
        .withBaseUrl(URI.create("https://bench.example.org")).withOaiBatch(batch);
    try (DossierServer server = DossierWeb.start(config)) {
      String oai = "http://127.0.0.1:" + server.port() + "/oai?verb=ListRecords";
      harvest(oai, Math.min(documents, 2_000), "warm-up (untimed)");
      harvest(oai, documents, "timed");
    }
  }

  private static void harvest(String oai, int limit, String label) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    Set<String> seen = new HashSet<>();
    long bytes = 0;
    int responses = 0;
    long start = System.nanoTime();
    String query = "&metadataPrefix=oai_dc";
    while (seen.size() < limit) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(oai + query)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != 200 || r.body().contains("<error ")) throw new IllegalStateException("harvest failed: " + r.body());
      bytes += r.body().length();
      responses++;
      Matcher id = IDENTIFIER.matcher(r.body());
      while (id.find()) {
        if (!seen.add(id.group(1))) throw new IllegalStateException("listed twice: " + id.group(1));
      }
      Matcher t = TOKEN.matcher(r.body());
      if (!t.find() || t.group(1) == null) break;
      query = "&resumptionToken=" + URLEncoder.encode(t.group(1), StandardCharsets.UTF_8);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "%s: %,d records in %,d responses (%,d MB of XML) in %.1f s: %,.0f records/s; heap max %d MB, used now %d MB%n",
        label, seen.size(), responses, bytes >> 20, seconds, seen.size() / seconds, rt.maxMemory() >> 20,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  /** An edition of {@code n} small documents written for this benchmark, stored as an import stores them. */
  private static void build(Path dir, int n) throws Exception {
    long start = System.nanoTime();
    try (EditionStore store = EditionStore.init(dir, "bench-oai", "Benchmark edition for harvesting");
        EditionStore.Batch batch = store.batch()) {
      for (int i = 0; i < n; i++) {
        String id = String.format(Locale.ROOT, "doc-%06d", i);
        batch.put(Document.builder(id, "Memorandum " + i + " on the grain shipments of the harbour")
            .number(String.valueOf(i + 1))
            .date(DocDate.of(String.format(Locale.ROOT, "%d-%02d-%02d", 1900 + i % 100, 1 + i % 12, 1 + i % 28)))
            .type(i % 3 == 0 ? "telegram" : "memcon").place("Lisbon").language("en")
            .editors(List.of("A. Editor"))
            .paragraphs(List.of(
                Block.paragraph(1, "The consul reported that the shipment " + i + " had left the harbour on time."),
                Block.paragraph(2, "The merchants asked for a lower tariff; the board promised an answer within the week.")))
            .source(new Source("Harbour archive, box " + (i / 100) + ".", "Harbour archive", null, null, null, null, null))
            .rights("Written for the Dossier benchmarks.")
            .build());
        if ((i + 1) % 20_000 == 0) System.out.printf(Locale.ROOT, "%,d documents written%n", i + 1);
      }
    }
    System.out.printf(Locale.ROOT, "built %,d documents in %.1f s in %s%n", n, (System.nanoTime() - start) / 1e9, dir);
  }
}
