package org.dossier.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressedPagesTest {
  private static String gunzip(byte[] gz) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aPageIsCompressedLosslessly() throws Exception {
    String page = "<p>Горбачёв: ".repeat(500);
    byte[] gz = CompressedPages.gzip(page.getBytes(StandardCharsets.UTF_8), 6);
    assertThat(gz.length).isLessThan(page.length() / 10);
    assertThat(gunzip(gz)).isEqualTo(page);
  }

  @Test
  void theLeastRecentlySentPagesMakeRoomWithinTheBudget() {
    CompressedPages pages = new CompressedPages(250, 1);
    pages.put("a", new byte[100]);
    pages.put("b", new byte[100]);
    assertThat(pages.get("a")).isNotNull(); // a is now the most recent
    pages.put("c", new byte[100]);
    assertThat(pages.get("b")).isNull();
    assertThat(pages.get("a")).isNotNull();
    assertThat(pages.get("c")).isNotNull();
    assertThat(pages.count()).isEqualTo(2);
  }

  @Test
  void aPageLargerThanTheBudgetIsKeptAlone() {
    CompressedPages pages = new CompressedPages(50, 1);
    pages.put("a", new byte[10]);
    pages.put("big", new byte[100]);
    assertThat(pages.get("a")).isNull();
    assertThat(pages.get("big")).isNotNull();
  }

  @Test
  void sameIsEqualOnlyToTheSameObject() {
    String one = new String("result");
    String two = new String("result");
    assertThat(new CompressedPages.Same(one)).isEqualTo(new CompressedPages.Same(one))
        .isNotEqualTo(new CompressedPages.Same(two));
  }
}
