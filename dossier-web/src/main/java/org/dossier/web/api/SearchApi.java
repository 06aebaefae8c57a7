package org.dossier.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchJson;
import org.dossier.web.BadRequestException;
import org.dossier.web.NotFoundException;
import org.dossier.web.SearchParams;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/search}: the search JSON of {@link SearchJson}. */
public final class SearchApi {
  /** The most hits one request may ask for. */
  public static final int MAX_LIMIT = 100;
  private final @Nullable SearchIndex index;

  /** The handler over {@code index} (null: the server has none, and the endpoint answers 404). */
  public SearchApi(@Nullable SearchIndex index) {
    this.index = index;
  }

  /**
   * {@code GET /api/search?q=…[&limit=20][&from=…&to=…][&speaker=…][&sort=date][&after=cursor]}.
   *
   * @throws QuerySyntaxException for bad query syntax (answered with 400, the message and the column)
   */
  public void search(Context ctx) throws QuerySyntaxException, IOException {
    if (index == null) throw new NotFoundException("this server has no search index");
    SearchParams params = SearchParams.of(ctx);
    String limit = ctx.queryParam("limit");
    int size = 20;
    if (limit != null && !limit.isBlank()) {
      if (!limit.matches("\\d{1,4}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_LIMIT) {
        throw new BadRequestException("limit must be 1 to " + MAX_LIMIT);
      }
      size = Integer.parseInt(limit);
    }
    ctx.contentType("application/json; charset=utf-8").result(SearchJson.write(index.search(params.toQuery(size)), false));
  }
}
