package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.dossier.search.SyncReport;
import org.dossier.web.DossierServer;
import org.dossier.web.DossierWeb;
import org.dossier.web.WebConfig;

/** Serves a library until the process is stopped; watches the editions for changes meanwhile. */
final class Server {
  private Server() {}

  static int serve(Library library, String host, int port, long pageCacheBytes, PrintWriter out, PrintWriter err)
      throws IOException {
    SyncReport report = library.sync();
    if (!report.unchanged()) {
      out.printf(Locale.ROOT, "Index synced: %d added, %d replaced, %d removed%n",
          report.added().size(), report.replaced().size(), report.removed().size());
    }
    WebConfig config = WebConfig.of(library.sources(), library.index()).withHost(host).withPort(port)
        .withPageCacheBytes(pageCacheBytes);
    DossierServer server;
    try {
      server = DossierWeb.start(config);
    } catch (RuntimeException e) {
      throw new CliException("cannot start the server on " + host + ":" + port + ": " + rootMessage(e), 1, e);
    }
    ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "edition-watcher");
      t.setDaemon(true);
      return t;
    });
    // Another process may import into a served edition: pick it up within two seconds.
    // The task reports its own failures, and shutdownNow() below ends it: its Future is not needed.
    ScheduledFuture<?> unused = watcher.scheduleWithFixedDelay(() -> {
      try {
        library.refresh().ifPresent(r -> out.printf(Locale.ROOT, "Editions changed: %d added, %d replaced, %d removed%n",
            r.added().size(), r.replaced().size(), r.removed().size()));
      } catch (IOException | RuntimeException e) {
        err.println("dossier: could not refresh the editions: " + Errors.describe(e));
      }
    }, 2, 2, TimeUnit.SECONDS);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      watcher.shutdownNow();
      server.close();
      try {
        library.close();
      } catch (IOException e) {
        err.println("dossier: " + Errors.describe(e));
      }
      stopped.countDown();
    }, "shutdown"));
    out.printf(Locale.ROOT, "Serving %d documents in %d editions at %s (Ctrl-C stops)%n",
        library.documentCount(), library.sources().size(), server.url());
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
