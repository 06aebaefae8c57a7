package org.dossier.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.dossier.model.Edition;
import org.dossier.model.RegisterEntry;
import org.dossier.search.FacetValue;
import org.dossier.search.Fields;
import org.dossier.search.IndexEntry;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;

/**
 * An index whose results name register entries as the registers do: a person facet's value
 * {@code p_GMS_1} gets the label "Gorbachev, Mikhail S.". Engines know ids only; the registers are
 * the editions', read as they are at each search. Everything else passes through.
 */
final class LabelledIndex implements SearchIndex {
  private final SearchIndex index;
  private final Supplier<List<Edition>> editions;
  /** The person names of the editions last seen, rebuilt when an edition changes (a new instance). */
  private volatile Names names = new Names(List.of(), Map.of());

  LabelledIndex(SearchIndex index, Supplier<List<Edition>> editions) {
    this.index = index;
    this.editions = editions;
  }

  @Override
  public SearchResult search(SearchQuery query) throws QuerySyntaxException, IOException {
    SearchResult r = index.search(query);
    List<FacetValue> persons = r.facets().get(Fields.PERSON);
    if (persons == null || persons.isEmpty()) return r;
    Map<String, String> byId = personNames();
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>(r.facets());
    List<FacetValue> labelled = new ArrayList<>(persons.size());
    for (FacetValue v : persons) labelled.add(v.withLabel(byId.get(v.value())));
    facets.put(Fields.PERSON, labelled);
    return new SearchResult(r.total(), r.hits(), facets, r.nextCursor());
  }

  /** Register id → name over every edition; the first edition that names an id wins. */
  private Map<String, String> personNames() {
    List<Edition> now = editions.get();
    Names seen = names;
    if (sameInstances(seen.editions, now)) return seen.byId;
    Map<String, String> byId = new HashMap<>();
    for (Edition e : now) for (RegisterEntry p : e.persons()) byId.putIfAbsent(p.id(), p.name());
    names = new Names(now, byId);
    return byId;
  }

  @SuppressWarnings("ReferenceEquality") // an edition is replaced by a new instance when its store changes
  private static boolean sameInstances(List<Edition> a, List<Edition> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
    return true;
  }

  private record Names(List<Edition> editions, Map<String, String> byId) {}

  @Override
  public void indexAll(Iterable<IndexEntry> entries) throws IOException {
    index.indexAll(entries);
  }

  @Override
  public void delete(String documentId) throws IOException {
    index.delete(documentId);
  }

  @Override
  public void delete(Collection<String> documentIds) throws IOException {
    index.delete(documentIds);
  }

  @Override
  public void deleteAll() throws IOException {
    index.deleteAll();
  }

  @Override
  public void commit() throws IOException {
    index.commit();
  }

  @Override
  public Map<String, String> indexedHashes() throws IOException {
    return index.indexedHashes();
  }

  @Override
  public OptionalLong generation() throws IOException {
    return index.generation();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
