package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.Importers;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.search.FacetValue;
import org.dossier.search.Fields;
import org.dossier.search.Hit;
import org.dossier.search.IndexEntry;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on real data: the founding page (document 51) plus the shared FRUS, FRUS-history,
 * ParlaMint and siParl corpora, imported by the real importers and searched as a reader would.
 */
class CorporaSearchTest {
  private static final String DOC51 = "masterpieces-of-history-51";
  private static LuceneSearchIndex index;
  private static final List<Document> documents = new ArrayList<>();

  @BeforeAll
  static void importAndIndex() throws Exception {
    // The store gives a page without an edition of its own the edition it is imported into.
    Document page = Importers.read(SharedData.foundingPage(), ImportOptions.defaults()).single();
    documents.add(page.toBuilder().edition("masterpieces").build());
    List<Path> sources = new ArrayList<>(List.of(
        SharedData.path("corpora/frus/frus1981-88v05-excerpt.xml"),
        SharedData.path("corpora/frus/frus1918Russiav03.xml"),
        SharedData.path("corpora/frus/frus1872p2v5.xml"),
        SharedData.path("corpora/parlamint/ParlaMint-GB/2017/ParlaMint-GB_2017-09-07-commons.xml"),
        SharedData.path("corpora/parlamint/ParlaMint-CZ/2020/ParlaMint-CZ_2020-01-22-ps2017-040-02-005-012.xml")));
    try (Stream<Path> s = Files.list(SharedData.path("corpora/parla-clarin/siParl2.0/SDT2"))) {
      s.sorted().forEach(sources::add);
    }
    try (Stream<Path> s = Files.list(SharedData.path("corpora/frus-history/documents"))) {
      s.sorted().forEach(sources::add);
    }
    for (Path p : sources) documents.addAll(Importers.read(p, ImportOptions.defaults()).documents());
    index = LuceneSearchIndex.inMemory();
    index.indexAll(documents.stream().map(d -> new IndexEntry(d, "h")).toList());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> find(String query) throws Exception {
    return LuceneSearchIndexTest.keys(index.search(SearchQuery.of(query).withPageSize(1000)));
  }

  @Test
  void aristovOnLeasingIsParagraph22OfDocument51() throws Exception {
    assertThat(find("speaker:Aristov leasing")).containsExactly(DOC51 + "#22");
  }

  @Test
  void gorbachevOnBloodyMethodsIsParagraph43() throws Exception {
    assertThat(find("speaker:Gorbachev \"bloody methods\"")).containsExactly(DOC51 + "#43");
  }

  @Test
  void lomakinSpeaksInParagraph21() throws Exception {
    assertThat(find("speaker:Lomakin")).containsExactly(DOC51 + "#21");
  }

  /** Issue #14: a FRUS title between two dates, and the source note where much of the information is. */
  @Test
  void frusTitlesAndFootnotesAreFound() throws Exception {
    SearchResult r = index.search(SearchQuery.of("Gorbachev").withPageSize(1000)
        .withDates(LocalDate.of(1985, 3, 1), LocalDate.of(1985, 3, 31)));
    assertThat(LuceneSearchIndexTest.keys(r)).contains("frus1981-88v05-d1#title");
    // FRUS prints the source as the title's first note; the importer keeps it as the source line.
    assertThat(find("\"Head of State File\"")).contains("frus1981-88v05-d1#source");
    assertThat(find("source:\"Head of State File\"")).contains("frus1981-88v05-d1#source").allMatch(k -> k.endsWith("#source"));
    assertThat(find("title:Gorbachev")).contains("frus1981-88v05-d1#title").allMatch(k -> k.endsWith("#title"));
    assertThat(find("note:*")).isNotEmpty().allMatch(k -> k.matches(".*#n\\d+"));
  }

  @Test
  void meatPerCapitaIsParagraph29() throws Exception {
    assertThat(find("\"meat per capita\"")).containsExactly(DOC51 + "#29");
  }

  @Test
  void gorbachevIn1985And1986FindsOnlyFrusDocumentsOfThoseYears() throws Exception {
    SearchResult r = index.search(SearchQuery.of("date:[1985-01-01 TO 1986-12-31] Gorbachev").withPageSize(1000));
    assertThat(r.hits()).isNotEmpty();
    for (Hit h : r.hits()) {
      assertThat(h.edition()).startsWith("frus");
      DocDate date = DocDate.parse(h.date());
      assertThat(date.latest()).isAfterOrEqualTo(LocalDate.of(1985, 1, 1));
      assertThat(date.earliest()).isBeforeOrEqualTo(LocalDate.of(1986, 12, 31));
    }
    assertThat(r.hits()).extracting(Hit::document).contains("frus1981-88v05-d3");
  }

  @Test
  void parliamentarySpeakersFindTheirTurns() throws Exception {
    assertThat(turns("speaker:Kinnock")).containsExactlyInAnyOrderElementsOf(turnsOf("Kinnock")).isNotEmpty();
    assertThat(turns("speaker:(Marcus Jones)")).containsExactlyInAnyOrderElementsOf(turnsOf("Marcus Charles Jones"))
        .hasSize(3);
    // siParl: a Slovenian name with a háček, typed with and without it.
    assertThat(turns("speaker:Potocnik")).containsExactlyInAnyOrderElementsOf(turnsOf("Potočnik")).hasSizeGreaterThan(3);
    assertThat(turns("speaker:Potočnik")).containsExactlyInAnyOrderElementsOf(turnsOf("Potočnik"));
    // The labels printed before the turns are found too, once a turn.
    assertThat(find("speaker:Potocnik AND kind:speaker")).isNotEmpty().allMatch(k -> k.endsWith("#speaker"));
  }

  /** The paragraphs {@code query} finds, without the speaker labels printed before turns. */
  private static List<String> turns(String query) throws Exception {
    return find(query + " AND NOT kind:speaker");
  }

  /** The blocks whose speaker's name contains {@code name}, as the importers read them. */
  private static List<String> turnsOf(String name) {
    List<String> keys = new ArrayList<>();
    for (Document d : documents) {
      d.blocks().filter(b -> b.speaker() != null && b.speaker().name().contains(name))
          .forEach(b -> keys.add(d.id() + "#" + b.n()));
    }
    return keys;
  }

  @Test
  void everySpellingOfGorbachevFindsTheSameFoundingPageParagraphs() throws Exception {
    List<String> english = find("edition:masterpieces Gorbachev");
    assertThat(english).contains(DOC51 + "#1");
    for (String spelling : List.of("Горбачёв", "Gorbačev", "gorbachev", "GORBACHEV", "Горбач*")) {
      assertThat(find("edition:masterpieces " + spelling)).as(spelling).containsExactlyInAnyOrderElementsOf(english);
    }
    assertThat(new TreeSet<>(find("Горбачёв"))).isEqualTo(new TreeSet<>(find("Gorbachev")));
  }

  @Test
  void jakesFindsJakes() throws Exception {
    assertThat(find("Jakes")).contains(DOC51 + "#21");
  }

  @Test
  void pluralsAndPossessivesFoundByTheBareWord() throws Exception {
    assertEveryBlockMatchingIsFound(Pattern.compile("\\bambassadors\\b", Pattern.CASE_INSENSITIVE), "ambassador");
    assertEveryBlockMatchingIsFound(Pattern.compile("Gorbachev[’']s"), "Gorbachev");
  }

  private static void assertEveryBlockMatchingIsFound(Pattern pattern, String query) throws Exception {
    Set<String> expected = new TreeSet<>();
    for (Document d : documents) {
      d.blocks().filter(b -> pattern.matcher(b.text()).find()).forEach(b -> expected.add(d.id() + "#" + b.n()));
    }
    assertThat(expected).as("blocks matching %s", pattern).isNotEmpty();
    assertThat(find(query)).containsAll(expected);
  }

  @Test
  void facetCountsAddUpToTheFilteredTotal() throws Exception {
    SearchQuery q = SearchQuery.of("Gorbachev OR perestroika OR leasing").withFacets(Fields.FACETS).withFacetLimit(100)
        .withDates(LocalDate.of(1985, 1, 1), LocalDate.of(1989, 12, 31));
    SearchResult r = index.search(q);
    long editions = r.facet(Fields.EDITION).stream().mapToLong(FacetValue::count).sum();
    long years = r.facet(Fields.YEAR).stream().mapToLong(FacetValue::count).sum();
    assertThat(editions).isEqualTo(r.total());
    assertThat(years).isEqualTo(r.total());
    assertThat(r.facet(Fields.YEAR)).extracting(FacetValue::value).allSatisfy(y -> assertThat(y).isBetween("1985", "1989"));
    SearchResult narrowed = index.search(q.withSelection(Fields.SPEAKER, List.of("Gorbachev")));
    assertThat(narrowed.hits()).extracting(Hit::speaker).containsOnly("Gorbachev");
    assertThat(narrowed.total()).isLessThan(r.total());
    assertThat(narrowed.facet(Fields.SPEAKER)).isEqualTo(r.facet(Fields.SPEAKER));
    assertThat(r.facet(Fields.SPEAKER)).extracting(FacetValue::value).contains("Gorbachev", "Aristov");
  }
}
