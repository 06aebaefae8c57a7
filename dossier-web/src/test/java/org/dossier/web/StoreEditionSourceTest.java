package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dossier.store.EditionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreEditionSourceTest {
  @TempDir Path dir;

  @Test
  void servesTheDocumentsOfAnEditionFolder() throws Exception {
    try (EditionStore store = EditionStore.init(dir.resolve("ed"), "cold-war", "Papers of a Quiet Year")) {
      store.put(Fixtures.meeting());
      store.put(Fixtures.telegram());
      EditionSource source = EditionSource.of(store);
      assertThat(source.documents()).extracting(DocumentSummary::id).containsExactlyInAnyOrder("51", "tel-7");
      assertThat(source.find("51")).hasValueSatisfying(d -> assertThat(d.title()).isEqualTo(Fixtures.meeting().title()));
      assertThat(source.find("52")).isEmpty();
      try (DossierServer server = DossierWeb.start(WebConfig.of(List.of(source)).withPort(0))) {
        assertThat(Http.get(server, "/cold-war/51").body()).contains("Notes of a Meeting with the Ambassadors")
            .contains("id=\"p44\"");
        assertThat(Http.get(server, "/cold-war").body()).contains("March 3, 1989").contains("A Short Telegram");
      }
    }
  }

  @Test
  void servesAReplacedDocumentAsItIsNow() throws Exception {
    try (EditionStore store = EditionStore.init(dir.resolve("ed"), "cold-war", "Papers of a Quiet Year")) {
      store.put(Fixtures.telegram());
      EditionSource source = EditionSource.of(store);
      assertThat(source.find("tel-7").orElseThrow().title()).isEqualTo("A Short Telegram");
      store.put(Fixtures.telegram().toBuilder().title("A Longer Telegram").build());
      assertThat(source.find("tel-7").orElseThrow().title()).isEqualTo("A Longer Telegram");
    }
  }

  @Test
  void keepsParsedDocumentsWithinItsBudgetInBytes() throws Exception {
    try (EditionStore store = EditionStore.init(dir.resolve("ed"), "cold-war", "Papers of a Quiet Year")) {
      store.put(Fixtures.meeting());
      store.put(Fixtures.telegram());
      // Room for the (short) telegram but not for the meeting's 44 paragraphs.
      assertThat(DocumentCache.weight(Fixtures.telegram())).isLessThan(20_000);
      assertThat(DocumentCache.weight(Fixtures.meeting())).isGreaterThan(20_000);
      DocumentCache cache = DocumentCache.ofBytes(20_000);
      EditionSource source = EditionSource.of(store, cache);
      var telegram = source.find("tel-7").orElseThrow();
      assertThat(source.find("tel-7").orElseThrow()).isSameAs(telegram);
      var meeting = source.find("51").orElseThrow();
      assertThat(source.find("51").orElseThrow()).isNotSameAs(meeting).isEqualTo(meeting);
      assertThat(cache.weightedBytes()).isEqualTo(DocumentCache.weight(telegram));
    }
  }

  @Test
  void oneCacheKeepsTheDocumentsOfSeveralEditions() throws Exception {
    try (EditionStore one = EditionStore.init(dir.resolve("one"), "one", "One");
        EditionStore two = EditionStore.init(dir.resolve("two"), "two", "Two")) {
      one.put(Fixtures.meeting());
      two.put(Fixtures.telegram());
      DocumentCache cache = DocumentCache.ofBytes(1 << 20);
      var meeting = EditionSource.of(one, cache).find("51").orElseThrow();
      var telegram = EditionSource.of(two, cache).find("tel-7").orElseThrow();
      assertThat(cache.weightedBytes()).isEqualTo(DocumentCache.weight(meeting) + DocumentCache.weight(telegram));
    }
  }

  @Test
  void withoutACacheEveryReadParsesTheDocumentAgain() throws Exception {
    try (EditionStore store = EditionStore.init(dir.resolve("ed"), "cold-war", "Papers of a Quiet Year")) {
      store.put(Fixtures.telegram());
      EditionSource source = EditionSource.of(store, DocumentCache.ofBytes(0));
      var telegram = source.find("tel-7").orElseThrow();
      assertThat(source.find("tel-7").orElseThrow()).isNotSameAs(telegram).isEqualTo(telegram);
    }
  }

  @Test
  void aBrowserGetsTheReplacedDocumentNotAKeptPage() throws Exception {
    try (EditionStore store = EditionStore.init(dir.resolve("ed"), "cold-war", "Papers of a Quiet Year")) {
      store.put(Fixtures.telegram());
      try (DossierServer server = DossierWeb.start(WebConfig.of(List.of(EditionSource.of(store))).withPort(0))) {
        assertThat(Http.getGzipped(server, "/cold-war/tel-7")).contains("A Short Telegram");
        assertThat(Http.getGzipped(server, "/cold-war/tel-7")).contains("A Short Telegram");
        store.put(Fixtures.telegram().toBuilder().title("A Longer Telegram").build());
        assertThat(Http.getGzipped(server, "/cold-war/tel-7")).contains("A Longer Telegram").doesNotContain("A Short Telegram");
      }
    }
  }
}
