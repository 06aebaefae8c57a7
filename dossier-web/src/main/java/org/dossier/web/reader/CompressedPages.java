package org.dossier.web.reader;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.dossier.web.SizeBoundedCache;
import org.jspecify.annotations.Nullable;

/**
 * Rendered pages kept gzip-compressed, as a static site would serve them: a page that depends only
 * on its key (the edition's revision among them) is rendered and compressed once, then sent as
 * bytes to every browser that accepts gzip. Bounded by the compressed size; the least recently
 * sent page goes first. Clients that do not accept gzip get a freshly rendered page.
 */
final class CompressedPages {
  private final int level;
  private final SizeBoundedCache<Object, byte[]> pages;

  /** Keeps up to {@code budget} bytes of pages compressed at gzip {@code level} (1 fastest, 9 smallest). */
  CompressedPages(long budget, int level) {
    this.pages = new SizeBoundedCache<>(budget, page -> page.length);
    this.level = level;
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

  /** Answers with the HTML page of {@code key}, kept compressed when the client accepts gzip. */
  void send(Context ctx, Object key, Supplier<byte[]> render) {
    if (!acceptsGzip(ctx)) {
      ctx.contentType("text/html; charset=utf-8").header("Vary", "Accept-Encoding").result(render.get());
      return;
    }
    byte[] gz = get(key);
    if (gz == null) {
      gz = gzip(render.get(), level);
      put(key, gz);
    }
    sendGzip(ctx, gz);
  }

  private static void sendGzip(Context ctx, byte[] gz) {
    ctx.disableCompression();
    ctx.contentType("text/html; charset=utf-8").header("Vary", "Accept-Encoding").header("Content-Encoding", "gzip").result(gz);
  }

  byte @Nullable [] get(Object key) {
    return pages.get(key);
  }

  void put(Object key, byte[] gz) {
    pages.put(key, gz);
  }

  int count() {
    return pages.count();
  }

  /** A key part that is equal only to itself: a search's result object stands for the index state it came from. */
  record Same(Object value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Same other && other.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
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
