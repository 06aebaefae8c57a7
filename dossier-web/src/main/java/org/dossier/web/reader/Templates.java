package org.dossier.web.reader;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the precompiled JTE templates of {@code src/main/jte}. The content type is HTML, so
 * every {@code ${…}} is escaped for the context it appears in (text, attribute).
 */
public final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /** Answers with template {@code name} rendered with {@code model}, as UTF-8 HTML. */
  public static void send(Context ctx, String name, Object model) {
    ctx.contentType("text/html; charset=utf-8").result(render(name, model));
  }

  /** Renders template {@code name} (e.g. {@code "document.jte"}) with its one parameter {@code model}. */
  public static String render(String name, Object model) {
    StringOutput out = new StringOutput(16 * 1024);
    ENGINE.render(name, model, out);
    return out.toString();
  }
}
