package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #15, points 5, 6 and 8 (HEAD), and the request log: how the server answers what it cannot serve. */
class ErrorAnswersTest {
  private static DossierServer server;

  @BeforeAll
  static void start() {
    server = DossierWeb.start(WebConfig.of(List.of(Fixtures.source(), new SafetyTest.BrokenSource())).withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/cold-war/%u002e", "/cold-war/persons/%u002e", "/static/%u002e", "/cold-war/51/%u002e",
      "/cold-war/a%2", "/cold-war/%C0%AF", "/cold-war/%FF", "/search?q=%FF", "/search?q=%C0%AE%C0%AE",
      "/search?q=%E2%82", "/cold-war/51/cite?format=mla&p=%u0031", "/search?q=a%"})
  void answersBadEscapesAndNonUtf8BytesWith400AndAMessage(String target) throws Exception {
    Answer r = send("GET", target);
    assertThat(r.status()).as(target).isEqualTo(400);
    assertThat(r.body()).as(target).contains("This request cannot be answered")
        .containsPattern("escape|UTF-8|malformed").doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/documents/%u002e", "/api/search?q=%FF%FE", "/api/editions/%u0063old-war/documents"})
  void answersBadEscapesUnderTheApiAsJson(String target) throws Exception {
    Answer r = send("GET", target);
    assertThat(r.status()).as(target).isEqualTo(400);
    JsonNode body = new ObjectMapper().readTree(r.body());
    assertThat(body.get("error").asText()).isEqualTo("bad_request");
    assertThat(body.get("message").asText()).containsPattern("escape|UTF-8");
  }

  @Test
  void stillServesWellFormedEscapesAndUtf8() throws Exception {
    assertThat(Http.get(server, "/search?q=%D0%93%D0%BE%D1%80%D0%B1%D0%B0%D1%87%D1%91%D0%B2").statusCode())
        .isEqualTo(200);
    assertThat(Http.get(server, "/cold-war/5%31").statusCode()).isEqualTo(200);
    // curl sends letters outside ASCII as raw UTF-8 bytes, unescaped
    String raw = raw(new String("GET /search?q=Горбачёв HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"
        .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    assertThat(raw).startsWith("HTTP/1.1 200 ");
  }

  /** Requests Jetty refuses before Javalin sees them, sent as bytes on a socket. */
  private static final String BAD_LINE = "GET /api/x%zz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
  private static final String CONTROL = "GET /cold-war/\u0001 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
  private static final String LONG_URI = "GET /api/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: a\r\n\r\n";
  private static final String BIG_HEADERS = "GET /api/editions HTTP/1.1\r\nHost: a\r\nX-Big: " + "b".repeat(20_000)
      + "\r\nConnection: close\r\n\r\n";
  private static final String BIG_HEADERS_PAGE = BIG_HEADERS.replace("/api/editions", "/cold-war");
  private static final String VERSION = "GET /api/editions HTTP/9.9\r\nHost: a\r\nConnection: close\r\n\r\n";

  static List<String> jettyErrors() {
    return List.of("400 " + BAD_LINE, "400 " + CONTROL, "414 " + LONG_URI, "431 " + BIG_HEADERS_PAGE, "505 " + VERSION);
  }

  @ParameterizedTest
  @MethodSource("jettyErrors")
  void answersJettysOwnErrorsWithOurPageAndSecurityHeaders(String statusAndRequest) throws Exception {
    String status = statusAndRequest.substring(0, 3);
    String response = raw(statusAndRequest.substring(4));
    assertThat(response).startsWith("HTTP/1.1 " + status + " ");
    assertSecurityHeaders(response);
    assertThat(response).contains("Content-Type: text/html; charset=utf-8").contains("<link rel=\"stylesheet\"")
        .doesNotContain("HTTP ERROR").doesNotContain("/badMessage");
  }

  @Test
  void answersJettysOwnErrorsUnderTheApiAsJson() throws Exception {
    String response = raw(BIG_HEADERS);
    assertThat(response).startsWith("HTTP/1.1 431 ");
    assertSecurityHeaders(response);
    assertThat(response).contains("Content-Type: application/json; charset=utf-8");
    JsonNode body = new ObjectMapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    assertThat(body.get("status").asInt()).isEqualTo(431);
    assertThat(body.get("message").asText()).isEqualTo("The request's headers are too large.");
  }

  private static void assertSecurityHeaders(String response) {
    String head = response.substring(0, response.indexOf("\r\n\r\n"));
    DossierWeb.SECURITY_HEADERS.forEach((name, value) -> assertThat(head).contains(name + ": " + value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/cold-war", "/cold-war/51", "/cold-war/nope", "/nope", "/nope/at/all",
      "/api/documents/51", "/api/editions", "/api/editions/nope/documents",
      "/static/dossier.css", "/static/nope.css", "/search?q=%22a%22~-1", "/api/search?q=%28", "/cold-war/51/cite?format=zz",
      "/cold-war/persons/nobody", "/sitemap-99.xml", "/cold-war/%u002e", "/broken/d1"})
  void answersHeadWithTheStatusOfGet(String path) throws Exception {
    Answer get = send("GET", path);
    Answer head = send("HEAD", path);
    assertThat(head.status()).as("HEAD " + path).isEqualTo(get.status());
    assertThat(head.body()).isEmpty();
  }

  @Test
  void logsAUserErrorAsOneLineAndAFaultWithItsStackTrace() throws Exception {
    String userErrors = logOf(() -> {
      send("GET", "/cold-war/%u002e");
      Http.get(server, "/api/search?q=%22soviet%20leader%22~-1");
      Http.get(server, "/cold-war/nope");
      raw(BAD_LINE);
    });
    assertThat(userErrors.lines().filter(l -> !l.isBlank())).hasSize(4)
        .allSatisfy(l -> assertThat(l).contains("INFO " + RequestLog.NAME + " - ").containsPattern(" -> 4\\d\\d "));
    assertThat(userErrors).doesNotContain("\tat ").doesNotContain("Exception");
    String fault = logOf(() -> Http.get(server, "/broken/d1"));
    assertThat(fault.lines().findFirst().orElseThrow()).contains("ERROR " + RequestLog.NAME + " - GET /broken/d1 -> 500");
    assertThat(fault).contains("IllegalStateException: secret detail").contains("\tat ");
  }

  @Test
  void escapesControlCharactersInLogLinesSoThatNoneCanBeForged() {
    assertThat(RequestLog.printable("/a\nERROR forged\u001b[31m")).isEqualTo("/a\\nERROR forged\\u001b[31m");
    assertThat(RequestLog.printable("x".repeat(2000))).hasSize(501);
  }

  private interface Requests {
    void send() throws Exception;
  }

  /** What the server logs while {@code requests} run (slf4j-simple writes to the current System.err). */
  private static synchronized String logOf(Requests requests) throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      requests.send();
      Thread.sleep(100); // Jetty's error handler may still be writing its line after the response
    } finally {
      System.setErr(err);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private record Answer(int status, String head, String body) {}

  /** {@code METHOD target} sent as written (java.net.URI refuses {@code %u002e}). */
  private static Answer send(String method, String target) throws IOException {
    String response = raw(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    int end = response.indexOf("\r\n\r\n");
    return new Answer(Integer.parseInt(response.substring(9, 12)), response.substring(0, end),
        response.substring(end + 4));
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
