package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every engine of the search port does, written once: each engine's test extends this and
 * says how to open an empty index ({@link #openEmpty(int)}). The same fixtures and queries must give
 * the same totals, hits, groups, facet counts, cursors and errors on every engine.
 *
 * <p>The index holds {@link Fixtures#all()} plus three documents of 25 paragraphs that tie on
 * score and date, for paging.
 */
public abstract class SearchIndexContract {
  /**
   * The bound on the words one pattern term may expand to in the contract's indexes: small, so
   * that a broad pattern over the fixtures exceeds it (on every engine, on each shard).
   */
  protected static final int MAX_EXPANSIONS = 5;

  /** The index under test, filled before each test. */
  protected SearchIndex index;

  /**
   * An index with nothing in it, for one test, bounding each pattern term to {@code maxExpansions}
   * words; the contract closes it.
   *
   * @throws Exception if it cannot be opened
   */
  protected abstract SearchIndex openEmpty(int maxExpansions) throws Exception;

  @BeforeEach
  void indexFixtures() throws Exception {
    index = openEmpty(MAX_EXPANSIONS);
    index.indexAll(entries());
  }

  @AfterEach
  void closeIndex() throws Exception {
    index.close();
  }

  /** The documents every contract test starts from. */
  public static List<IndexEntry> entries() {
    List<IndexEntry> entries = new ArrayList<>();
    Fixtures.all().forEach(d -> entries.add(new IndexEntry(d, "h-" + d.id())));
    entries.add(new IndexEntry(Fixtures.many("bulk-a", "1990-05-01", 25, "perestroika"), "h-bulk-a"));
    entries.add(new IndexEntry(Fixtures.many("bulk-b", "1990-05-01", 25, "perestroika"), "h-bulk-b"));
    entries.add(new IndexEntry(Fixtures.many("bulk-c", "1988-01-01", 25, "perestroika"), "h-bulk-c"));
    return entries;
  }

  /**
   * Each hit in order as {@code document#paragraph}, or {@code document#title}, {@code document#n3}
   * (note 3), {@code document#source}.
   */
  public static List<String> keys(SearchResult r) {
    return r.hits().stream().map(SearchIndexContract::key).toList();
  }

  /** One hit as in {@link #keys}. */
  public static String key(Hit h) {
    if (h.note() != null) return h.document() + "#n" + h.note();
    if (!h.inBlock()) return h.document() + "#" + h.kind();
    return h.document() + "#" + h.paragraph();
  }

  /** A facet's values as value → count. */
  public static Map<String, Long> counts(List<FacetValue> values) {
    return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count, Long::sum, TreeMap::new));
  }

  private List<String> find(String query) throws Exception {
    return keys(index.search(SearchQuery.of(query).withPageSize(100)));
  }

  @Test
  void everyFieldOfTheQuerySyntaxFindsItsBlocks() throws Exception {
    assertThat(find("speaker:Aristov leasing")).containsExactly("doc51#4");
    assertThat(find("speaker:Gorbachev \"bloody methods\"")).containsExactly("doc51#7");
    assertThat(find("speaker:\"Stephen Kinnock\"")).containsExactlyInAnyOrder(
        "ParlaMint-GB_2017-09-07-commons#1", "ParlaMint-GB_2017-09-07-commons#3");
    assertThat(find("person:p_GMS_1")).contains("frus-d1#1", "doc51#2");
    assertThat(find("person:Gorbachev")).containsExactly("frus-d1#1");
    assertThat(find("title:telegram")).containsExactly("frus-d2#title");
    assertThat(find("type:MEMCON")).containsExactly("frus-d1#title", "frus-d1#1", "frus-d1#2", "frus-d1#source");
    assertThat(find("edition:parlamint-gb AND NOT speaker:Evans")).hasSize(3); // the title and two turns
    assertThat(find("place:moscow leasing")).containsExactly("doc51#4", "doc51#5");
    assertThat(find("year:1985")).containsExactly("frus-d1#title", "frus-d1#1", "frus-d1#2", "frus-d1#source");
    assertThat(find("document:frus-d2")).containsExactly("frus-d2#title", "frus-d2#1", "frus-d2#2");
    assertThat(find("archive:reagan")).containsExactly("frus-d1#title", "frus-d1#1", "frus-d1#2", "frus-d1#source");
    assertThat(find("kind:paragraph AND Jakes")).containsExactly("doc51#3");
  }

  @Test
  void operatorsPhrasesProximityAndPatternsWorkAlike() throws Exception {
    assertThat(find("leasing OR steel")).hasSize(4);
    assertThat(find("\"meat per capita\"")).containsExactly("doc51#6");
    assertThat(find("\"leasing ruined\"~3")).containsExactly("doc51#4");
    assertThat(find("specialsts~1")).containsExactly("doc51#5");
    assertThat(find("*asing")).contains("doc51#4", "doc51#5");
    assertThat(find("leas*")).hasSize(2);
    assertThat(find("* AND speaker:Aristov")).containsExactly("doc51#4");
  }

  @Test
  void aFuzzyTermKeepsItsFirstLetter() throws Exception {
    assertThat(find("specialsts~1")).containsExactly("doc51#5");
    assertThat(find("xpecialists~1")).isEmpty();
    assertThat(find("pecialists~1")).isEmpty();
    assertThat(find("Gorbachov~")).contains("doc51#1", "frus-d1#1");
  }

  @Test
  void aQueryOfOnlyNegationsMatchesNothing() throws Exception {
    assertThat(index.search(SearchQuery.of("NOT perestroika")).total()).isZero();
    assertThat(index.search(SearchQuery.of("-perestroika")).total()).isZero();
    assertThat(index.search(SearchQuery.of("-perestroika -leasing")).total()).isZero();
    assertThat(index.search(SearchQuery.of("leasing AND (NOT steel)")).total()).isZero();
    assertThat(find("kind:paragraph AND NOT perestroika")).contains("doc51#4").doesNotContain("bulk-a#1");
    assertThat(find("leasing -ruined")).containsExactly("doc51#5");
  }

  @Test
  void aPatternThatExpandsTooFarIsATypedErrorAndANarrowOneRuns() throws Exception {
    QuerySyntaxException wide = assertThrows(QuerySyntaxException.class, () -> find("*e*"));
    assertThat(wide.getMessage())
        .isEqualTo("'*e*' matches more than " + MAX_EXPANSIONS + " different words; make the pattern more specific");
    assertThat(wide.column()).isZero();
    assertThat(find("leas*")).containsExactlyInAnyOrder("doc51#4", "doc51#5");
  }

  @Test
  void phraseSlopCountsMovesAlikeWithPluralsAndTranspositions() throws Exception {
    assertThat(find("\"leasing ruined\"~1")).containsExactly("doc51#4");
    assertThat(find("\"leasing ruined\"")).isEmpty();
    assertThat(find("\"ruined leasing\"~3")).containsExactly("doc51#4");
    assertThat(find("\"ruined leasing\"~2")).isEmpty();
    assertThat(find("\"few factory\"")).containsExactly("doc51#4");
    assertThat(find("\"ruined factory\"~2")).containsExactly("doc51#4");
    assertThat(find("\"ruined factories\"~1")).isEmpty();
  }

  @Test
  void spellingsOfOneNameInTwoScriptsFindTheSameParagraphs() throws Exception {
    List<String> english = find("Gorbachev");
    assertThat(english).contains("doc51#1", "frus-d1#1", "frus-d2#1", "frus-d2#2", "undated#1");
    assertThat(find("Горбачёв")).containsExactlyInAnyOrderElementsOf(english);
    assertThat(find("Gorbačev")).containsExactlyInAnyOrderElementsOf(english);
    assertThat(find("gorbachev")).containsExactlyInAnyOrderElementsOf(english);
    assertThat(find("Горбач*")).containsExactlyInAnyOrderElementsOf(english);
    assertThat(find("Jakes")).containsExactly("doc51#3");
    assertThat(find("ambassadors")).contains("doc51#1", "doc51#2");
    assertThat(find("specialist")).containsExactly("doc51#5");
  }

  @Test
  void datesMatchByOverlapInQueriesAndFilters() throws Exception {
    assertThat(find("date:[1985-01-01 TO 1986-12-31] Gorbachev"))
        .containsExactlyInAnyOrder("frus-d1#1", "frus-d2#1", "frus-d2#2");
    assertThat(find("date:1985 Gorbachev")).containsExactly("frus-d1#1");
    assertThat(find("date:1989-03 meat")).containsExactly("doc51#6");
    assertThat(find("date:1989-04 meat")).isEmpty();
    assertThat(find("date:[1986-06 TO *] steel")).hasSize(2);
    SearchResult filtered = index.search(SearchQuery.of("Gorbachev").withPageSize(100).withFacets(Fields.FACETS)
        .withDates(LocalDate.of(1985, 1, 1), LocalDate.of(1986, 12, 31)));
    assertThat(filtered.total()).isEqualTo(3);
    assertThat(counts(filtered.facet(Fields.YEAR))).isEqualTo(Map.of("1985", 1L, "1986", 2L));
  }

  @Test
  void metadataEntriesAreNeverHitsNorCounted() throws Exception {
    SearchResult r = index.search(SearchQuery.of("year:1985 OR date:1985 OR document:frus-d1").withFacets(Fields.FACETS));
    assertThat(keys(r)).containsExactlyInAnyOrder("frus-d1#title", "frus-d1#1", "frus-d1#2", "frus-d1#source");
    assertThat(r.total()).isEqualTo(4);
    assertThat(counts(r.facet(Fields.YEAR))).isEqualTo(Map.of("1985", 4L));
    long units = entries().stream().mapToLong(e -> IndexUnit.of(e.document()).size()).sum();
    assertThat(index.search(SearchQuery.of(" ")).total()).isEqualTo(units);
  }

  @Test
  void titlesNotesAndSourceLinesAreSearchedByPlainWordsAndNarrowedByTheirField() throws Exception {
    index.index(Fixtures.letter(), "h-letter");
    assertThat(find("\"Head of State File\"")).containsExactly("letter#n2");
    Hit note = index.search(SearchQuery.of("\"Head of State File\"")).hits().get(0);
    assertThat(note).extracting(Hit::kind, Hit::note, Hit::paragraph, Hit::permalink, Hit::number)
        .containsExactly("note", 2, 1, "/frus/letter#n2", "12");
    assertThat(note.snippet().marked("[", "]")).contains("[Head of State File]");
    Hit title = index.search(SearchQuery.of("title:Reagan")).hits().get(0);
    assertThat(title).extracting(Hit::kind, Hit::paragraph, Hit::permalink).containsExactly("title", 0, "/frus/letter");
    assertThat(title.snippet().marked("[", "]")).contains("President [Reagan]");
    assertThat(find("title:Reagan")).containsExactly("letter#title");
    assertThat(find("note:Geneva")).containsExactly("letter#n1");
    assertThat(find("source:Reagan")).containsExactlyInAnyOrder("letter#source", "frus-d1#source");
    assertThat(find("Reagan")).containsExactlyInAnyOrder("letter#title", "letter#source", "frus-d1#source");
    assertThat(find("speaker:\"THE PRESIDENT\"")).containsExactlyInAnyOrder("letter#speaker", "letter#2");
    Hit label = index.search(SearchQuery.of("document:letter AND president AND kind:speaker")).hits().get(0);
    assertThat(label).extracting(Hit::paragraph, Hit::speaker, Hit::permalink).containsExactly(2, "Reagan", "/frus/letter#p2");
    assertThat(label.snippet().marked("[", "]")).isEqualTo("THE [PRESIDENT]:");
    assertThat(find("kind:note")).containsExactlyInAnyOrder("letter#n1", "letter#n2");
  }

  @Test
  void theSameWordsRankATitleBeforeAParagraphBeforeANote() throws Exception {
    String words = "The summit at Reykjavik was prepared in haste.";
    // Ids in the opposite order of the ranking: a tie on score would list them the other way.
    index.index(Document.builder("a-note", "A memorandum").edition("frus")
        .paragraphs(List.of(Block.paragraph(1, "Preparations."))).notes(List.of(new Note(1, 1, 0, words))).build(), "h1");
    index.index(Document.builder("b-paragraph", "Another memorandum").edition("frus")
        .paragraphs(List.of(Block.paragraph(1, words))).build(), "h2");
    index.index(Document.builder("c-title", words).edition("frus")
        .paragraphs(List.of(Block.paragraph(1, "Preparations."))).build(), "h3");
    assertThat(find("Reykjavik")).containsExactly("c-title#title", "b-paragraph#1", "a-note#n1");
  }

  @Test
  void personFindsTheTaggedNameInTitlesAndNotesAndCountsThemInItsFacet() throws Exception {
    index.index(Fixtures.letter(), "h-letter");
    assertThat(find("document:letter AND person:p_GMS_1")).containsExactlyInAnyOrder("letter#title", "letter#1", "letter#n2");
    assertThat(find("document:letter AND person:Gorbachev")).containsExactlyInAnyOrder("letter#title", "letter#1", "letter#n2");
    SearchResult r = index.search(SearchQuery.of("document:letter").withFacets(List.of(Fields.PERSON)));
    assertThat(counts(r.facet(Fields.PERSON))).isEqualTo(Map.of("p_GMS_1", 3L, "p_RR_1", 3L)); // p_RR_1: label, turn, title
  }

  @Test
  void personAndPlaceFindTheMentionsTheSourceTagsInATitleAndANoteAndNothingItDoesNotTag() throws Exception {
    String title = "Letter From Ada Quill to the Minister";
    String note = "Quill's copy went by way of Lisbon; Bram Oster kept the draft.";
    index.index(Document.builder("tagged", title).edition("frus")
        .titleMentions(List.of(new Mention(MentionType.PERSON, 12, 9, "p_quill")))
        .paragraphs(List.of(new Block(1, BlockKind.PARAGRAPH, null, "Bram Oster read it first.", List.of(),
            List.of(new Mention(MentionType.PERSON, 0, 10, "p_oster")))))
        .notes(List.of(new Note(1, 1, 5, note, List.of(new Mention(MentionType.PERSON, 0, 5, "p_quill"),
            new Mention(MentionType.PLACE, 28, 6, "pl_lisbon")))))
        .build(), "h-tagged");
    assertThat(find("person:p_quill")).containsExactly("tagged#title", "tagged#n1");
    assertThat(find("person:Quill")).containsExactly("tagged#title", "tagged#n1");
    assertThat(find("place:pl_lisbon")).containsExactly("tagged#n1");
    // The note prints Bram Oster's name but does not tag it: where the source tags notes, nothing is guessed.
    assertThat(find("person:p_oster")).containsExactly("tagged#1");
  }

  @Test
  void hitsOfADocumentAreGroupedInReadingOrder() throws Exception {
    index.index(Fixtures.letter(), "h-letter");
    SearchResult r = index.search(SearchQuery.of("document:letter AND (Geneva OR Gorbachev OR USSR OR president)").withPageSize(100));
    assertThat(r.groups()).hasSize(1);
    assertThat(r.groups().get(0).hits()).extracting(SearchIndexContract::key).containsExactly(
        "letter#title", "letter#n1", "letter#1", "letter#n2", "letter#speaker", "letter#2", "letter#3", "letter#source");
    assertThat(r.groups().get(0)).extracting(HitGroup::number, HitGroup::date).containsExactly("12", "1985-04-30");
  }

  @Test
  void hitsCarryTheirBlockAndASnippetWithHighlightRanges() throws Exception {
    Hit hit = index.search(SearchQuery.of("speaker:Aristov leasing")).hits().get(0);
    assertThat(hit).extracting(Hit::document, Hit::edition, Hit::paragraph, Hit::speaker, Hit::date, Hit::title)
        .containsExactly("doc51", "masterpieces", 4, "Aristov", "1989-03-03", "Notes of a meeting with Soviet ambassadors");
    assertThat(hit.snippet().marked("[", "]")).contains("[leasing]");
    assertThat(hit.score()).isPositive();
    Snippet carry = index.search(SearchQuery.of("carry")).hits().get(0).snippet();
    assertThat(carry.text()).contains("<script>");
    assertThat(carry.marked("[", "]")).contains("[carry]");
    Hit cyrillic = index.search(SearchQuery.of("Gorbachev date:1986")).hits().stream()
        .filter(h -> h.paragraph() == 2).findFirst().orElseThrow();
    assertThat(cyrillic.snippet().marked("[", "]")).contains("[Горбачёв]");
    Snippet lomakin = index.search(SearchQuery.of("speaker:Lomakin")).hits().get(0).snippet();
    assertThat(lomakin.text()).contains("Prague");
    assertThat(lomakin.highlights()).isEmpty();
  }

  @Test
  void hitsGroupByDocument() throws Exception {
    SearchResult r = index.search(SearchQuery.of("Gorbachev").withPageSize(100));
    assertThat(r.groups()).extracting(HitGroup::document)
        .containsExactlyInAnyOrder("doc51", "frus-d1", "frus-d2", "undated");
    assertThat(r.groups().stream().mapToInt(g -> g.hits().size()).sum()).isEqualTo(r.hits().size());
  }

  @Test
  void dateSortsPutUndatedDocumentsLast() throws Exception {
    SearchQuery q = SearchQuery.of("Gorbachev").withPageSize(100);
    assertThat(index.search(q.withSort(SearchQuery.Sort.DATE)).hits()).extracting(Hit::document)
        .containsExactly("frus-d1", "frus-d2", "frus-d2", "doc51", "doc51", "undated");
    assertThat(index.search(q.withSort(SearchQuery.Sort.DATE_DESC)).hits()).extracting(Hit::document)
        .containsExactly("doc51", "doc51", "frus-d2", "frus-d2", "frus-d1", "undated");
  }

  @Test
  void facetCountsAreExactAndKeepTheirOwnDimensionWhenSelected() throws Exception {
    SearchResult r = index.search(SearchQuery.of("Gorbachev OR leasing OR steel").withPageSize(100).withFacets(Fields.FACETS));
    // minutes: the headnote, two turns, and the source line of the Gorbachev Foundation.
    assertThat(counts(r.facet(Fields.TYPE))).isEqualTo(Map.of("minutes", 4L, "memcon", 1L, "telegram", 2L, "debate", 2L));
    assertThat(counts(r.facet(Fields.PERSON))).containsEntry("p_GMS_1", 2L).containsEntry("StephenKinnock", 2L);
    assertThat(counts(r.facet(Fields.ARCHIVE))).isEqualTo(Map.of("Gorbachev Foundation", 4L, "Reagan Library", 1L));
    assertThat(r.facet(Fields.SPEAKER).get(0)).isEqualTo(new FacetValue("Stephen Kinnock", 2));
    SearchQuery q = SearchQuery.of("leasing OR Prague OR steel").withPageSize(100).withFacets(Fields.FACETS);
    Map<String, Long> before = counts(index.search(q).facet(Fields.SPEAKER));
    SearchResult narrowed = index.search(q.withSelection(Fields.SPEAKER, List.of("Aristov")));
    assertThat(narrowed.hits()).extracting(Hit::speaker).containsOnly("Aristov");
    assertThat(counts(narrowed.facet(Fields.SPEAKER))).isEqualTo(before);
    assertThat(counts(narrowed.facet(Fields.EDITION))).isEqualTo(Map.of("masterpieces", 1L));
    assertThat(index.search(q.withSelection(Fields.SPEAKER, List.of("Aristov", "Lomakin"))).total()).isEqualTo(2);
    assertThat(index.search(q.withSelection(Fields.SPEAKER, List.of("Nobody"))).total()).isZero();
    assertThat(index.search(SearchQuery.of("").withSelection(Fields.ARCHIVE, List.of("Gorbachev Foundation"))).total()).isEqualTo(10);
  }

  @Test
  void facetLimitKeepsTheMostFrequentValues() throws Exception {
    SearchResult r = index.search(SearchQuery.of("").withFacets(List.of(Fields.EDITION)).withFacetLimit(1));
    assertThat(r.facet(Fields.EDITION)).containsExactly(new FacetValue("bulk", 78)); // 75 paragraphs, 3 titles
  }

  @Test
  void deepPagingVisitsEveryHitOnceInOrder() throws Exception {
    for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
      SearchQuery all = SearchQuery.of("perestroika").withSort(sort).withPageSize(1000);
      List<String> expected = keys(index.search(all));
      assertThat(expected).hasSize(75).doesNotHaveDuplicates();
      List<String> paged = new ArrayList<>();
      SearchQuery page = all.withPageSize(7);
      int pages = 0;
      while (true) {
        SearchResult r = index.search(page);
        assertThat(r.total()).isEqualTo(75);
        paged.addAll(keys(r));
        pages++;
        if (r.nextCursor() == null) break;
        page = page.withAfter(r.nextCursor());
      }
      assertThat(paged).as("sort %s", sort).isEqualTo(expected);
      assertThat(pages).isEqualTo(11);
    }
    SearchQuery q = SearchQuery.of("perestroika").withPageSize(25);
    SearchResult second = index.search(q.withAfter(index.search(q).nextCursor()));
    assertThat(index.search(q.withAfter(second.nextCursor())).nextCursor()).as("the last full page").isNull();
  }

  @Test
  void cursorsOfAnotherSortOrGarbledAreTypedErrors() throws Exception {
    String cursor = index.search(SearchQuery.of("perestroika").withPageSize(5)).nextCursor();
    assertThat(cursor).isNotNull();
    QuerySyntaxException other = assertThrows(QuerySyntaxException.class,
        () -> index.search(SearchQuery.of("perestroika").withSort(SearchQuery.Sort.DATE).withAfter(cursor)));
    assertThat(other.getMessage()).contains("sorted by relevance");
    assertThrows(QuerySyntaxException.class, () -> index.search(SearchQuery.of("perestroika").withAfter("%%%")));
    assertThrows(QuerySyntaxException.class, () -> index.search(SearchQuery.of("perestroika").withAfter("YWJj")));
  }

  @Test
  void badQueriesAreTypedErrorsWithTheirColumn() {
    QuerySyntaxException open = assertThrows(QuerySyntaxException.class, () -> find("Gorbachev \"bloody methods"));
    assertThat(open.getMessage()).isEqualTo("this quoted phrase is not closed (at column 11 of the query)");
    QuerySyntaxException field = assertThrows(QuerySyntaxException.class, () -> find("leasing speeker:Aristov"));
    assertThat(field.column()).isEqualTo(9);
    QuerySyntaxException date = assertThrows(QuerySyntaxException.class, () -> find("date:1989-13 meat"));
    assertThat(date.getMessage()).contains("'1989-13' is not a date");
  }

  @Test
  void hostileQueriesAreSyntaxErrorsNotFaults() throws Exception {
    QuerySyntaxException slop = assertThrows(QuerySyntaxException.class, () -> find("\"soviet leader\"~-1"));
    assertThat(slop.getMessage()).contains("must be 0 or more, not -1");
    assertThat(slop.column()).isEqualTo(16);
    QuerySyntaxException regexp = assertThrows(QuerySyntaxException.class, () -> find("treaty /[/"));
    assertThat(regexp.getMessage()).contains("/[/ is not a regular expression");
    assertThat(regexp.column()).isEqualTo(8);
    String nested = "(".repeat(5_000) + "perestroika" + ")".repeat(5_000);
    QuerySyntaxException deep = assertThrows(QuerySyntaxException.class, () -> find(nested));
    assertThat(deep.getMessage()).contains("more than 100 deep");
    assertThat(deep.column()).isEqualTo(101);
    // A hundred levels still parse, and parentheses inside a phrase or escaped do not count.
    assertThat(find("(".repeat(100) + "perestroika" + ")".repeat(100))).isEqualTo(find("perestroika"));
    assertThat(find("\"" + "(".repeat(200) + "perestroika\" " + "\\(".repeat(200))).isEqualTo(find("perestroika"));
  }

  @Test
  void writesAreVisibleToTheNextSearchWithoutACommit() throws Exception {
    assertThat(find("glasnost")).isEmpty();
    index.index(Fixtures.undated().toBuilder().paragraphs(List.of(Block.paragraph(1, "Now it speaks of glasnost."))).build(), "h2");
    assertThat(find("glasnost")).containsExactly("undated#1");
    assertThat(find("\"mentioned here without\"")).isEmpty();
    assertThat(index.indexedHashes()).containsEntry("undated", "h2");
    index.delete("undated");
    assertThat(find("glasnost")).isEmpty();
    assertThat(index.indexedHashes()).doesNotContainKey("undated");
  }

  @Test
  void reindexingADocumentReplacesAllItsBlocks() throws Exception {
    index.index(Fixtures.meeting(), "h-doc51");
    index.index(Fixtures.meeting().toBuilder().paragraphs(List.of(Block.paragraph(2, "Only one paragraph is left."))).build(), "h3");
    assertThat(find("document:doc51")).containsExactlyInAnyOrder("doc51#title", "doc51#1", "doc51#2", "doc51#source");
    assertThat(find("speaker:Aristov")).isEmpty();
  }

  @Test
  void aDocumentGivenTwiceInOneCallEndsAsItsLastVersion() throws Exception {
    List<IndexEntry> entries = new ArrayList<>();
    entries.add(new IndexEntry(Fixtures.meeting(), "v1"));
    for (int i = 0; i < 7; i++) entries.add(new IndexEntry(Fixtures.many("twice-" + i, "1991-01-01", 2, "glasnost"), "h" + i));
    entries.add(new IndexEntry(Fixtures.meeting().toBuilder().paragraphs(List.of(Block.paragraph(2, "Only one paragraph is left."))).build(), "v2"));
    index.indexAll(entries);
    assertThat(find("document:doc51")).containsExactlyInAnyOrder("doc51#title", "doc51#1", "doc51#2", "doc51#source");
    assertThat(index.indexedHashes()).containsEntry("doc51", "v2");
    assertThat(find("glasnost")).hasSize(14);
  }

  @Test
  void indexedHashesAndSyncMakeTheIndexMatchTheStore() throws Exception {
    Map<String, String> hashes = index.indexedHashes();
    assertThat(hashes).hasSize(8).containsEntry("doc51", "h-doc51").containsEntry("bulk-c", "h-bulk-c");
    Map<String, String> store = new TreeMap<>(hashes);
    store.remove("bulk-a");
    store.put("doc51", "changed");
    store.put("new-doc", "h-new");
    SyncReport report = index.sync(store, id -> id.equals("new-doc")
        ? Fixtures.many("new-doc", "1991-01-01", 2, "glasnost") : Fixtures.meeting());
    assertThat(report).isEqualTo(new SyncReport(List.of("new-doc"), List.of("doc51"), List.of("bulk-a")));
    assertThat(index.indexedHashes()).isEqualTo(store);
    assertThat(find("glasnost")).containsExactly("new-doc#1", "new-doc#2");
    assertThat(index.sync(store, id -> { throw new AssertionError("nothing to load: " + id); }).unchanged()).isTrue();
  }

  @Test
  void deleteAllEmptiesTheIndex() throws Exception {
    index.deleteAll();
    index.commit();
    assertThat(index.search(SearchQuery.of("")).total()).isZero();
    assertThat(index.indexedHashes()).isEmpty();
  }
}
