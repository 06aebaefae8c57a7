package org.dossier.web;

import java.util.List;
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
 */
public record WebConfig(
    String host, int port, List<EditionSource> editions, @Nullable SearchIndex search, long pageCacheBytes) {
  /** The default address: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default budget of kept pages: 160 MB. */
  public static final long DEFAULT_PAGE_CACHE_BYTES = 160L << 20;

  public WebConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) throw new IllegalArgumentException("host must not be blank");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    editions = List.copyOf(editions);
    if (pageCacheBytes < 0) throw new IllegalArgumentException("pageCacheBytes must be >= 0: " + pageCacheBytes);
  }

  /** Serves {@code editions}, without search, at http://127.0.0.1:8080/. */
  public static WebConfig of(List<EditionSource> editions) {
    return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, editions, null, DEFAULT_PAGE_CACHE_BYTES);
  }

  /** Serves {@code editions} and searches them in {@code search}, at http://127.0.0.1:8080/. */
  public static WebConfig of(List<EditionSource> editions, SearchIndex search) {
    return new WebConfig(
        DEFAULT_HOST, DEFAULT_PORT, editions, Objects.requireNonNull(search, "search"), DEFAULT_PAGE_CACHE_BYTES);
  }

  /** This configuration on another port (0: any free port). */
  public WebConfig withPort(int newPort) {
    return new WebConfig(host, newPort, editions, search, pageCacheBytes);
  }

  /** This configuration bound to another address ({@code 0.0.0.0} serves the network). */
  public WebConfig withHost(String newHost) {
    return new WebConfig(newHost, port, editions, search, pageCacheBytes);
  }

  /** This configuration searching {@code newSearch} (null: no search). */
  public WebConfig withSearch(@Nullable SearchIndex newSearch) {
    return new WebConfig(host, port, editions, newSearch, pageCacheBytes);
  }

  /** This configuration keeping up to {@code bytes} of compressed pages (0: none). */
  public WebConfig withPageCacheBytes(long bytes) {
    return new WebConfig(host, port, editions, search, bytes);
  }
}
