package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.solr.SolrUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SolrCloud case of the configuration and what an edition records; the cluster itself is tested in dossier-cli. */
class SolrEngineTest {
  @TempDir Path tmp;

  private static final List<URI> NODES = List.of(URI.create("http://127.0.0.1:8983/solr"), URI.create("http://127.0.0.1:8984/solr"));

  @Test
  void anEditionRecordsItsSolrCloudAndTheRecordReadsBack() throws Exception {
    Path ed = tmp.resolve("ed");
    DossierApp.of(AppConfig.defaults()).init(ed, "ed", "T");
    assertThat(DossierApp.recordedIndex(List.of(ed))).as("no record: embedded").isEqualTo(IndexConfig.embedded());
    IndexConfig.SolrCloud solr = IndexConfig.SolrCloud.of(NODES).withCollection("ed").withLayout(3, 1);
    EngineRecord.write(ed, solr);
    assertThat(DossierApp.recordedIndex(List.of(ed))).isEqualTo(solr);
    assertThat(DossierApp.recordedIndex(List.of(ed, tmp.resolve("other"))))
        .as("several editions get a collection of their own").isEqualTo(solr.withCollection(null));
    try (Stream<Path> files = Files.list(ed)) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(".search.json.tmp").contains("search.json");
    }
    // The store's check keeps the record and repairs nothing.
    CheckReport check = DossierApp.of(AppConfig.defaults()).check(ed);
    assertThat(check.repairs()).isEmpty();
    assertThat(ed.resolve(EngineRecord.FILE)).isRegularFile();
  }

  @Test
  void aDamagedOrUnknownRecordIsAnErrorNamingTheFile() throws Exception {
    Path ed = tmp.resolve("ed");
    DossierApp.of(AppConfig.defaults()).init(ed, "ed", "T");
    Files.writeString(ed.resolve("search.json"), "{\"engine\": \"elastic\"}", StandardCharsets.UTF_8);
    AppException unknown = assertThrows(AppException.class, () -> DossierApp.recordedIndex(List.of(ed)));
    assertThat(unknown).hasMessageContaining("search.json: unknown engine 'elastic'");
    Files.writeString(ed.resolve("search.json"), "{\"engine\": \"solrcloud\", \"nodes\": []}", StandardCharsets.UTF_8);
    AppException empty = assertThrows(AppException.class, () -> DossierApp.recordedIndex(List.of(ed)));
    assertThat(empty).hasMessageContaining("search.json: not a valid engine record: nodes must name at least one");
  }

  @Test
  void theCollectionIsTheEditionIdOrTheIdsOfSeveralJoined() throws Exception {
    assertThat(SolrEngine.setName(List.of("frus"))).isEqualTo("frus");
    assertThat(SolrEngine.setName(List.of("frus", "parlamint"))).isEqualTo("frus__parlamint");
    String longName = SolrEngine.setName(List.of("a".repeat(50), "b".repeat(50)));
    assertThat(longName).hasSizeLessThanOrEqualTo(80).startsWith("a".repeat(40) + "__").matches("[A-Za-z0-9][A-Za-z0-9._-]*");
    Path ed = tmp.resolve("folder");
    DossierApp.of(AppConfig.defaults()).init(ed, "cold-war", "T");
    assertThat(new SolrEngine(IndexConfig.SolrCloud.of(NODES)).collection(List.of(ed))).isEqualTo("cold-war");
    assertThat(new SolrEngine(IndexConfig.SolrCloud.of(NODES).withCollection("mine")).collection(List.of(ed))).isEqualTo("mine");
  }

  @Test
  void theSolrCloudConfigurationRejectsWhatNoClusterCouldServe() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> IndexConfig.SolrCloud.of(List.of())))
        .hasMessage("nodes must name at least one Solr base URL");
    assertThat(assertThrows(IllegalArgumentException.class, () -> IndexConfig.SolrCloud.of(List.of(URI.create("ftp://x/solr")))))
        .hasMessage("a Solr node must be an http:// or https:// URL: ftp://x/solr");
    assertThat(assertThrows(IllegalArgumentException.class, () -> IndexConfig.SolrCloud.of(NODES).withLayout(0, 1)))
        .hasMessage("shards must be >= 1: 0");
    assertThat(assertThrows(IllegalArgumentException.class, () -> IndexConfig.SolrCloud.of(NODES).withCollection("a/b")))
        .hasMessageContaining("collection must be letters");
    assertThat(IndexConfig.SolrCloud.of(NODES)).isEqualTo(new IndexConfig.SolrCloud(NODES, null, 2, 2));
  }

  @Test
  void aRefusedConnectionReadsAsSuch() {
    ConnectException jdk = new ConnectException();
    jdk.initCause(new ClosedChannelException());
    SolrUnavailableException raw = new SolrUnavailableException(List.of("http://127.0.0.1:1/solr"), new java.io.IOException(jdk));
    assertThat(raw).hasMessage("Solr is unreachable at http://127.0.0.1:1/solr (ClosedChannelException)");
    assertThat(SolrEngine.clearer(raw)).hasMessage("Solr is unreachable at http://127.0.0.1:1/solr (Connection refused)");
  }
}
