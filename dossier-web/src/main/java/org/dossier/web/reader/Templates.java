package org.dossier.web.reader;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * Renders the precompiled JTE templates of {@code src/main/jte}. The content type is HTML, so
 * every {@code ${…}} is escaped for the context it appears in (text, attribute).
 */
public final class Templates {
  private static final TemplateEngine ENGINE = engine();

  private static TemplateEngine engine() {
    TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    engine.setBinaryStaticContent(true);
    return engine;
  }

  private Templates() {}

  /** Answers with template {@code name} rendered with {@code model}, as UTF-8 HTML. */
  public static void send(Context ctx, String name, Object model) {
    ctx.contentType("text/html; charset=utf-8").result(bytes(name, model));
  }

  /** Renders template {@code name} (e.g. {@code "document.jte"}) with its one parameter {@code model}. */
  public static String render(String name, Object model) {
    return new String(bytes(name, model), StandardCharsets.UTF_8);
  }

  /** Written straight to UTF-8 (the templates' fixed text was encoded at build time). */
  static byte[] bytes(String name, Object model) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    ENGINE.render(name, model, out);
    return out.toByteArray();
  }
}
