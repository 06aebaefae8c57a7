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
 */
public record WebConfig(String host, int port, List<EditionSource> editions, @Nullable SearchIndex search) {
  /** The default address: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  public WebConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) throw new IllegalArgumentException("host must not be blank");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    editions = List.copyOf(editions);
  }

  /** Serves {@code editions}, without search, at http://127.0.0.1:8080/. */
  public static WebConfig of(List<EditionSource> editions) {
    return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, editions, null);
  }

  /** Serves {@code editions} and searches them in {@code search}, at http://127.0.0.1:8080/. */
  public static WebConfig of(List<EditionSource> editions, SearchIndex search) {
    return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, editions, Objects.requireNonNull(search, "search"));
  }

  /** This configuration on another port (0: any free port). */
  public WebConfig withPort(int newPort) {
    return new WebConfig(host, newPort, editions, search);
  }

  /** This configuration bound to another address ({@code 0.0.0.0} serves the network). */
  public WebConfig withHost(String newHost) {
    return new WebConfig(newHost, port, editions, search);
  }

  /** This configuration searching {@code newSearch} (null: no search). */
  public WebConfig withSearch(@Nullable SearchIndex newSearch) {
    return new WebConfig(host, port, editions, newSearch);
  }
}
