package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.app.RegisterBook.Site;
import org.dossier.app.RegisterBook.Where;
import org.dossier.model.Document;
import org.dossier.search.Hit;
import org.dossier.search.IndexEntry;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.Test;

/**
 * A FRUS volume of our own whose footnote tags a pilot and whose title tags the keeper, neither
 * tagged anywhere else: search and the registers find them where the source tags them, and only there.
 */
class TaggedNotesAndTitlesTest {
  private final DossierApp app = DossierApp.of(AppConfig.defaults());

  private record Imported(ImportReport report, List<Document> documents) {}

  private Imported importFixture() throws Exception {
    List<Document> docs = new ArrayList<>();
    ImportReport r = app.dryRun(ImportRequest.of(List.of(Path.of("src/test/resources/frus/tagged-notes.xml"))),
        docs::add);
    return new Imported(r, docs);
  }

  private static List<String> hits(SearchIndex index, String query) throws Exception {
    return index.search(SearchQuery.of(query)).hits().stream()
        .map(h -> h.kind() + (h.note() == null ? "" : " " + h.note()) + " ¶" + h.paragraph()).toList();
  }

  @Test
  void personFindsTheFootnoteThatAloneTagsThePilotAndTheTitleThatAloneTagsTheKeeper() throws Exception {
    Imported in = importFixture();
    try (SearchIndex index = LuceneSearchIndex.inMemory()) {
      List<IndexEntry> entries = new ArrayList<>();
      for (Document d : in.documents()) entries.add(new IndexEntry(d.toBuilder().edition("tagvol").build(), "h"));
      index.indexAll(entries);
      assertThat(hits(index, "person:p_VC_1")).containsExactly("note 1 ¶1");
      assertThat(hits(index, "person:p_QA_1")).containsExactly("title ¶0");
      Hit note = index.search(SearchQuery.of("person:p_VC_1")).hits().get(0);
      assertThat(note.permalink()).endsWith("#n1");
      // Printed in the note but tagged nowhere: no guess is made.
      assertThat(hits(index, "person:p_OB_1")).isEmpty();
    }
  }

  @Test
  void theRegistersCountTheTaggedFootnoteAndTitleAndNoUntaggedName() throws Exception {
    Imported in = importFixture();
    RegisterBook book = RegisterBook.of(in.report().sources(), in.documents());
    assertThat(book.mentionsOf("p_VC_1")).singleElement()
        .satisfies(d -> assertThat(d.sites()).containsExactly(new Site(Where.NOTE, 1, 1)));
    assertThat(book.mentionsOf("p_QA_1")).singleElement()
        .satisfies(d -> assertThat(d.sites()).containsExactly(new Site(Where.TITLE, 0, 1)));
    assertThat(book.mentionCount("p_VC_1")).isEqualTo(1);
    assertThat(book.mentionsOf("p_OB_1")).isEmpty();
    assertThat(book.mentionsOf("t_LB_1")).singleElement()
        .satisfies(d -> assertThat(d.sites()).containsExactly(new Site(Where.PARAGRAPH, 1, 1)));
  }
}
