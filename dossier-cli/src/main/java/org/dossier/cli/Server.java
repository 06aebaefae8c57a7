package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.dossier.app.EditionSet;
import org.dossier.app.Watch;
import org.dossier.search.SyncReport;
import org.dossier.web.DocumentCache;
import org.dossier.web.DossierServer;
import org.dossier.web.DossierWeb;
import org.dossier.web.EditionSource;
import org.dossier.web.WebConfig;

/** Serves a set of editions until the process is stopped; watches them for changes meanwhile. */
final class Server {
  /** How often the editions are looked at for changes another process made. */
  static final Duration WATCH_PERIOD = Duration.ofSeconds(2);

  private Server() {}

  /** Syncs the index with the editions (a first sync of a large edition takes a while: {@code progress} shows it), then serves. */
  static int serve(EditionSet editions, String host, int port, ServeCommand.CacheBudgets budgets,
      ServeCommand.Publishing publishing, ProgressOptions.Display progress, PrintWriter out, PrintWriter err)
      throws Exception {
    SyncReport report;
    try (progress) {
      report = editions.sync(progress.listener());
    } catch (Exception e) {
      editions.close();
      throw e;
    }
    if (!report.unchanged()) out.println(describe("Index synced", report));
    editions.damaged().forEach(d -> err.println("dossier: warning: " + d.line()));
    // One budget of parsed documents, shared by the editions.
    DocumentCache documents = DocumentCache.ofBytes(budgets.documents());
    List<EditionSource> sources = editions.editions().stream().map(e -> EditionSource.of(e, documents)).toList();
    WebConfig config = publishing.applyTo(WebConfig.of(sources, editions.index()).withHost(host).withPort(port)
        .withPageCacheBytes(budgets.pages()));
    DossierServer server;
    try {
      server = DossierWeb.start(config);
    } catch (RuntimeException e) {
      editions.close();
      throw new CliException("cannot start the server on " + host + ":" + port + ": " + rootMessage(e), 1, e);
    }
    // Another process may import into a served edition: pick it up within two seconds.
    Watch watch = editions.watch(WATCH_PERIOD, new Watch.Listener() {
      @Override
      public void changed(SyncReport r) {
        out.println(describe("Editions changed", r));
      }

      @Override
      public void failed(Exception e) {
        err.println("dossier: could not refresh the editions: " + Errors.describe(e));
      }
    });
    UntilStopped until = UntilStopped.onStop("shutdown", () -> {
      watch.close();
      server.close();
      try {
        editions.close();
      } catch (IOException e) {
        err.println("dossier: " + Errors.describe(e));
      }
    });
    out.printf(Locale.ROOT, "Serving %d documents in %d editions at %s (Ctrl-C stops)%n",
        editions.documentCount(), sources.size(), server.url());
    out.flush();
    until.await();
    return 0;
  }

  private static String describe(String what, SyncReport r) {
    return String.format(Locale.ROOT, "%s: %d added, %d replaced, %d removed", what,
        r.added().size(), r.replaced().size(), r.removed().size());
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
