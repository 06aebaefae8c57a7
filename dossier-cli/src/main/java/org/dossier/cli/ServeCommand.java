package org.dossier.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.DossierApp;
import org.dossier.app.EditionSet;
import org.dossier.web.DocumentCache;
import org.dossier.web.WebConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve editions to read, search and cite in a browser, with a JSON API.",
        "The index is synced with the editions on start and whenever an edition changes."})
final class ServeCommand implements Callable<Integer> {
  /** Megabytes of search results a server keeps by default. */
  static final long SEARCH_CACHE_MB = 64;
  /** What one search result counted by the old {@code --search-cache N} stands for: a page of 20 hits with facets. */
  static final long BYTES_PER_COUNTED_RESULT = 32L << 10;
  /** The largest budget accepted, in megabytes (1 TiB): beyond any heap, and far from overflowing. */
  private static final long MAX_MB = 1L << 20;

  @Parameters(paramLabel = "EDITION", arity = "1..*", description = "Edition folders.")
  List<Path> editions;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 serves the whole network).")
  String host;

  @Mixin IndexOptions index;

  @Mixin ProgressOptions progress;

  @Option(names = "--search-cache-mb", paramLabel = "MB", defaultValue = "" + SEARCH_CACHE_MB,
      description = "Keep up to MB megabytes of recent search results until the index changes; 0 turns it off (default: ${DEFAULT-VALUE}).")
  long searchCacheMb;

  @Option(names = "--search-cache", paramLabel = "N",
      description = "Deprecated, to be removed in 0.2: use --search-cache-mb. Keep about N search results (counted as 32 KiB each); 0 turns it off.")
  Long searchCacheCount;

  @Option(names = "--document-cache-mb", paramLabel = "MB", defaultValue = "" + (DocumentCache.DEFAULT_BYTES >> 20),
      description = "Keep up to MB megabytes of parsed documents, shared by the editions (default: ${DEFAULT-VALUE}).")
  long documentCacheMb;

  @Option(names = "--page-cache-mb", paramLabel = "MB", defaultValue = "" + (WebConfig.DEFAULT_PAGE_CACHE_BYTES >> 20),
      description = "Keep up to MB megabytes of gzip-compressed document and search pages (default: ${DEFAULT-VALUE}).")
  long pageCacheMb;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The public address of the site, e.g. https://example.org/dossier: every citation, canonical link, sitemap entry and OAI identifier uses it (default: the server's own address).")
  String baseUrl;

  @Option(names = "--oai-batch", paramLabel = "N", defaultValue = "" + WebConfig.DEFAULT_OAI_BATCH,
      description = "How many records or identifiers one OAI-PMH response lists before a resumption token (default: ${DEFAULT-VALUE}).")
  int oaiBatch;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535: " + port);
    CacheBudgets budgets = budgets();
    Publishing publishing = publishing();
    ProgressOptions.Display display = progress.display(spec, false, "");
    EditionSet served = DossierApp.of(index.config(editions).withSearchCacheBytes(budgets.searches())).open(editions);
    return Server.serve(served, host, port, budgets, publishing, display, spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  /**
   * Where the site is published and how it is harvested.
   *
   * @param baseUrl the public address, or null for the server's own
   * @param oaiBatch records per OAI-PMH response
   */
  record Publishing(@Nullable URI baseUrl, int oaiBatch) {
    /** A server's defaults. */
    static Publishing defaults() {
      return new Publishing(null, WebConfig.DEFAULT_OAI_BATCH);
    }

    /** {@code config} with these settings. */
    WebConfig applyTo(WebConfig config) {
      return config.withBaseUrl(baseUrl).withOaiBatch(oaiBatch);
    }
  }

  /** The publishing settings the options ask for. @throws ParameterException if one is out of range */
  Publishing publishing() {
    if (oaiBatch < 1 || oaiBatch > 10_000) {
      throw new ParameterException(spec.commandLine(), "--oai-batch must be 1 to 10000: " + oaiBatch);
    }
    if (baseUrl == null) return new Publishing(null, oaiBatch);
    try {
      return new Publishing(WebConfig.checkBaseUrl(new URI(baseUrl)), oaiBatch);
    } catch (URISyntaxException e) {
      throw new ParameterException(spec.commandLine(), "--base-url is not a URL: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--base-url: " + e.getMessage());
    }
  }

  /**
   * The bytes each cache of the server may keep.
   *
   * @param searches search results
   * @param documents parsed documents
   * @param pages compressed pages
   */
  record CacheBudgets(long searches, long documents, long pages) {
    /** A server's defaults. */
    static CacheBudgets defaults() {
      return new CacheBudgets(SEARCH_CACHE_MB << 20, DocumentCache.DEFAULT_BYTES, WebConfig.DEFAULT_PAGE_CACHE_BYTES);
    }
  }

  /** The budgets the options ask for. @throws ParameterException if one is out of range */
  CacheBudgets budgets() {
    return new CacheBudgets(
        searchCacheBytes(), bytes("--document-cache-mb", documentCacheMb), bytes("--page-cache-mb", pageCacheMb));
  }

  /** The search cache budget: from --search-cache-mb, or from the deprecated count when only that is given. */
  private long searchCacheBytes() {
    if (searchCacheCount == null) return bytes("--search-cache-mb", searchCacheMb);
    if (spec.commandLine().getParseResult().hasMatchedOption("--search-cache-mb")) {
      throw new ParameterException(spec.commandLine(), "--search-cache is the old form of --search-cache-mb: give one of them");
    }
    long count = searchCacheCount;
    if (count < 0) throw new ParameterException(spec.commandLine(), "--search-cache must be 0 or more: " + count);
    if (count > (MAX_MB << 20) / BYTES_PER_COUNTED_RESULT) {
      throw new ParameterException(spec.commandLine(), "--search-cache is too large: " + count);
    }
    return count * BYTES_PER_COUNTED_RESULT;
  }

  private long bytes(String option, long mb) {
    if (mb < 0 || mb > MAX_MB) {
      throw new ParameterException(spec.commandLine(), option + " must be 0 to " + MAX_MB + ": " + mb);
    }
    return mb << 20;
  }
}
