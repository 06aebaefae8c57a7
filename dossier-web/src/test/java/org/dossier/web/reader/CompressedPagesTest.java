package org.dossier.web.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
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
  void aKeptPageIsServedFromTheSameBytesAndNotRenderedAgain() throws Exception {
    CompressedPages pages = new CompressedPages(1 << 20);
    AtomicInteger renders = new AtomicInteger();
    Supplier<byte[]> render = () -> {
      renders.incrementAndGet();
      return "<p>Talks begin tomorrow.</p>".repeat(40).getBytes(StandardCharsets.UTF_8);
    };
    CompressedPages.Kept first = pages.keep("doc-51", 6, render);
    CompressedPages.Kept again = pages.keep("doc-51", 6, render);
    assertThat(renders).hasValue(1);
    assertThat(again.gzip()).isSameAs(first.gzip());
    assertThat(gunzip(first.gzip())).startsWith("<p>Talks begin tomorrow.</p>");
  }

  @Test
  void aClientWithoutGzipGetsThePageInflatedOnceFromTheKeptBytesAndKeptBeside() throws Exception {
    CompressedPages pages = new CompressedPages(1 << 20);
    AtomicInteger renders = new AtomicInteger();
    String html = "<p>Горбачёв: перестройка.</p>".repeat(40);
    CompressedPages.Kept kept = pages.keep("doc-51", 6, () -> {
      renders.incrementAndGet();
      return html.getBytes(StandardCharsets.UTF_8);
    });
    long gzipOnly = pages.weightedBytes();
    byte[] plain = pages.plain("doc-51", kept);
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(html);
    CompressedPages.Kept now = pages.find("doc-51");
    assertThat(now).isNotNull();
    assertThat(pages.plain("doc-51", now)).isSameAs(plain);
    assertThat(now.gzip()).isSameAs(kept.gzip());
    assertThat(renders).hasValue(1);
    assertThat(pages.weightedBytes()).isEqualTo(gzipOnly + plain.length);
  }

  @Test
  void withoutABudgetAPageIsRenderedForEveryRequest() {
    CompressedPages pages = new CompressedPages(0);
    AtomicInteger renders = new AtomicInteger();
    Supplier<byte[]> render = () -> {
      renders.incrementAndGet();
      return new byte[] {'x'};
    };
    pages.keep("a", 1, render);
    pages.keep("a", 1, render);
    assertThat(renders).hasValue(2);
  }

  @Test
  void keepsNoMoreThanItsBudgetInBytesOfCompressedPages() {
    CompressedPages pages = new CompressedPages(10_000);
    for (int i = 0; i < 50; i++) pages.put("p" + i, new byte[1000]);
    assertThat(pages.weightedBytes()).isPositive().isLessThanOrEqualTo(10_000);
    long kept = IntStream.range(0, 50).filter(i -> pages.get("p" + i) != null).count();
    assertThat(kept).isBetween(1L, 9L); // each page weighs its bytes and a little more
  }

  @Test
  void aPageLargerThanTheBudgetIsNotKept() {
    CompressedPages pages = new CompressedPages(5_000);
    pages.put("small", new byte[100]);
    pages.put("big", new byte[10_000]);
    assertThat(pages.get("big")).isNull();
    assertThat(pages.get("small")).isNotNull();
  }

  @Test
  void aBudgetOfZeroKeepsNothing() {
    CompressedPages pages = new CompressedPages(0);
    pages.put("a", new byte[10]);
    assertThat(pages.get("a")).isNull();
    assertThat(pages.weightedBytes()).isZero();
  }

  @Test
  void refusesANegativeBudget() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> new CompressedPages(-1)))
        .hasMessage("budget must be >= 0: -1");
  }
}
