package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.app.RegisterBook.InDocument;
import org.dossier.app.RegisterBook.Kind;
import org.dossier.app.RegisterBook.Site;
import org.dossier.app.RegisterBook.Where;
import org.dossier.model.Document;
import org.dossier.model.RegisterEntry;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The registers of a real FRUS volume (the shared excerpt of 1981–88 vol. V). */
class RegisterBookFrusTest {
  private final DossierApp app = DossierApp.of(AppConfig.defaults());

  @Test
  void aFrusVolumesPersonsAndTermsAreFoundAcrossScriptsAndCountedInTitlesNotesAndParagraphs() throws Exception {
    List<Document> docs = new ArrayList<>();
    ImportReport r = app.dryRun(ImportRequest.of(List.of(SharedData.path("corpora/frus/frus1981-88v05-excerpt.xml"))),
        docs::add);
    RegisterBook book = RegisterBook.of(r.sources(), docs);
    assertThat(book.entries(Kind.TERMS)).hasSizeGreaterThan(100);
    RegisterEntry gorbachev = book.find(Kind.PERSONS, "Горбачёв").get(0);
    assertThat(gorbachev.name()).startsWith("Gorbachev");
    assertThat(book.find(Kind.PERSONS, "Gorbacev")).contains(gorbachev);
    List<Where> where = book.mentionsOf(gorbachev.id()).stream()
        .flatMap(d -> d.sites().stream()).map(Site::where).distinct().toList();
    assertThat(where).contains(Where.PARAGRAPH, Where.NOTE);
    assertThat(book.mentionsOf("t_USSR_1")).extracting(InDocument::count).allMatch(c -> c > 0).isNotEmpty();
  }
}
