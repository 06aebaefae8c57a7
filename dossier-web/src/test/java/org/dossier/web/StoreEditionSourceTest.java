package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.ImportRequest;
import org.dossier.app.LiveEdition;
import org.dossier.model.Document;
import org.dossier.tei.DossierTei;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreEditionSourceTest {
  @TempDir Path dir;
  private final DossierApp app = DossierApp.of(AppConfig.defaults());

  /** The edition folder "cold-war" with {@code documents} imported into it, as a command would. */
  private LiveEdition edition(Document... documents) throws Exception {
    return edition("ed", documents);
  }

  /** The edition folder {@code name} with {@code documents} imported into it. */
  private LiveEdition edition(String name, Document... documents) throws Exception {
    Path ed = dir.resolve(name);
    app.init(ed, Fixtures.EDITION, "Papers of a Quiet Year");
    put(ed, documents);
    return app.read(ed);
  }

  /** Imports {@code documents} (written as Dossier TEI files) into the edition folder {@code ed}. */
  private void put(Path ed, Document... documents) throws Exception {
    Path sources = Files.createTempDirectory(dir, "sources");
    List<Path> files = new ArrayList<>();
    for (Document d : documents) files.add(write(sources.resolve(d.id() + ".xml"), d));
    assertThat(app.importInto(ed, ImportRequest.of(files), null).stored()).isTrue();
  }

  private static Path write(Path file, Document d) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      DossierTei.write(d, out);
    }
    return file;
  }

  @Test
  void servesTheDocumentsOfAnEditionFolder() throws Exception {
    EditionSource source = EditionSource.of(edition(Fixtures.meeting(), Fixtures.telegram()));
    assertThat(source.documents()).extracting(DocumentSummary::id).containsExactlyInAnyOrder("51", "tel-7");
    assertThat(source.find("51")).hasValueSatisfying(d -> assertThat(d.title()).isEqualTo(Fixtures.meeting().title()));
    assertThat(source.find("52")).isEmpty();
    try (DossierServer server = DossierWeb.start(WebConfig.of(List.of(source)).withPort(0))) {
      assertThat(Http.get(server, "/cold-war/51").body()).contains("Notes of a Meeting with the Ambassadors")
          .contains("id=\"p44\"");
      assertThat(Http.get(server, "/cold-war").body()).contains("March 3, 1989").contains("A Short Telegram");
    }
  }

  @Test
  void servesAReplacedDocumentAsItIsNowOnceTheFolderIsRefreshed() throws Exception {
    LiveEdition edition = edition(Fixtures.telegram());
    EditionSource source = EditionSource.of(edition);
    assertThat(source.find("tel-7").orElseThrow().title()).isEqualTo("A Short Telegram");
    put(edition.dir(), Fixtures.telegram().toBuilder().title("A Longer Telegram").build());
    assertThat(edition.refresh()).isTrue();
    assertThat(source.find("tel-7").orElseThrow().title()).isEqualTo("A Longer Telegram");
  }

  @Test
  void keepsParsedDocumentsWithinItsBudgetInBytes() throws Exception {
    // Room for the (short) telegram but not for the meeting's 44 paragraphs.
    assertThat(DocumentCache.weight(Fixtures.telegram())).isLessThan(20_000);
    assertThat(DocumentCache.weight(Fixtures.meeting())).isGreaterThan(20_000);
    DocumentCache cache = DocumentCache.ofBytes(20_000);
    EditionSource source = EditionSource.of(edition(Fixtures.meeting(), Fixtures.telegram()), cache);
    var telegram = source.find("tel-7").orElseThrow();
    assertThat(source.find("tel-7").orElseThrow()).isSameAs(telegram);
    var meeting = source.find("51").orElseThrow();
    assertThat(source.find("51").orElseThrow()).isNotSameAs(meeting).isEqualTo(meeting);
    assertThat(cache.weightedBytes()).isEqualTo(DocumentCache.weight(telegram));
  }

  @Test
  void oneCacheKeepsTheDocumentsOfSeveralEditions() throws Exception {
    DocumentCache cache = DocumentCache.ofBytes(1 << 20);
    var meeting = EditionSource.of(edition("one", Fixtures.meeting()), cache).find("51").orElseThrow();
    var telegram = EditionSource.of(edition("two", Fixtures.telegram()), cache).find("tel-7").orElseThrow();
    assertThat(cache.weightedBytes()).isEqualTo(DocumentCache.weight(meeting) + DocumentCache.weight(telegram));
  }

  @Test
  void withoutACacheEveryReadParsesTheDocumentAgain() throws Exception {
    EditionSource source = EditionSource.of(edition(Fixtures.telegram()), DocumentCache.ofBytes(0));
    var telegram = source.find("tel-7").orElseThrow();
    assertThat(source.find("tel-7").orElseThrow()).isNotSameAs(telegram).isEqualTo(telegram);
  }

  @Test
  void aBrowserGetsTheReplacedDocumentNotAKeptPage() throws Exception {
    LiveEdition edition = edition(Fixtures.telegram());
    try (DossierServer server = DossierWeb.start(WebConfig.of(List.of(EditionSource.of(edition))).withPort(0))) {
      assertThat(Http.getGzipped(server, "/cold-war/tel-7")).contains("A Short Telegram");
      assertThat(Http.getGzipped(server, "/cold-war/tel-7")).contains("A Short Telegram");
      put(edition.dir(), Fixtures.telegram().toBuilder().title("A Longer Telegram").build());
      assertThat(edition.refresh()).isTrue();
      assertThat(Http.getGzipped(server, "/cold-war/tel-7")).contains("A Longer Telegram").doesNotContain("A Short Telegram");
      assertThat(Http.getGzipped(server, "/cold-war")).contains("A Longer Telegram");
    }
  }
}
