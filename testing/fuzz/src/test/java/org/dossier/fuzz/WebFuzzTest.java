package org.dossier.fuzz;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.model.Document;
import org.dossier.search.SearchIndex;
import org.dossier.web.DossierServer;
import org.dossier.web.DossierWeb;
import org.dossier.web.EditionSource;
import org.dossier.web.WebConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The web's URL and parameter handling: the server runs once, in-process, on a small edition with
 * search; each input is a request target (path and query string, any bytes but the three that end
 * a request line, which are percent-encoded) sent as written on a raw socket. The property: an
 * answer, and never a 5xx, which would mean user input reached a fault.
 */
class WebFuzzTest {
  private static SearchIndex index;
  private static DossierServer server;

  @BeforeAll
  static void start() throws IOException {
    List<Document> documents = SmallEdition.documents();
    index = SmallEdition.index(documents);
    server = DossierWeb.start(WebConfig.of(List.of(EditionSource.of(SmallEdition.edition(), documents)), index)
        .withPort(0).withHost("127.0.0.1"));
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    index.close();
  }

  @FuzzTest(maxDuration = "10m")
  void request(byte[] input) throws IOException {
    String target = target(input);
    String response;
    // Jazzer counts any connection as server-side request forgery unless allowed: this one is the test's own.
    try (SilentCloseable allowed = BugDetectors.allowNetworkConnections((host, port) -> port == server.port())) {
      response = get(target);
    }
    if (!response.startsWith("HTTP/1.1 ")) throw new AssertionError("GET " + target + " got no answer: " + head(response));
    int status = Integer.parseInt(response.substring(9, 12));
    if (status >= 500) throw new AssertionError("GET " + target + " answered " + head(response));
  }

  /** The input as a request target: its bytes as Latin-1 characters, those that would end the request line escaped. */
  static String target(byte[] input) {
    StringBuilder out = new StringBuilder(input.length + 1);
    if (input.length == 0 || input[0] != '/') out.append('/');
    for (byte b : input) {
      char c = (char) (b & 0xFF);
      switch (c) {
        case ' ' -> out.append("%20");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String get(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String head(String response) {
    int end = response.indexOf("\r\n\r\n");
    return end < 0 ? response : response.substring(0, end);
  }
}
