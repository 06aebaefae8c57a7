package org.dossier.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The stylesheet and the script, read once from the class path and served from memory under
 * {@code /static/}. Only these names exist: a request never picks a file.
 */
final class Assets {
  private static final Map<String, String> TYPES = Map.of(
      "dossier.css", "text/css; charset=utf-8",
      "dossier.js", "text/javascript; charset=utf-8");
  private final Map<String, byte[]> bodies;

  Assets() {
    bodies = Map.of("dossier.css", load("dossier.css"), "dossier.js", load("dossier.js"));
  }

  /** {@code GET /static/{name}}. */
  void serve(Context ctx) {
    String name = ctx.pathParam("name");
    byte[] body = bodies.get(name);
    if (body == null) throw new NotFoundException("no such file");
    ctx.header("Cache-Control", "public, max-age=3600").contentType(TYPES.get(name)).result(body);
  }

  private static byte[] load(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("/static/" + name)) {
      if (in == null) throw new IllegalStateException("missing resource /static/" + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /static/" + name, e);
    }
  }
}
