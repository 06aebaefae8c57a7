package org.dossier.web.reader;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Rendered pages kept gzip-compressed, as a static site would serve them: a page that depends only
 * on its key (the edition's revision or the index generation among its parts) is rendered and
 * compressed once, then its bytes are written as they are to every browser that accepts gzip. A
 * client that does not gets the same page inflated once from the kept bytes and kept beside them.
 * One budget, in bytes of kept pages, for the document and the search pages of a server; when it
 * is reached, the pages asked for least (recently and often) go first.
 *
 * <p>Serving a kept page allocates next to nothing: no rendering, no copy of the page. The bytes
 * go straight to the response's stream with their length, not through Javalin's result stream
 * (which copies every answer through a fresh 32 KB buffer); garbage per request is what drives
 * the young-generation pauses that set a busy server's tail latency.
 */
public final class CompressedPages {
  /** About what a kept page costs beside its bytes: the entry and its key. */
  private static final int OVERHEAD = 256;

  private final @Nullable Cache<Object, Kept> pages;

  /**
   * A kept page: its gzip bytes, and its plain bytes once a client that does not accept gzip has
   * asked for it. The arrays are never changed after they are kept.
   */
  @SuppressWarnings("ArrayRecordComponent") // written to responses as they are, never compared
  record Kept(byte[] gzip, byte @Nullable [] plain) {
    int weight() {
      return gzip.length + (plain == null ? 0 : plain.length) + OVERHEAD;
    }
  }

  /**
   * Keeps up to {@code budget} bytes of pages; 0 keeps none (every page is then rendered for
   * every request, and compressed by the server on the fly).
   *
   * @throws IllegalArgumentException if {@code budget} is negative
   */
  public CompressedPages(long budget) {
    if (budget < 0) throw new IllegalArgumentException("budget must be >= 0: " + budget);
    // Evictions run on the calling thread: no pool to name or to wait for, and a put is bounded at once.
    this.pages = budget == 0 ? null
        : Caffeine.newBuilder().maximumWeight(budget).weigher((Object key, Kept page) -> page.weight())
            .executor(Runnable::run).build();
  }

  /** True if the request's {@code Accept-Encoding} allows gzip. */
  static boolean acceptsGzip(Context ctx) {
    String accept = ctx.header("Accept-Encoding");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
  }

  /** Answers with the kept page of {@code key} if there is one; else false. */
  boolean sendKept(Context ctx, Object key) throws IOException {
    Kept page = find(key);
    if (page == null) return false;
    send(ctx, key, page);
    return true;
  }

  /**
   * Answers with the HTML page of {@code key}, rendering it if it is not kept: compressed at gzip
   * {@code level} (1 fastest, 9 smallest) and kept. A null key is a page that cannot be kept.
   */
  void send(Context ctx, @Nullable Object key, int level, Supplier<byte[]> render) throws IOException {
    if (pages == null || key == null) {
      ctx.contentType("text/html; charset=utf-8").header("Vary", "Accept-Encoding").result(render.get());
      return;
    }
    send(ctx, key, keep(key, level, render));
  }

  private void send(Context ctx, Object key, Kept page) throws IOException {
    boolean gzip = acceptsGzip(ctx);
    byte[] body = gzip ? page.gzip() : plain(key, page);
    ctx.disableCompression();
    ctx.contentType("text/html; charset=utf-8").header("Vary", "Accept-Encoding");
    if (gzip) ctx.header("Content-Encoding", "gzip");
    // With its length known, the server sends the page in one go from the array itself.
    ctx.header("Content-Length", Integer.toString(body.length));
    OutputStream out = ctx.outputStream();
    out.write(body);
  }

  /**
   * The kept page of {@code key}, rendered by {@code render} and compressed at {@code level} if
   * it is not kept yet. Rendered outside the cache's lock: two first requests may both render,
   * but no other key waits.
   */
  Kept keep(Object key, int level, Supplier<byte[]> render) {
    Kept page = find(key);
    if (page != null) return page;
    page = new Kept(gzip(render.get(), level), null);
    if (pages != null) pages.put(key, page);
    return page;
  }

  /** The plain bytes of a kept page, inflated from its gzip bytes the first time and kept beside them. */
  byte[] plain(Object key, Kept page) {
    byte[] plain = page.plain();
    if (plain != null) return plain;
    plain = gunzip(page.gzip());
    // Replaced only if still kept as it was: a page evicted meanwhile stays out.
    if (pages != null) pages.asMap().replace(key, page, new Kept(page.gzip(), plain));
    return plain;
  }

  @Nullable Kept find(Object key) {
    return pages == null ? null : pages.getIfPresent(key);
  }

  /** The gzip bytes kept under {@code key}, or null. */
  byte @Nullable [] get(Object key) {
    Kept page = find(key);
    return page == null ? null : page.gzip();
  }

  void put(Object key, byte[] gz) {
    if (pages != null) pages.put(key, new Kept(gz, null));
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

  private static byte[] gunzip(byte[] gz) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // bytes this class compressed itself
    }
  }
}
