package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.search.FacetValue;
import org.dossier.search.Fields;
import org.dossier.search.Fixtures;
import org.dossier.search.Hit;
import org.dossier.search.IndexEntry;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacetsAndPagingTest {
  private LuceneSearchIndex index;

  @BeforeEach
  void indexFixtures() throws Exception {
    index = LuceneSearchIndex.inMemory();
    List<IndexEntry> entries = new ArrayList<>();
    Fixtures.all().forEach(d -> entries.add(new IndexEntry(d, "h")));
    // Three documents whose 25 paragraphs tie on score and date, to test paging over ties.
    entries.add(new IndexEntry(Fixtures.many("bulk-a", "1990-05-01", 25, "perestroika"), "h"));
    entries.add(new IndexEntry(Fixtures.many("bulk-b", "1990-05-01", 25, "perestroika"), "h"));
    entries.add(new IndexEntry(Fixtures.many("bulk-c", "1988-01-01", 25, "perestroika"), "h"));
    index.indexAll(entries);
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private static Map<String, Long> counts(List<FacetValue> values) {
    return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count, Long::sum, TreeMap::new));
  }

  private static Map<String, Long> countHits(List<Hit> hits, Function<Hit, String> value) {
    return hits.stream().filter(h -> value.apply(h) != null)
        .collect(Collectors.groupingBy(value, TreeMap::new, Collectors.counting()));
  }

  @Test
  void facetCountsAreCountsOfTheMatchingBlocks() throws Exception {
    SearchResult r = index.search(SearchQuery.of("Gorbachev OR leasing OR steel").withPageSize(100).withFacets(Fields.FACETS));
    assertThat(counts(r.facet(Fields.SPEAKER))).isEqualTo(countHits(r.hits(), Hit::speaker));
    assertThat(counts(r.facet(Fields.EDITION))).isEqualTo(countHits(r.hits(), Hit::edition));
    assertThat(counts(r.facet(Fields.YEAR))).isEqualTo(
        countHits(r.hits(), h -> h.date() == null ? null : h.date().substring(0, 4)));
    assertThat(counts(r.facet(Fields.TYPE))).containsEntry("minutes", 4L).containsEntry("memcon", 1L)
        .containsEntry("telegram", 2L).containsEntry("debate", 2L);
    assertThat(counts(r.facet(Fields.PERSON))).containsEntry("p_GMS_1", 2L).containsEntry("StephenKinnock", 2L);
    assertThat(counts(r.facet(Fields.ARCHIVE))).containsEntry("Gorbachev Foundation", 4L).containsEntry("Reagan Library", 1L);
    assertThat(r.facet(Fields.SPEAKER).get(0).value()).isEqualTo("Stephen Kinnock");
  }

  @Test
  void facetCountsFollowTheDateFilter() throws Exception {
    SearchQuery q = SearchQuery.of("Gorbachev").withPageSize(100).withFacets(Fields.FACETS)
        .withDates(LocalDate.of(1985, 1, 1), LocalDate.of(1986, 12, 31));
    SearchResult r = index.search(q);
    assertThat(r.total()).isEqualTo(3);
    assertThat(counts(r.facet(Fields.YEAR))).isEqualTo(Map.of("1985", 1L, "1986", 2L));
    assertThat(counts(r.facet(Fields.EDITION))).isEqualTo(Map.of("frus1981-88v05", 3L));
  }

  @Test
  void narrowingBySpeakerKeepsTheOtherSpeakersCountsButFiltersTheOtherFacets() throws Exception {
    SearchQuery q = SearchQuery.of("leasing OR Prague OR steel").withPageSize(100).withFacets(Fields.FACETS);
    Map<String, Long> before = counts(index.search(q).facet(Fields.SPEAKER));
    SearchResult narrowed = index.search(q.withSelection(Fields.SPEAKER, List.of("Aristov")));
    assertThat(narrowed.hits()).extracting(Hit::speaker).containsOnly("Aristov");
    assertThat(narrowed.total()).isEqualTo(1);
    assertThat(counts(narrowed.facet(Fields.SPEAKER))).isEqualTo(before);
    assertThat(counts(narrowed.facet(Fields.EDITION))).isEqualTo(Map.of("masterpieces", 1L));
    SearchResult two = index.search(q.withSelection(Fields.SPEAKER, List.of("Aristov", "Lomakin")));
    assertThat(two.total()).isEqualTo(2);
  }

  @Test
  void aSelectionNobodyHasFindsNothingButKeepsItsDimensionsCounts() throws Exception {
    SearchQuery q = SearchQuery.of("leasing").withFacets(Fields.FACETS);
    SearchResult r = index.search(q.withSelection(Fields.SPEAKER, List.of("Nobody")));
    assertThat(r.total()).isZero();
    assertThat(counts(r.facet(Fields.SPEAKER))).isEqualTo(counts(index.search(q).facet(Fields.SPEAKER)));
  }

  @Test
  void facetsOfAnIndexWithoutSomeDimensionsAreEmptyNotErrors() throws Exception {
    try (LuceneSearchIndex small = LuceneSearchIndex.inMemory()) {
      assertThat(small.search(SearchQuery.of("steel").withFacets(Fields.FACETS)).facet(Fields.ARCHIVE)).isEmpty();
      small.index(Fixtures.debate(), "h");
      SearchQuery q = SearchQuery.of("steel").withFacets(Fields.FACETS);
      assertThat(small.search(q).facet(Fields.ARCHIVE)).isEmpty();
      assertThat(small.search(q).facet(Fields.SPEAKER)).containsExactly(new FacetValue("Stephen Kinnock", 2));
      assertThat(small.search(q.withSelection(Fields.ARCHIVE, List.of("Somewhere"))).total()).isZero();
    }
  }

  @Test
  void selectionsWithoutFacetCountsStillFilter() throws Exception {
    SearchResult r = index.search(SearchQuery.of("").withSelection(Fields.YEAR, List.of("1985")));
    assertThat(r.hits()).extracting(Hit::document).containsOnly("frus-d1");
    assertThat(r.facets()).isEmpty();
  }


  @Test
  void theLastFullPageHasNoCursor() throws Exception {
    SearchQuery q = SearchQuery.of("perestroika").withPageSize(25);
    SearchResult first = index.search(q);
    SearchResult second = index.search(q.withAfter(first.nextCursor()));
    SearchResult third = index.search(q.withAfter(second.nextCursor()));
    assertThat(third.hits()).hasSize(25);
    assertThat(third.nextCursor()).isNull();
  }

  @Test
  void pagingStaysStableWhenTheIndexChangesBetweenPages() throws Exception {
    SearchQuery q = SearchQuery.of("perestroika").withSort(SearchQuery.Sort.DATE).withPageSize(30);
    SearchResult first = index.search(q);
    index.index(Fixtures.many("bulk-c", "1988-01-01", 25, "perestroika"), "h2"); // re-import an early document
    SearchResult second = index.search(q.withAfter(first.nextCursor()));
    List<String> both = new ArrayList<>(LuceneSearchIndexTest.keys(first));
    both.addAll(LuceneSearchIndexTest.keys(second));
    assertThat(both).doesNotHaveDuplicates();
  }


  @Test
  void unknownFacetDimensionsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x").withFacets(List.of("colour")));
  }
}
