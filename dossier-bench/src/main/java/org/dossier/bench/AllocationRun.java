package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.EditionSet;
import org.dossier.model.SuppressForbidden;
import org.dossier.web.DocumentCache;
import org.dossier.web.DossierServer;
import org.dossier.web.DossierWeb;
import org.dossier.web.EditionSource;
import org.dossier.web.WebConfig;

/**
 * Heap allocated per request by the server, for the requests that make up a reading site's
 * traffic: a kept document page (gzip and plain), a kept search page, and a fresh search (a word
 * pair from the edition's own text, each asked once, so no cache answers it). Allocation is what
 * fills the young generation, and its collections are what set a busy server's tail latency.
 *
 * <p>The server runs in this JVM; its threads' allocated bytes ({@code
 * com.sun.management.ThreadMXBean#getThreadAllocatedBytes}) are read before and after N
 * requests sent one after another from a client thread, whose own allocation is left out.
 *
 * <p>Usage: {@code java -cp … org.dossier.bench.AllocationRun EDITION_DIR [requests]} (default 2,000).
 */
public final class AllocationRun {
  private AllocationRun() {}

  @SuppressWarnings("SystemOut") // a benchmark prints its numbers
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: AllocationRun EDITION_DIR [requests]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    try (EditionSet editions = DossierApp.of(AppConfig.defaults()).open(List.of(dir))) {
      editions.sync();
      DocumentCache documents = DocumentCache.ofBytes(DocumentCache.DEFAULT_BYTES);
      List<EditionSource> sources = editions.editions().stream().map(e -> EditionSource.of(e, documents)).toList();
      try (DossierServer server = DossierWeb.start(WebConfig.of(sources, editions.index()).withHost("127.0.0.1").withPort(0))) {
        String base = "http://127.0.0.1:" + server.port();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> docs = WebLoad.discover(http, base);
        List<String> fresh = WebLoad.vocabulary(http, base, docs, 3L * n);
        WebLoad.KeepAlive gzip = new WebLoad.KeepAlive(URI.create(base));
        WebLoad.KeepAlive plain = new WebLoad.KeepAlive(URI.create(base), false);
        String keptSearch = "/search?q=" + URLEncoder.encode(fresh.get(0), StandardCharsets.UTF_8);
        List<String> kept = docs.subList(0, Math.min(docs.size(), 50));
        int[] next = {1};
        System.out.printf(Locale.ROOT, "heap allocated per request by the server's threads (%,d requests each, after as many to warm up)%n", n);
        double keptDocument = 0;
        double freshSearch = 0;
        for (int round = 0; round < 2; round++) {
          boolean report = round == 1;
          keptDocument = measure("kept document page (gzip)", n, report, i -> gzip.get(kept.get(i % kept.size())));
          measure("kept document page (plain)", n, report, i -> plain.get(kept.get(i % kept.size())));
          measure("kept search page (gzip)", n, report, i -> gzip.get(keptSearch));
          freshSearch = measure("fresh search (gzip)", n, report,
              i -> gzip.get("/search?q=" + URLEncoder.encode(fresh.get(next[0]++), StandardCharsets.UTF_8)));
        }
        // What the open-loop mix asks of the collector: the young generation fills at this rate.
        System.out.printf(Locale.ROOT, "at 1,000 requests/s of 80%% kept document pages and 20%% fresh searches the server "
            + "allocates about %,.0f MB/s, %.0f%% of it for the searches%n", (800 * keptDocument + 200 * freshSearch) / 1e6,
            100 * 200 * freshSearch / (800 * keptDocument + 200 * freshSearch));
        gzip.close();
        plain.close();
      }
    }
  }

  private interface Request {
    int send(int i) throws IOException;
  }

  @SuppressWarnings("SystemOut")
  /** Sends {@code n} requests; returns the server's bytes per request, printed if {@code report}. */
  private static double measure(String name, int n, boolean report, Request request) throws IOException {
    long before = serverBytes();
    for (int i = 0; i < n; i++) {
      int status = request.send(i);
      if (status != 200) throw new IllegalStateException(name + ": the server answered " + status);
    }
    long bytes = serverBytes() - before;
    if (report) System.out.printf(Locale.ROOT, "%-28s %,9.1f KB%n", name, bytes / 1024.0 / n);
    return bytes / (double) n;
  }

  /** The bytes allocated so far by every live thread but this one. */
  @SuppressForbidden(reason = "HotSpot's per-thread allocation counter is the measurement itself")
  private static long serverBytes() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long[] ids = Arrays.stream(threads.getAllThreadIds()).filter(id -> id != self).toArray();
    return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(b -> b > 0).sum();
  }
}
