package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A load generator for a running {@code dossier serve}, or for one it starts in a JVM of its own
 * ({@code --serve EDITION}). It only talks to loopback addresses and stops by itself.
 *
 * <ul>
 *   <li>Closed loop, for throughput: {@code WebLoad [url] [clients] [seconds] [warmup-seconds]}
 *       (defaults http://127.0.0.1:8080 32 60 10): N clients, each asking for a document page or
 *       a search page of a fixed mix in turn and waiting for it. Prints requests/s, errors and
 *       p50/p90/p99/max per page.
 *   <li>Open loop, for latency as readers feel it: {@code WebLoad URL --rate R --seconds S
 *       [--searches F] [--warmup W] [--connections C]}: see {@link OpenLoop}. A fraction F
 *       (default 0.2) of the requests are searches for pairs of consecutive words in the
 *       edition's own paragraphs, none asked twice, so the server's result cache cannot answer
 *       them; the rest are document pages. The last line reads {@code open-loop R req/s: document
 *       p99 X ms, search p99 Y ms, errors N}.
 *   <li>{@code --find-max}: open-loop runs from {@code --rate} (default 100) up by {@code --step}
 *       (default 100) to {@code --max-rate} (default 3000), until one misses {@code --targets
 *       DOC_MS,SEARCH_MS} (default 20,50: document p99 under 20 ms and search p99 under 50 ms);
 *       the last line names the highest rate that held both.
 * </ul>
 *
 * <p>{@code --serve EDITION_DIR} in place of the URL starts {@code dossier serve EDITION_DIR} in a
 * child JVM (options from {@code --server-jvm "-Xmx1g …"}; its log goes to
 * {@code target/webload-server.log}) and stops it at the end.
 */
public final class WebLoad {
  /** A fixed mix of searches: terms, phrases, fuzzy, wildcard, speaker, date range, other script. */
  static final List<String> QUERIES = List.of(
      "perestroika", "Gorbachev", "\"bloody methods\"", "speaker:Gorbachev socialism", "Горбачёв",
      "ambassador", "treaty~", "Bolshevik*", "date:[1985-01-01 TO 1986-12-31] Soviet", "\"per capita\"",
      "Jakes", "grain OR wheat", "government AND railway", "title:memorandum", "type:historical-document arms",
      "speaker:Aristov leasing", "\"foreign relations\"~3", "date:1918 Siberia", "minister NOT prime", "Petrograd");

  /** Distinct searches sent once before an open-loop run, untimed. */
  private static final int WARM_SEARCHES = 300;

  private WebLoad() {}

  @SuppressWarnings("SystemOut") // a benchmark prints its numbers
  public static void main(String[] args) throws Exception {
    LoadArgs a = LoadArgs.parse(args);
    if (a.serve() == null) {
      run(a, a.url(), null);
      return;
    }
    Path log = Path.of("target", "webload-server.log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    GcLog gc = new GcLog(log.resolveSibling("webload-gc.log"));
    Files.deleteIfExists(log.resolveSibling("webload-gc.log"));
    List<String> jvm = new ArrayList<>(a.serverJvm());
    jvm.add(gc.option());
    System.out.println("starting dossier serve " + a.serve() + " in its own JVM " + jvm + "; log in " + log);
    try (ServerProcess server = ServerProcess.start(a.serve(), jvm, log)) {
      run(a, server.url(), gc);
    }
  }

  @SuppressWarnings("SystemOut")
  private static void run(LoadArgs a, String base, @Nullable GcLog gc) throws Exception {
    URI root = URI.create(base);
    if (!InetAddress.getByName(root.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("load is only sent to loopback addresses, not " + root.getHost());
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> documents = discover(http, base);
    if (documents.isEmpty()) throw new IllegalStateException("the server at " + base + " serves no documents");
    if (!a.openLoop()) {
      closedLoop(base, documents, a.clients(), a.seconds(), a.warmup());
      return;
    }
    long needed = WARM_SEARCHES;
    for (double r : a.rates()) needed += a.settings().withRate(r).searches();
    List<String> searches = vocabulary(http, base, documents, needed);
    System.out.printf(Locale.ROOT, "%d documents discovered; %,d distinct searches from their text%n", documents.size(),
        searches.size());
    // Each document page once first, as a server in use has its files in the OS cache and its pages
    // kept; and searches enough for the JIT to have compiled the search path (never asked again).
    Iterator<String> next = searches.iterator();
    KeepAlive once = new KeepAlive(root);
    for (String d : documents) once.get(d);
    for (int i = 0; i < WARM_SEARCHES; i++) once.get("/search?q=" + URLEncoder.encode(next.next(), StandardCharsets.UTF_8));
    once.close();
    OpenLoop.Outcome best = null;
    for (double rate : a.rates()) {
      int mark = gc == null ? 0 : gc.mark();
      long t0 = System.nanoTime();
      OpenLoop.Outcome o = OpenLoop.run(root, documents, next, a.settings().withRate(rate));
      o.print(System.out, gc == null ? null : gc.since(mark, (System.nanoTime() - t0) / 1e9));
      if (!a.findMax()) return;
      if (!o.holds(a.documentTarget(), a.searchTarget())) break;
      best = o;
    }
    System.out.printf(Locale.ROOT, "find-max: highest rate at which document p99 < %.0f ms and search p99 < %.0f ms "
        + "with no errors: %s%n", a.documentTarget(), a.searchTarget(),
        best == null ? "none of the rates tried" : String.format(Locale.ROOT, "%.0f req/s", best.settings().rate()));
  }

  /** Distinct word pairs from the paragraphs of the served documents, enough for {@code needed} searches. */
  static List<String> vocabulary(HttpClient http, String base, List<String> documents, long needed)
      throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    Vocabulary words = new Vocabulary();
    for (String d : documents) {
      if (words.size() >= needed) break;
      String[] parts = d.split("/"); // "/edition/id"
      JsonNode doc = json.readTree(get(http, base + "/api/documents/" + parts[2] + "?edition=" + parts[1]).body());
      for (JsonNode p : doc.path("paragraphs")) words.add(p.path("text").asText(""));
    }
    if (words.size() < needed) {
      throw new IllegalStateException("the edition's text has " + words.size() + " distinct word pairs, fewer than the "
          + needed + " searches asked for: lower --rate, --seconds or --searches");
    }
    return words.shuffled(16);
  }

  @SuppressWarnings("SystemOut")
  private static void closedLoop(String base, List<String> documents, int clients, int seconds, int warmup)
      throws IOException, InterruptedException {
    URI root = URI.create(base);
    List<String> searches = new ArrayList<>();
    for (String q : QUERIES) searches.add("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    System.out.printf(Locale.ROOT, "%d documents discovered; %d clients, %d s warm-up, %d s measured%n",
        documents.size(), clients, warmup, seconds);
    // Each page once first, as a server in use has its files in the OS cache; then the timed warm-up.
    KeepAlive once = new KeepAlive(root);
    for (String d : documents) once.get(d);
    for (String q : searches) once.get(q);
    once.close();
    run(base, documents, searches, clients, warmup);
    Result r = run(base, documents, searches, clients, seconds);
    r.print(seconds);
  }

  static List<String> discover(HttpClient http, String base) throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    JsonNode editions = json.readTree(get(http, base + "/api/editions").body());
    for (JsonNode e : editions) {
      String id = e.get("id").textValue();
      JsonNode docs = json.readTree(get(http, base + "/api/editions/" + id + "/documents").body());
      JsonNode list = docs.has("documents") ? docs.get("documents") : docs;
      for (JsonNode d : list) out.add("/" + id + "/" + d.get("id").textValue());
    }
    Collections.shuffle(out, new Random(42));
    return out.size() > 5000 ? out.subList(0, 5000) : out;
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Result run(String base, List<String> documents, List<String> searches, int clients,
      int seconds) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> docTimes = Collections.synchronizedList(new ArrayList<>());
    List<long[]> searchTimes = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t = new Thread(() -> {
        long[] docs = new long[1 << 20];
        long[] finds = new long[1 << 20];
        int nd = 0;
        int ns = 0;
        Random random = new Random(client);
        KeepAlive connection = new KeepAlive(URI.create(base));
        try {
          for (int i = 0; System.nanoTime() < end && nd < docs.length && ns < finds.length; i++) {
            boolean search = (i & 1) == 1;
            String path = search ? searches.get(random.nextInt(searches.size()))
                : documents.get(random.nextInt(documents.size()));
            long t0 = System.nanoTime();
            try {
              if (connection.get(path) != 200) errors.incrementAndGet();
            } catch (IOException e) {
              errors.incrementAndGet();
              connection.close();
            }
            long took = System.nanoTime() - t0;
            if (search) finds[ns++] = took; else docs[nd++] = took;
          }
        } finally {
          connection.close();
          docTimes.add(Arrays.copyOf(docs, nd));
          searchTimes.add(Arrays.copyOf(finds, ns));
          done.countDown();
        }
      }, "load-client-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    return new Result(merge(docTimes), merge(searchTimes), errors.get());
  }

  /**
   * One client's HTTP/1.1 connection, kept alive as a browser keeps it, that reads each whole
   * response and throws it away. Far lighter than {@link HttpClient}, which matters when the load
   * generator shares the server's cores.
   */
  static final class KeepAlive {
    private final String host;
    private final int port;
    private final byte[] skip = new byte[1 << 16];
    /** Asks for compressed answers as browsers do (the bytes are counted, not inflated). */
    private final boolean gzip;
    private java.net.@org.jspecify.annotations.Nullable Socket socket;
    private java.io.@org.jspecify.annotations.Nullable BufferedInputStream in;

    KeepAlive(URI base) {
      this(base, !Boolean.getBoolean("webload.identity"));
    }

    /** A connection that asks for gzip if {@code gzip}. */
    KeepAlive(URI base, boolean gzip) {
      this.gzip = gzip;
      this.host = base.getHost();
      this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    /**
     * Sends GET {@code path} and reads the whole answer; returns its status. A kept-alive
     * connection the server closed while it was idle is opened again and the request sent once
     * more, as browsers do.
     */
    int get(String path) throws IOException {
      boolean reused = socket != null;
      try {
        return send(path);
      } catch (java.io.EOFException | java.net.SocketException e) {
        close();
        if (!reused) throw e;
        return send(path);
      }
    }

    private int send(String path) throws IOException {
      if (socket == null) {
        java.net.Socket s = new java.net.Socket(host, port);
        s.setTcpNoDelay(true);
        s.setSoTimeout(30_000);
        socket = s;
        in = new java.io.BufferedInputStream(s.getInputStream(), 1 << 16);
      }
      String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: text/html,application/json\r\n"
          + (gzip ? "Accept-Encoding: gzip, deflate\r\n" : "") + "\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String status = line();
      int code = Integer.parseInt(status.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String h; !(h = line()).isEmpty(); ) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) length = Long.parseLong(lower.substring(15).trim());
        else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
        else if (lower.startsWith("connection:") && lower.contains("close")) close = true;
      }
      if (chunked) {
        for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; ) {
          skip(size);
          line();
        }
        while (!line().isEmpty()) { } // trailers
      } else if (length >= 0) {
        skip(length);
      } else {
        while (in.read(skip) >= 0) { } // until the server closes
        close = true;
      }
      if (close) close();
      return code;
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        int r = in.read(skip, 0, (int) Math.min(skip.length, n));
        if (r < 0) throw new java.io.EOFException("the server closed the connection in a response");
        n -= r;
      }
    }

    private String line() throws IOException {
      StringBuilder b = new StringBuilder();
      for (int c; (c = in.read()) != '\n'; ) {
        if (c < 0) throw new java.io.EOFException("the server closed the connection");
        if (c != '\r') b.append((char) c);
      }
      return b.toString();
    }

    void close() {
      try {
        if (socket != null) socket.close();
      } catch (IOException ignored) {
        // closing a connection the server may have closed already
      }
      socket = null;
      in = null;
    }
  }

  private static long[] merge(List<long[]> parts) {
    long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
    Arrays.sort(all);
    return all;
  }

  @SuppressWarnings("ArrayRecordComponent") // printed once, never compared or hashed
  private record Result(long[] docs, long[] searches, long errors) {
    @SuppressWarnings("SystemOut")
    void print(int seconds) {
      long total = (long) docs.length + searches.length;
      System.out.printf(Locale.ROOT, "%d requests in %d s: %.0f requests/s, %d errors%n", total, seconds,
          total / (double) seconds, errors);
      line("document page", docs);
      line("search page", searches);
    }

    @SuppressWarnings("SystemOut")
    private static void line(String name, long[] t) {
      if (t.length == 0) return;
      System.out.printf(Locale.ROOT, "%-14s n=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n", name, t.length,
          pct(t, 50), pct(t, 90), pct(t, 99), t[t.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
      int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
  }
}
