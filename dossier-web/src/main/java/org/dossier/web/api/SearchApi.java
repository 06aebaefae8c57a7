package org.dossier.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.search.FacetValue;
import org.dossier.search.Fields;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchJson;
import org.dossier.search.SearchResult;
import org.dossier.web.BadRequestException;
import org.dossier.web.Library;
import org.dossier.web.NotFoundException;
import org.dossier.web.SearchParams;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/search}: the search JSON of {@link SearchJson}. */
public final class SearchApi {
  /** The most hits one request may ask for. */
  public static final int MAX_LIMIT = 100;
  private final @Nullable SearchIndex index;
  private final Library library;

  /**
   * The handler over {@code index} (null: the server has none, and the endpoint answers 404),
   * labelling person facet values with the names in {@code library}'s registers.
   */
  public SearchApi(@Nullable SearchIndex index, Library library) {
    this.index = index;
    this.library = library;
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
    SearchResult r = labelled(index.search(params.toQuery(size)));
    ctx.contentType("application/json; charset=utf-8").result(SearchJson.write(r, false));
  }

  /** {@code r} with each person facet value the index left unlabelled named as the registers name it. */
  private SearchResult labelled(SearchResult r) {
    List<FacetValue> persons = r.facet(Fields.PERSON);
    if (persons.stream().allMatch(v -> v.label() != null)) return r;
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>(r.facets());
    facets.put(Fields.PERSON, persons.stream()
        .map(v -> v.label() != null ? v : v.withLabel(library.findPersonName(v.value()).orElse(null))).toList());
    return new SearchResult(r.total(), r.hits(), facets, r.nextCursor());
  }
}
