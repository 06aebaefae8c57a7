package org.dossier.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dossier.search.SearchIndex;
import org.jspecify.annotations.Nullable;

/**
 * What a server serves and where.
 *
 * @param host the address to bind; {@value #DEFAULT_HOST} unless told otherwise, so an edition is
 *     not exposed to the network by accident
 * @param port the port, 0 for any free port
 * @param editions the editions to serve, with distinct ids
 * @param search the index of those editions, or null when the server has none (the search page
 *     then says so); the server reads it but does not close it: the caller owns it
 * @param pageCacheBytes the most bytes of gzip-compressed document and search pages kept to answer
 *     browsers again without rendering (160 MB by default; 0 keeps none)
 * @param baseUrl the public address of the site ({@code https://example.org/dossier}, no trailing slash), used
 *     for every citation, canonical link, sitemap entry and OAI identifier; null when not configured, in which
 *     case the server's own address is used, never the request's Host header
 * @param oaiBatch how many records or identifiers one OAI-PMH response lists before a resumption token
 */
public record WebConfig(
    String host,
    int port,
    List<EditionSource> editions,
    @Nullable SearchIndex search,
    long pageCacheBytes,
    @Nullable URI baseUrl,
    int oaiBatch) {
  /** The default address: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default budget of kept pages: 160 MB. */
  public static final long DEFAULT_PAGE_CACHE_BYTES = 160L << 20;
  /** The default number of records in one OAI-PMH response. */
  public static final int DEFAULT_OAI_BATCH = 100;

  public WebConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) throw new IllegalArgumentException("host must not be blank");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    editions = List.copyOf(editions);
    if (pageCacheBytes < 0) throw new IllegalArgumentException("pageCacheBytes must be >= 0: " + pageCacheBytes);
    if (baseUrl != null) baseUrl = checkBaseUrl(baseUrl);
    if (oaiBatch < 1) throw new IllegalArgumentException("oaiBatch must be >= 1: " + oaiBatch);
  }

  /**
   * {@code url} as a base URL: absolute http or https, without query, fragment or user info, and without a
   * trailing slash ({@code https://example.org/} becomes {@code https://example.org}).
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static URI checkBaseUrl(URI url) {
    String scheme = url.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("the base URL must start with http:// or https://: " + url);
    }
    if (url.getRawAuthority() == null || url.getHost() == null) {
      throw new IllegalArgumentException("the base URL must name a host: " + url);
    }
    if (url.getRawUserInfo() != null) throw new IllegalArgumentException("the base URL must not hold a user name: " + url);
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException("the base URL must not have a query or a fragment: " + url);
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
    return URI.create(scheme.toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority() + path);
  }

  /** Serves {@code editions}, without search, at http://127.0.0.1:8080/. */
  public static WebConfig of(List<EditionSource> editions) {
    return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, editions, null, DEFAULT_PAGE_CACHE_BYTES, null, DEFAULT_OAI_BATCH);
  }

  /** Serves {@code editions} and searches them in {@code search}, at http://127.0.0.1:8080/. */
  public static WebConfig of(List<EditionSource> editions, SearchIndex search) {
    return new WebConfig(
        DEFAULT_HOST, DEFAULT_PORT, editions, Objects.requireNonNull(search, "search"), DEFAULT_PAGE_CACHE_BYTES,
        null, DEFAULT_OAI_BATCH);
  }

  /** This configuration on another port (0: any free port). */
  public WebConfig withPort(int newPort) {
    return new WebConfig(host, newPort, editions, search, pageCacheBytes, baseUrl, oaiBatch);
  }

  /** This configuration bound to another address ({@code 0.0.0.0} serves the network). */
  public WebConfig withHost(String newHost) {
    return new WebConfig(newHost, port, editions, search, pageCacheBytes, baseUrl, oaiBatch);
  }

  /** This configuration searching {@code newSearch} (null: no search). */
  public WebConfig withSearch(@Nullable SearchIndex newSearch) {
    return new WebConfig(host, port, editions, newSearch, pageCacheBytes, baseUrl, oaiBatch);
  }

  /** This configuration keeping up to {@code bytes} of compressed pages (0: none). */
  public WebConfig withPageCacheBytes(long bytes) {
    return new WebConfig(host, port, editions, search, bytes, baseUrl, oaiBatch);
  }

  /** This configuration published at {@code url} (null: at the server's own address). */
  public WebConfig withBaseUrl(@Nullable URI url) {
    return new WebConfig(host, port, editions, search, pageCacheBytes, url, oaiBatch);
  }

  /** This configuration listing {@code n} OAI-PMH records or identifiers per response. */
  public WebConfig withOaiBatch(int n) {
    return new WebConfig(host, port, editions, search, pageCacheBytes, baseUrl, n);
  }
}
