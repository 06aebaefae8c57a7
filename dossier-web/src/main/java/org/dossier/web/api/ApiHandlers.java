package org.dossier.web.api;

import io.javalin.http.Context;
import java.util.Objects;
import org.dossier.tei.json.JsonForm;
import org.dossier.model.Edition;
import org.dossier.web.EditionSource;
import org.dossier.web.Library;

/** The handlers of {@code /api/editions…} and {@code /api/documents/{id}}. */
public final class ApiHandlers {
  private final Library library;

  /** Handlers over the editions of {@code library}. */
  public ApiHandlers(Library library) {
    this.library = Objects.requireNonNull(library, "library");
  }

  /** {@code GET /api/editions}. */
  public void editions(Context ctx) {
    Json.send(ctx, library.editions().stream().map(ApiHandlers::edition).toList());
  }

  /** {@code GET /api/editions/{edition}/documents}. */
  public void documents(Context ctx) {
    EditionSource s = library.expectEdition(ctx.pathParam("edition"));
    String e = s.edition().id();
    var docs = s.documents().stream()
        .map(d -> new DocumentSummaryDto(d.id(), d.number(), d.title(), d.date() == null ? null : d.date().toString(),
            d.type(), "/" + e + "/" + d.id(), "/api/documents/" + d.id() + "?edition=" + e, d.sections()))
        .toList();
    Json.send(ctx, new DocumentListDto(e, docs.size(), docs));
  }

  /** {@code GET /api/documents/{id}[?edition=e]}: the JSON form of the document. */
  public void document(Context ctx) {
    String id = ctx.pathParam("id");
    String edition = ctx.queryParam("edition");
    var d = edition == null || edition.isEmpty()
        ? library.expectDocument(id).document()
        : library.expectDocument(edition, id);
    ctx.contentType("application/json; charset=utf-8").result(JsonForm.toPrettyJson(d));
  }

  private static EditionDto edition(EditionSource s) {
    Edition e = s.edition();
    return new EditionDto(e.id(), e.title(), e.editors(), e.publisher(), e.licence(), s.documents().size(),
        "/" + e.id(), "/api/editions/" + e.id() + "/documents");
  }
}
