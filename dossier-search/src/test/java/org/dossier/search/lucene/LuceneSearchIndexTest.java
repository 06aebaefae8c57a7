package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.dossier.search.Fixtures;
import org.dossier.search.Hit;
import org.dossier.search.IndexEntry;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.Snippet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LuceneSearchIndexTest {
  private LuceneSearchIndex index;

  @BeforeEach
  void indexFixtures() throws IOException {
    index = LuceneSearchIndex.inMemory();
    index.indexAll(Fixtures.all().stream().map(d -> new IndexEntry(d, "h-" + d.id())).toList());
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  static List<String> keys(SearchResult r) {
    return org.dossier.search.SearchIndexContract.keys(r);
  }

  private List<String> find(String query) throws Exception {
    return keys(index.search(SearchQuery.of(query).withPageSize(100)));
  }

  @Test
  void speakerAndWordFindExactlyTheTurnWhereBothMeet() throws Exception {
    assertThat(find("speaker:Aristov leasing")).containsExactly("doc51#4");
  }

  @Test
  void speakerAndPhraseSkipTheHeadnoteThatQuotesThePhrase() throws Exception {
    assertThat(find("\"bloody methods\"")).containsExactlyInAnyOrder("doc51#1", "doc51#7");
    assertThat(find("speaker:Gorbachev \"bloody methods\"")).containsExactly("doc51#7");
  }

  @Test
  void speakerAloneFindsTheirTurns() throws Exception {
    assertThat(find("speaker:Lomakin")).containsExactly("doc51#3");
    assertThat(find("speaker:\"Stephen Kinnock\"")).containsExactly(
        "ParlaMint-GB_2017-09-07-commons#1", "ParlaMint-GB_2017-09-07-commons#3");
  }

  @Test
  void phraseWithAShortWordMatches() throws Exception {
    assertThat(find("\"meat per capita\"")).containsExactly("doc51#6");
  }


  @Test
  void namesWithoutTheirDiacriticsMatch() throws Exception {
    assertThat(find("Jakes")).containsExactly("doc51#3");
    assertThat(find("Jakeš")).containsExactly("doc51#3");
  }

  @Test
  void pluralsAndPossessivesMatchTheBareWord() throws Exception {
    assertThat(find("ambassador")).contains("doc51#1", "doc51#2", "frus-d1#2");
    assertThat(find("ambassadors")).contains("doc51#1", "doc51#2");
    assertThat(find("specialist")).containsExactly("doc51#5");
  }


  @Test
  void fieldsOfTheQuerySyntax() throws Exception {
    // The fields one by one are in the engine contract (SearchIndexContract); here, their mixes.
    assertThat(find("leasing OR steel")).hasSize(4);
    assertThat(find("\"leasing ruined\"~3")).containsExactly("doc51#4");
    assertThat(find("specialsts~1")).containsExactly("doc51#5");
    assertThat(find("document:frus-d2")).containsExactly("frus-d2#title", "frus-d2#1", "frus-d2#2");
    assertThat(find("archive:reagan")).containsExactly("frus-d1#title", "frus-d1#1", "frus-d1#2", "frus-d1#source");
    assertThat(find("* AND NOT kind:paragraph AND NOT kind:title AND NOT kind:source")).isEmpty();
  }

  @Test
  void documentMetadataIsNeverAHitNorCounted() throws Exception {
    // Each document's metadata entry carries its year, date, edition and type too (dense columns).
    SearchResult r = index.search(SearchQuery.of("year:1985 OR date:1985 OR document:frus-d1")
        .withFacets(List.of("year", "edition", "type")).withPageSize(100));
    assertThat(keys(r)).containsExactlyInAnyOrder("frus-d1#title", "frus-d1#1", "frus-d1#2", "frus-d1#source");
    assertThat(r.total()).isEqualTo(4);
    assertThat(r.facets().get("year")).extracting(f -> f.value() + "=" + f.count()).containsExactly("1985=4");
    assertThat(r.facets().get("type")).extracting(f -> f.count()).containsExactly(4L);
    assertThat(find("NOT kind:turn")).doesNotContainNull().allMatch(k -> !k.endsWith("#0"));
  }

  @Test
  void fuzzyTermsKeepTheirFirstLetter() throws Exception {
    assertThat(find("specialsts~1")).containsExactly("doc51#5");
    assertThat(find("xpecialists~1")).isEmpty(); // one edit away, but on the first letter
  }

  @Test
  void hitsCarryParagraphSpeakerDateTitleAndPermalink() throws Exception {
    Hit hit = index.search(SearchQuery.of("speaker:Aristov leasing")).hits().get(0);
    assertThat(hit.document()).isEqualTo("doc51");
    assertThat(hit.paragraph()).isEqualTo(4);
    assertThat(hit.speaker()).isEqualTo("Aristov");
    assertThat(hit.date()).isEqualTo("1989-03-03");
    assertThat(hit.title()).isEqualTo("Notes of a meeting with Soviet ambassadors");
    assertThat(hit.permalink()).isEqualTo("/masterpieces/doc51#p4");
    assertThat(hit.snippet().marked("[", "]")).contains("[leasing]");
    assertThat(hit.score()).isPositive();
  }

  @Test
  void snippetsAreTheTextAsWrittenWithTheMatchesAsRanges() throws Exception {
    Hit hit = index.search(SearchQuery.of("carry")).hits().get(0);
    assertThat(hit.snippet().text()).isEqualTo("Write it down: <script>alert('x')</script> & carry on.");
    assertThat(hit.snippet().highlights()).containsExactly(new Snippet.Range(45, 50));
  }

  @Test
  void snippetsOfCrossScriptMatchesMarkTheOriginalWord() throws Exception {
    Hit hit = index.search(SearchQuery.of("Gorbachev date:1986")).hits().stream()
        .filter(h -> h.paragraph() == 2).findFirst().orElseThrow();
    assertThat(hit.snippet().marked("[", "]")).contains("[Горбачёв]");
  }

  @Test
  void hitsWithoutATextMatchStillHaveASnippet() throws Exception {
    assertThat(index.search(SearchQuery.of("speaker:Lomakin")).hits().get(0).snippet().text()).contains("Prague");
  }

  @Test
  void resultsGroupByDocumentInOrderOfTheirBestHit() throws Exception {
    SearchResult r = index.search(SearchQuery.of("Gorbachev").withPageSize(100));
    assertThat(r.groups()).extracting(g -> g.document()).doesNotHaveDuplicates()
        .containsExactlyInAnyOrder("doc51", "frus-d1", "frus-d2", "undated");
    int sum = r.groups().stream().mapToInt(g -> g.hits().size()).sum();
    assertThat(sum).isEqualTo(r.hits().size());
  }



  @Test
  void reindexingTheSameDocumentNeverDuplicatesIt() throws Exception {
    index.index(Fixtures.meeting(), "h-doc51");
    index.index(Fixtures.meeting(), "h-doc51");
    assertThat(find("speaker:Aristov leasing")).containsExactly("doc51#4");
  }

  @Test
  void blankQueryMatchesEveryUnit() throws Exception {
    long blocks = Fixtures.all().stream().mapToLong(d -> org.dossier.search.IndexUnit.of(d).size()).sum();
    assertThat(index.search(SearchQuery.of(" ")).total()).isEqualTo(blocks);
  }

  @Test
  void badSyntaxIsATypedErrorWithTheColumn() {
    QuerySyntaxException open = assertThrows(QuerySyntaxException.class, () -> find("Gorbachev \"bloody methods"));
    assertThat(open.column()).isEqualTo(11);
    assertThat(open.getMessage()).isEqualTo("this quoted phrase is not closed (at column 11 of the query)");
    QuerySyntaxException paren = assertThrows(QuerySyntaxException.class, () -> find("speaker:(Aristov leasing"));
    assertThat(paren.getMessage()).contains("ends too early");
    QuerySyntaxException stray = assertThrows(QuerySyntaxException.class, () -> find("leasing AND ) steel"));
    assertThat(stray.column()).isEqualTo(13);
    assertThat(stray.getMessage()).isEqualTo("unexpected ')' (at column 13 of the query)");
  }

  @Test
  void unknownFieldsAndBadDatesNameTheirPlace() {
    QuerySyntaxException field = assertThrows(QuerySyntaxException.class, () -> find("leasing speeker:Aristov"));
    assertThat(field.column()).isEqualTo(9);
    assertThat(field.getMessage()).contains("unknown field 'speeker:'");
    QuerySyntaxException date = assertThrows(QuerySyntaxException.class, () -> find("date:1989-13 meat"));
    assertThat(date.column()).isEqualTo(6);
    assertThat(date.getMessage()).contains("'1989-13' is not a date");
    assertThrows(QuerySyntaxException.class, () -> find("date:[1990 TO 1989]"));
    assertThrows(QuerySyntaxException.class, () -> find("date:198*"));
  }

  @Test
  void leadingWildcardsWorkButHugeExpansionsAreRefused() throws Exception {
    assertThat(find("*asing")).contains("doc51#4", "doc51#5");
    try (LuceneSearchIndex small = LuceneSearchIndex.inMemory(5)) {
      small.indexAll(Fixtures.all().stream().map(d -> new IndexEntry(d, "h")).toList());
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> small.search(SearchQuery.of("*e*")));
      assertThat(e.getMessage()).contains("matches more than 5 different words");
      assertThat(small.search(SearchQuery.of("leas*")).total()).isEqualTo(2);
      assertThat(small.search(SearchQuery.of("* AND speaker:Aristov")).total()).isEqualTo(1);
    }
  }
}
