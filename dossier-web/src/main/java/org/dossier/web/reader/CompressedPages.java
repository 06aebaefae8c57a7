package org.dossier.web.reader;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Rendered pages kept gzip-compressed, as a static site would serve them: a page that depends only
 * on its key (the edition's revision or the index generation among its parts) is rendered and
 * compressed once, then sent as bytes to every browser that accepts gzip. One budget, in bytes
 * of compressed pages, for the document and the search pages of a server; when it is reached, the
 * pages asked for least (recently and often) go first. Clients that do not accept gzip get a
 * freshly rendered page.
 */
public final class CompressedPages {
  /** About what a kept page costs beside its bytes: the entry and its key. */
  private static final int OVERHEAD = 256;

  private final @Nullable Cache<Object, byte[]> pages;

  /**
   * Keeps up to {@code budget} bytes of compressed pages; 0 keeps none (every page is then
   * rendered for every request, and compressed by the server on the fly).
   *
   * @throws IllegalArgumentException if {@code budget} is negative
   */
  public CompressedPages(long budget) {
    if (budget < 0) throw new IllegalArgumentException("budget must be >= 0: " + budget);
    // Evictions run on the calling thread: no pool to name or to wait for, and a put is bounded at once.
    this.pages = budget == 0 ? null
        : Caffeine.newBuilder().maximumWeight(budget).weigher((Object key, byte[] gz) -> gz.length + OVERHEAD)
            .executor(Runnable::run).build();
  }

  /** True if the request's {@code Accept-Encoding} allows gzip. */
  static boolean acceptsGzip(Context ctx) {
    String accept = ctx.header("Accept-Encoding");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
  }

  /** Answers with the kept page of {@code key} if there is one and the client accepts gzip; else false. */
  boolean sendKept(Context ctx, Object key) {
    if (!acceptsGzip(ctx)) return false;
    byte[] gz = get(key);
    if (gz == null) return false;
    sendGzip(ctx, gz);
    return true;
  }

  /**
   * Answers with the HTML page of {@code key}, compressed at gzip {@code level} (1 fastest, 9
   * smallest) and kept when the client accepts gzip. A null key is a page that cannot be kept.
   */
  void send(Context ctx, @Nullable Object key, int level, Supplier<byte[]> render) {
    if (pages == null || key == null || !acceptsGzip(ctx)) {
      ctx.contentType("text/html; charset=utf-8").header("Vary", "Accept-Encoding").result(render.get());
      return;
    }
    byte[] gz = pages.getIfPresent(key);
    if (gz == null) {
      // Rendered outside the cache's lock: two first requests may both render, but no other key waits.
      gz = gzip(render.get(), level);
      pages.put(key, gz);
    }
    sendGzip(ctx, gz);
  }

  private static void sendGzip(Context ctx, byte[] gz) {
    ctx.disableCompression();
    ctx.contentType("text/html; charset=utf-8").header("Vary", "Accept-Encoding").header("Content-Encoding", "gzip").result(gz);
  }

  byte @Nullable [] get(Object key) {
    return pages == null ? null : pages.getIfPresent(key);
  }

  void put(Object key, byte[] gz) {
    if (pages != null) pages.put(key, gz);
  }

  /** The bytes kept, with each page's overhead. */
  long weightedBytes() {
    if (pages == null) return 0;
    pages.cleanUp();
    return pages.policy().eviction().orElseThrow().weightedSize().orElse(0);
  }

  static byte[] gzip(byte[] page, int level) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(page.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
      {
        def.setLevel(level);
      }
    }) {
      gz.write(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory streams do not fail
    }
    return out.toByteArray();
  }
}
