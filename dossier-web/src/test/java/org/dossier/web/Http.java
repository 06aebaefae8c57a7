package org.dossier.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A tiny HTTP client for tests: GET a path of a running server. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Http() {}

  /**
   * Sends {@code GET target} as written, bytes and all, on a raw socket (for request lines a URI
   * class would refuse) and returns the whole response: status line, headers and body.
   */
  static String raw(DossierServer server, String target) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  static HttpResponse<String> get(DossierServer server, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** GET {@code path} asking for gzip as a browser does; the answer must be gzipped, and is returned inflated. */
  static String getGzipped(DossierServer server, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Accept-Encoding", "gzip").build();
    HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode());
    if (!r.headers().firstValue("Content-Encoding").equals(java.util.Optional.of("gzip"))) {
      throw new AssertionError(path + " was not gzipped");
    }
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The page at {@code path}, which must answer {@code status}, parsed. */
  static org.jsoup.nodes.Document html(DossierServer server, String path, int status)
      throws IOException, InterruptedException {
    HttpResponse<String> r = get(server, path);
    org.assertj.core.api.Assertions.assertThat(r.statusCode()).as(path).isEqualTo(status);
    return org.jsoup.Jsoup.parse(r.body());
  }

  /** The JSON at {@code path}, which must answer {@code status}, parsed. */
  static com.fasterxml.jackson.databind.JsonNode json(DossierServer server, String path, int status)
      throws IOException, InterruptedException {
    HttpResponse<String> r = get(server, path);
    org.assertj.core.api.Assertions.assertThat(r.statusCode()).as(path).isEqualTo(status);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
  }

  /** The body of a page that must answer 200. */
  static String page(DossierServer server, String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(server, path);
    org.assertj.core.api.Assertions.assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }
}
