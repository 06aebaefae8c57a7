package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.dossier.tei.json.JsonForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static DossierServer server;

  @BeforeAll
  static void start() {
    server = DossierWeb.start(WebConfig.of(List.of(Fixtures.source())).withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> r = Http.get(server, path);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  @Test
  void listsTheEditionsWithTheirDocumentCounts() throws Exception {
    JsonNode editions = json("/api/editions", 200);
    assertThat(editions).hasSize(1);
    assertThat(editions.get(0).get("id").asText()).isEqualTo("cold-war");
    assertThat(editions.get(0).get("documents").asInt()).isEqualTo(3);
    assertThat(editions.get(0).get("api").asText()).isEqualTo("/api/editions/cold-war/documents");
  }

  @Test
  void listsTheDocumentsOfAnEdition() throws Exception {
    JsonNode list = json("/api/editions/cold-war/documents", 200);
    assertThat(list.get("total").asInt()).isEqualTo(3);
    JsonNode first = list.get("documents").get(0);
    assertThat(first.get("id").asText()).isEqualTo("51");
    assertThat(first.get("date").asText()).isEqualTo("1989-03-03");
    assertThat(first.get("url").asText()).isEqualTo("/cold-war/51");
  }

  @Test
  void servesTheJsonFormOfADocument() throws Exception {
    HttpResponse<String> r = Http.get(server, "/api/documents/51");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(JsonForm.toPrettyJson(Fixtures.meeting()));
  }

  @Test
  void answersAnUnknownIdWithA404InJson() throws Exception {
    JsonNode error = json("/api/documents/no-such-document", 404);
    assertThat(error.get("status").asInt()).isEqualTo(404);
    assertThat(error.get("error").asText()).isEqualTo("not_found");
    assertThat(error.get("message").asText()).contains("no-such-document");
    assertThat(json("/api/editions/nope/documents", 404).get("error").asText()).isEqualTo("not_found");
    assertThat(json("/api/nothing-here", 404).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void answersAMalformedIdWithA400InJson() throws Exception {
    JsonNode error = json("/api/documents/a%20b", 400);
    assertThat(error.get("error").asText()).isEqualTo("bad_request");
  }
}
